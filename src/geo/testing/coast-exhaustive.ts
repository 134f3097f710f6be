/**
 * The brute-force coast-to-coast distance that tests hold the fast search against: every pair
 * of segments, no index and no bounds.
 */
import type { Position } from 'geojson';
import { WGS84, GeodesicMask, pointToPreparedSegment, type VertexToPoint } from '../geodesic.ts';
import { coastOf, containment, crossing, lineOf } from '../coast-index.ts';
import type { CoastToCoast, CoastToCoastOptions } from '../nearest.ts';
import type { IslandFeature } from '../types.ts';

/** Beyond this many vertex pairs the distance table would not fit comfortably in memory. */
const MAX_PAIRS = 6_000_000;

/**
 * The same answer as `coastToCoast` by brute force: zero if any segment of one coast crosses
 * any of the other or one island lies on the other, else the least distance from every vertex
 * of each coast to every segment of the other (which is the minimum over all segment pairs).
 * Each vertex-to-vertex geodesic is solved once and shared by the segments meeting there.
 * For tests: slow, and it refuses pairs of more than six million vertex pairs.
 *
 * @example
 * exhaustiveCoastToCoast(suisho, hokkaido).distanceKm; // equals coastToCoast(suisho, hokkaido).distanceKm
 */
export function exhaustiveCoastToCoast(a: IslandFeature, b: IslandFeature, opts: CoastToCoastOptions = {}): CoastToCoast {
  const rings = opts.rings ?? 'all';
  const ca = coastOf(a, rings);
  const cb = coastOf(b, rings);
  if (!ca.n || !cb.n) throw new RangeError(`no coast to measure for ${ca.n ? cb.id : ca.id}`);
  if (ca.n * cb.n > MAX_PAIRS) throw new RangeError(`${ca.id}–${cb.id}: ${ca.n * cb.n} pairs is too many to try exhaustively`);
  for (let i = 0; i < ca.n; i++) {
    for (let j = 0; j < cb.n; j++) {
      const x = crossing(ca, i, cb, j);
      if (x) return { distanceKm: 0, points: [x, x], overlap: true };
    }
  }
  const inside = containment(ca, cb);
  if (inside) return { distanceKm: 0, points: [inside, inside], overlap: true };

  // Vertex i of a coast is the start of its segment i; the end of segment i is vertex next[i].
  const nb = cb.n;
  const dist = new Float64Array(ca.n * nb);
  const aziAtA = new Float64Array(ca.n * nb);
  const aziAtB = new Float64Array(ca.n * nb);
  const mask = GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH;
  for (let i = 0; i < ca.n; i++) {
    for (let j = 0; j < nb; j++) {
      const r = WGS84.Inverse(ca.seg[i * 4 + 1], ca.seg[i * 4], cb.seg[j * 4 + 1], cb.seg[j * 4], mask);
      dist[i * nb + j] = r.s12 ?? NaN;
      aziAtA[i * nb + j] = r.azi1 ?? NaN;
      // The geodesic arrives at b's vertex heading azi2; back towards a's vertex is azi2 + 180.
      aziAtB[i * nb + j] = (r.azi2 ?? NaN) + 180;
    }
  }
  const at = (d: number, azi: number): VertexToPoint => ({ s12: d, azi1: azi });
  let best = { m: Infinity, pa: [NaN, NaN] as Position, pb: [NaN, NaN] as Position };
  for (let i = 0; i < ca.n; i++) {
    const lon = ca.seg[i * 4], lat = ca.seg[i * 4 + 1];
    for (let j = 0; j < nb; j++) {
      const k = i * nb + j, kn = i * nb + cb.next[j];
      const f = pointToPreparedSegment(lineOf(cb, j), lon, lat, at(dist[k], aziAtB[k]), at(dist[kn], aziAtB[kn]));
      if (f.m < best.m) best = { m: f.m, pa: [lon, lat], pb: [f.lon, f.lat] };
    }
  }
  for (let j = 0; j < nb; j++) {
    const lon = cb.seg[j * 4], lat = cb.seg[j * 4 + 1];
    for (let i = 0; i < ca.n; i++) {
      const k = i * nb + j, kn = ca.next[i] * nb + j;
      const f = pointToPreparedSegment(lineOf(ca, i), lon, lat, at(dist[k], aziAtA[k]), at(dist[kn], aziAtA[kn]));
      if (f.m < best.m) best = { m: f.m, pa: [f.lon, f.lat], pb: [lon, lat] };
    }
  }
  return { distanceKm: best.m / 1000, points: [best.pa, best.pb], overlap: false };
}


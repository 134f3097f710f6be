/**
 * Shortest distances to coastlines on the WGS84 ellipsoid, exact for the data: over segments,
 * not vertices. A Flatbush index over each coast's segments and safe lower bounds
 * (coast-index.ts) prune almost every pair, and the survivors are solved best-first.
 */
import type { Position } from 'geojson';
import { pointToPreparedSegment, type SegmentFoot } from './geodesic.ts';
import {
  M_MIN, boxGapM, chordBounds, minParallelRadius, parallelRadius, pointGapM, scalesFor, type Bounds, type Scales,
} from './coast-bounds.ts';
import { BLOCK, coastOf, containment, crossing, insideCoast, lineOf, type Coast, type CoastRings } from './coast-index.ts';
import type { IslandFeature } from './types.ts';

export type { CoastRings } from './coast-index.ts';
export { exhaustiveCoastToCoast } from './coast-exhaustive.ts';

const D2R = Math.PI / 180;

/** The nearest coast to a point. */
export interface NearestCoast {
  distanceKm: number;
  /** The nearest point of that coast. */
  point: Position;
  islandId: string;
  /** True when the point lies on the island itself (then the distance is to its shore). */
  inside: boolean;
}

/** The shortest distance between two islands' coasts. */
export interface CoastToCoast {
  distanceKm: number;
  /** The nearest point on the first island, then on the second. */
  points: [Position, Position];
  /** True when the islands touch, cross or one lies on the other (distance 0). */
  overlap: boolean;
}

/** Options for {@link coastToCoast} and {@link exhaustiveCoastToCoast}. */
export interface CoastToCoastOptions {
  /** 'all' (default) measures from every ring, lake shores included; 'outer' from outer rings only. */
  rings?: CoastRings;
}

/**
 * The shortest distance from a point (at sea, typically) to any of the given islands' coasts,
 * exact on the ellipsoid to the nearest segment.
 *
 * @example
 * nearestCoast([145.9, 44.0], islands); // { distanceKm ≈ 2.94, islandId: 'kunashir', point: [145.8776, 44.0210], inside: false }
 */
export function nearestCoast(point: Position, islands: IslandFeature[], opts: CoastToCoastOptions = {}): NearestCoast {
  const [lon, lat] = point;
  const coasts = islands.map((f) => coastOf(f, opts.rings ?? 'all')).filter((c) => c.n > 0);
  if (!coasts.length) throw new RangeError('nearestCoast needs at least one island with a coast');
  const guess = parallelRadius(lat);
  coasts.sort((p, q) => pointGapM(lon, lat, p.bbox, 0, guess) - pointGapM(lon, lat, q.bbox, 0, guess));
  let best: SegmentFoot = { m: Infinity, lon: NaN, lat: NaN, s: 0 };
  let bestCoast = coasts[0];
  for (const c of coasts) {
    if (best.m < Infinity && pointGapM(lon, lat, c.bbox, 0, minParallelRadius(lat, lat, best.m)) >= best.m) continue;
    if (best.m === Infinity) {
      // An upper bound to prune with: the segment the index finds nearest in its own metric.
      const seed = c.index.neighbors(lon * c.kx, lat, 1)[0];
      [best, bestCoast] = [pointToPreparedSegment(lineOf(c, seed), lon, lat), c];
    }
    const rMin = minParallelRadius(lat, lat, best.m);
    const dLon = best.m / rMin / D2R;
    const dLat = best.m / M_MIN / D2R;
    const found = c.index.search((lon - dLon) * c.kx, lat - dLat, (lon + dLon) * c.kx, lat + dLat);
    const lbs = found.map((j) => pointGapM(lon, lat, c.box, j * 4, rMin));
    const order = found.map((_, k) => k).sort((p, q) => lbs[p] - lbs[q]);
    for (const k of order) {
      if (lbs[k] >= best.m) break;
      const g = pointToPreparedSegment(lineOf(c, found[k]), lon, lat);
      if (g.m < best.m) [best, bestCoast] = [g, c];
    }
  }
  return { distanceKm: best.m / 1000, point: [best.lon, best.lat], islandId: bestCoast.id, inside: insideCoast([lon, lat], bestCoast) };
}

// ---- segment pairs -------------------------------------------------------------------------

interface Best {
  m: number;
  pa: Position;
  pb: Position;
}

/**
 * Improves `best` with the exact distance between segment i of `a` and segment j of `b`: zero
 * if they cross, else the least of the four end-to-segment distances (between two short
 * geodesics that do not cross, the nearest pair of points includes an end of one of them).
 * Ends whose lower bound cannot beat `best` are not solved.
 */
function segmentPair(a: Coast, i: number, b: Coast, j: number, rMin: number, best: Best): void {
  const x = crossing(a, i, b, j);
  if (x) {
    best.m = 0;
    best.pa = x;
    best.pb = x;
    return;
  }
  for (let e = 0; e < 2; e++) {
    const lon = a.seg[i * 4 + e * 2], lat = a.seg[i * 4 + e * 2 + 1];
    if (pointGapM(lon, lat, b.box, j * 4, rMin) < best.m) {
      const f = pointToPreparedSegment(lineOf(b, j), lon, lat);
      if (f.m < best.m) Object.assign(best, { m: f.m, pa: [lon, lat], pb: [f.lon, f.lat] });
    }
    const lon2 = b.seg[j * 4 + e * 2], lat2 = b.seg[j * 4 + e * 2 + 1];
    if (pointGapM(lon2, lat2, a.box, i * 4, rMin) < best.m) {
      const f = pointToPreparedSegment(lineOf(a, i), lon2, lat2);
      if (f.m < best.m) Object.assign(best, { m: f.m, pa: [f.lon, f.lat], pb: [lon2, lat2] });
    }
  }
}

function result(best: Best, swapped: boolean): CoastToCoast {
  const points: [Position, Position] = swapped ? [best.pb, best.pa] : [best.pa, best.pb];
  return { distanceKm: best.m / 1000, points, overlap: best.m === 0 };
}

// ---- coast to coast ------------------------------------------------------------------------

/**
 * The shortest distance between the coasts of two islands: the exact minimum over all pairs of
 * their segments on the WGS84 ellipsoid, with the two nearest points. Touching or overlapping
 * islands give 0. Indexes are built on first use and kept with the features.
 *
 * @example
 * const r = coastToCoast(kunashir, hokkaido);
 * r.distanceKm; // ≈ 16
 * r.points; // [[lon, lat] on Kunashir, [lon, lat] on Hokkaido]
 */
export function coastToCoast(a: IslandFeature, b: IslandFeature, opts: CoastToCoastOptions = {}): CoastToCoast {
  const rings = opts.rings ?? 'all';
  let ca = coastOf(a, rings);
  let cb = coastOf(b, rings);
  if (!ca.n || !cb.n) throw new RangeError(`no coast to measure for ${ca.n ? cb.id : ca.id}`);
  // Walk the blocks of the smaller coast and query the index of the larger.
  const swapped = ca.blocks > cb.blocks;
  if (swapped) [ca, cb] = [cb, ca];
  const inside = containment(ca, cb);
  if (inside) return result({ m: 0, pa: inside, pb: inside }, swapped);

  const lat0 = Math.min(ca.bbox[1], cb.bbox[1]);
  const lat1 = Math.max(ca.bbox[3], cb.bbox[3]);
  const guess = parallelRadius((lat0 + lat1) / 2);
  const order = Array.from({ length: ca.blocks }, (_, k) => k);
  const gap = order.map((k) => boxGapM(ca.blockBox, k * 4, cb.bbox, 0, guess));
  order.sort((p, q) => gap[p] - gap[q]);

  // Pass 1: gather the segment pairs that may hold the minimum. `upper` is a distance known to
  // be achievable (from the seed, then from the pairs' upper bounds), so anything whose lower
  // bound reaches it can be dropped unsolved.
  const best: Best = { m: Infinity, pa: [NaN, NaN], pb: [NaN, NaN] };
  seed(ca, order[0], cb, best);
  let upper = best.m;
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairLb: number[] = [];
  const bounds: Bounds = { lo: 0, hi: 0 };
  const scales: Scales = { kx: 0, ky: 0, ratio: 0, kyMax: 0 };
  const bx = ca.blockBox;
  for (const k of order) {
    const rMin = minParallelRadius(lat0, lat1, upper);
    if (boxGapM(bx, k * 4, cb.bbox, 0, rMin) >= upper) continue;
    const dLon = upper / rMin / D2R;
    const dLat = upper / M_MIN / D2R;
    const end = Math.min(ca.n, (k + 1) * BLOCK);
    cb.index.search((bx[k * 4] - dLon) * cb.kx, bx[k * 4 + 1] - dLat, (bx[k * 4 + 2] + dLon) * cb.kx, bx[k * 4 + 3] + dLat, (j) => {
      if (boxGapM(bx, k * 4, cb.box, j * 4, rMin) >= upper) return false;
      scalesFor(Math.min(bx[k * 4 + 1], cb.box[j * 4 + 1]), Math.max(bx[k * 4 + 3], cb.box[j * 4 + 3]), upper, scales);
      for (let i = k * BLOCK; i < end; i++) {
        if (boxGapM(ca.box, i * 4, cb.box, j * 4, rMin) >= upper) continue;
        chordBounds(ca, i, cb, j, scales, bounds);
        if (bounds.lo >= upper) continue;
        if (bounds.hi < upper) upper = bounds.hi;
        pairA.push(i);
        pairB.push(j);
        pairLb.push(bounds.lo);
      }
      return false;
    });
  }
  // Pass 2: solve the survivors exactly, nearest first, until no lower bound can beat the best.
  const rMin = minParallelRadius(lat0, lat1, upper);
  const byLb: number[] = [];
  for (let c = 0; c < pairLb.length; c++) if (pairLb[c] < upper) byLb.push(c);
  byLb.sort((p, q) => pairLb[p] - pairLb[q]);
  for (const c of byLb) {
    if (pairLb[c] >= best.m) break;
    segmentPair(ca, pairA[c], cb, pairB[c], rMin, best);
    if (best.m === 0) break;
  }
  return result(best, swapped);
}

/**
 * An upper bound to start from: the nearest segment of `b` to the middle of block k of `a` by
 * the index's own (roughly metric) order, measured exactly vertex to vertex.
 */
function seed(a: Coast, k: number, b: Coast, best: Best): void {
  const bx = a.blockBox;
  const cx = (bx[k * 4] + bx[k * 4 + 2]) / 2;
  const cy = (bx[k * 4 + 1] + bx[k * 4 + 3]) / 2;
  const j = b.index.neighbors(cx * b.kx, cy, 1)[0];
  const tx = b.seg[j * 4], ty = b.seg[j * 4 + 1];
  let pick = k * BLOCK;
  let near = Infinity;
  for (let i = k * BLOCK; i < Math.min(a.n, (k + 1) * BLOCK); i++) {
    const d = Math.hypot((a.seg[i * 4] - tx) * b.kx, a.seg[i * 4 + 1] - ty);
    if (d < near) [near, pick] = [d, i];
  }
  const f = pointToPreparedSegment(lineOf(b, j), a.seg[pick * 4], a.seg[pick * 4 + 1]);
  if (f.m < best.m) Object.assign(best, { m: f.m, pa: [a.seg[pick * 4], a.seg[pick * 4 + 1]], pb: [f.lon, f.lat] });
}

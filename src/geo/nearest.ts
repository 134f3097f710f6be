/**
 * Shortest distances to coastlines on the WGS84 ellipsoid, exact for the data: over segments,
 * not vertices. Both searches are best-first branch and bound over the coasts' box trees
 * (coast-index.ts): pairs of boxes come off a queue nearest first, by a lower bound that is
 * safe on the ellipsoid (the chord, coast-bounds.ts), and only pairs of segments that could still
 * beat the best distance found are solved with geodesics.
 */
import type { Position } from 'geojson';
import FlatQueue from 'flatqueue';
import { boxGap3, chordChord3, geodesicFloor, pointBoxGap3, pointChord3, toEcef } from './coast-bounds.ts';
import { pointToPreparedSegment } from './geodesic.ts';
import { coastOf, containment, crossing, insideCoast, lineOf, BRANCH, type Coast, type CoastRings } from './coast-index.ts';
import type { IslandFeature } from './types.ts';

export type { CoastRings } from './coast-index.ts';
export { exhaustiveCoastToCoast } from './testing/coast-exhaustive.ts';

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

/** Options for {@link nearestCoast}, {@link coastToCoast} and `exhaustiveCoastToCoast`. */
export interface CoastToCoastOptions {
  /** 'all' (default) measures from every ring, lake shores included; 'outer' from outer rings only. */
  rings?: CoastRings;
}

const top = (c: Coast) => c.tree.length - 1;
// Queue levels below the tree's: a vertex of one coast against a segment of the other.
const VERTEX_OF_A = -1;
const VERTEX_OF_B = -2;

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
  const p = new Float64Array(3);
  toEcef(lon, lat, p, 0);
  // Queue entries: coast, tree level, node. Start from every node of every coast's top level.
  const q = new FlatQueue<number>();
  const ci: number[] = [];
  const lv: number[] = [];
  const nd: number[] = [];
  const push = (c: number, level: number, node: number, lb: number) => {
    q.push(ci.length, lb);
    ci.push(c);
    lv.push(level);
    nd.push(node);
  };
  coasts.forEach((c, k) => {
    const t = top(c);
    for (let j = 0; j < c.tree[t].length / 6; j++) push(k, t, j, geodesicFloor(pointBoxGap3(p[0], p[1], p[2], c.tree[t], j * 6)));
  });
  let best = { m: Infinity, lon: NaN, lat: NaN, coast: 0 };
  while (q.length) {
    const lb = q.peekValue() as number;
    const e = q.pop() as number;
    if (lb >= best.m) break;
    const c = coasts[ci[e]];
    if (lv[e] === 0) {
      const i = nd[e];
      if (geodesicFloor(pointChord3(p, 0, c.xyz, i * 6) - c.pad[i]) >= best.m) continue;
      const f = pointToPreparedSegment(lineOf(c, i), lon, lat);
      if (f.m < best.m) best = { m: f.m, lon: f.lon, lat: f.lat, coast: ci[e] };
      continue;
    }
    const below = c.tree[lv[e] - 1];
    const end = Math.min(below.length / 6, (nd[e] + 1) * BRANCH);
    for (let j = nd[e] * BRANCH; j < end; j++) {
      const g = geodesicFloor(pointBoxGap3(p[0], p[1], p[2], below, j * 6));
      if (g < best.m) push(ci[e], lv[e] - 1, j, g);
    }
  }
  const c = coasts[best.coast];
  return { distanceKm: best.m / 1000, point: [best.lon, best.lat], islandId: c.id, inside: insideCoast([lon, lat], c) };
}

interface Best {
  m: number;
  pa: Position;
  pb: Position;
}

/**
 * The shortest distance between the coasts of two islands: the exact minimum over all pairs of
 * their segments on the WGS84 ellipsoid, with the two nearest points. Touching or overlapping
 * islands give 0. Trees are built on first use and kept with the features.
 *
 * @example
 * const r = coastToCoast(kunashir, hokkaido);
 * r.distanceKm; // ≈ 16.21
 * r.points; // [[145.43892, 43.71674] on Kunashir, [145.33115, 43.5936] on Hokkaido]
 */
export function coastToCoast(a: IslandFeature, b: IslandFeature, opts: CoastToCoastOptions = {}): CoastToCoast {
  const rings = opts.rings ?? 'all';
  const ca = coastOf(a, rings);
  const cb = coastOf(b, rings);
  if (!ca.n || !cb.n) throw new RangeError(`no coast to measure for ${ca.n ? cb.id : ca.id}`);
  const inside = containment(ca, cb);
  if (inside) return { distanceKm: 0, points: [inside, inside], overlap: true };

  // Queue entries: a node of a's tree against a node of b's, each as (level, node).
  const q = new FlatQueue<number>();
  const la: number[] = [], na: number[] = [], lb: number[] = [], nb: number[] = [];
  const push = (l1: number, n1: number, l2: number, n2: number, gap: number) => {
    q.push(la.length, gap);
    la.push(l1);
    na.push(n1);
    lb.push(l2);
    nb.push(n2);
  };
  const ta = top(ca), tb = top(cb);
  for (let i = 0; i < ca.tree[ta].length / 6; i++) {
    for (let j = 0; j < cb.tree[tb].length / 6; j++) push(ta, i, tb, j, geodesicFloor(boxGap3(ca.tree[ta], i * 6, cb.tree[tb], j * 6)));
  }
  // Below the segment pairs the queue holds vertex-to-segment problems: level VERTEX_OF_A
  // stands for "vertex n1 of a (the start of its segment n1) against segment n2 of b", and
  // VERTEX_OF_B the other way round. Between two segments that do not cross, the nearest points
  // include an end of one of them, so these problems cover the pair; a vertex is shared by two
  // segments, so each problem is queued once.
  const best: Best = { m: Infinity, pa: [NaN, NaN], pb: [NaN, NaN] };
  const queued = new Set<number>();
  const vertexProblem = (ofA: boolean, v: number, s: number) => {
    const key = ofA ? v * cb.n + s : -1 - (v * ca.n + s);
    if (queued.has(key)) return;
    queued.add(key);
    const g = geodesicFloor(ofA ? pointChord3(ca.xyz, v * 6, cb.xyz, s * 6) - cb.pad[s] : pointChord3(cb.xyz, v * 6, ca.xyz, s * 6) - ca.pad[s]);
    if (g < best.m) push(ofA ? VERTEX_OF_A : VERTEX_OF_B, v, 0, s, g);
  };
  while (q.length) {
    const gap = q.peekValue() as number;
    const e = q.pop() as number;
    if (gap >= best.m) break;
    const [l1, n1, l2, n2] = [la[e], na[e], lb[e], nb[e]];
    if (l1 === VERTEX_OF_A || l1 === VERTEX_OF_B) {
      const [from, to] = l1 === VERTEX_OF_A ? [ca, cb] : [cb, ca];
      const lon = from.seg[n1 * 4], lat = from.seg[n1 * 4 + 1];
      const f = pointToPreparedSegment(lineOf(to, n2), lon, lat);
      if (f.m < best.m) Object.assign(best, l1 === VERTEX_OF_A ? { m: f.m, pa: [lon, lat], pb: [f.lon, f.lat] } : { m: f.m, pa: [f.lon, f.lat], pb: [lon, lat] });
      continue;
    }
    if (l1 === 0 && l2 === 0) {
      if (geodesicFloor(chordChord3(ca.xyz, n1 * 6, cb.xyz, n2 * 6) - ca.pad[n1] - cb.pad[n2]) >= best.m) continue;
      const x = crossing(ca, n1, cb, n2);
      if (x) {
        Object.assign(best, { m: 0, pa: x, pb: x });
        break;
      }
      vertexProblem(true, n1, n2);
      vertexProblem(true, ca.next[n1], n2);
      vertexProblem(false, n2, n1);
      vertexProblem(false, cb.next[n2], n1);
      continue;
    }
    // Open the higher node (a's on a tie); its children meet the other node as it is.
    if (l1 >= l2) {
      const below = ca.tree[l1 - 1];
      const end = Math.min(below.length / 6, (n1 + 1) * BRANCH);
      for (let c = n1 * BRANCH; c < end; c++) {
        const g = geodesicFloor(boxGap3(below, c * 6, cb.tree[l2], n2 * 6));
        if (g < best.m) push(l1 - 1, c, l2, n2, g);
      }
    } else {
      const below = cb.tree[l2 - 1];
      const end = Math.min(below.length / 6, (n2 + 1) * BRANCH);
      for (let c = n2 * BRANCH; c < end; c++) {
        const g = geodesicFloor(boxGap3(ca.tree[l1], n1 * 6, below, c * 6));
        if (g < best.m) push(l1, n1, l2 - 1, c, g);
      }
    }
  }
  return { distanceKm: best.m / 1000, points: [best.pa, best.pb], overlap: best.m === 0 };
}

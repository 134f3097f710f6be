/** Geometry helpers for the build: rounding, clipping, simplification. Planar, in degrees. */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon as turfPolygon } from '@turf/helpers';
import { planarSegmentDistance, planarSignedArea } from '../../src/geo/planar.ts';

export type Ring = number[][];
export type PolygonCoords = Ring[];
export type BBox = [number, number, number, number];

/**
 * Rounds the rings of one polygon to `decimals`, or to `finer.decimals` inside `finer.box`. Holes
 * left with fewer than four positions are dropped; if the shell collapses the whole polygon does,
 * and the result is empty (a hole must never take the shell's place).
 */
export function roundCoords(
  rings: PolygonCoords,
  decimals: number,
  finer?: { box: BBox; decimals: number },
): PolygonCoords {
  const f = 10 ** decimals;
  const g = finer ? 10 ** finer.decimals : f;
  const b = finer?.box;
  const rounded = rings.map((ring) =>
    dedupe(
      ring.map(([x, y]) => {
        const k = b && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] ? g : f;
        return [Math.round(x * k) / k, Math.round(y * k) / k];
      }),
    ),
  );
  if (!rounded.length || rounded[0].length < 4) return [];
  return rounded.filter((ring) => ring.length >= 4);
}

function dedupe(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

export function ringBBox(ring: Ring): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function bboxContains(outer: BBox, inner: BBox): boolean {
  return inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3];
}

/** Clips a polygon to a box; rings that vanish are dropped, and so is the polygon if its shell does. */
export function clipPolygon(rings: PolygonCoords, box: BBox): PolygonCoords | null {
  const clipped = bboxClip(turfPolygon(rings), box).geometry.coordinates as PolygonCoords;
  const kept = clipped.filter((r) => r.length >= 4);
  if (!kept.length || clipped[0].length < 4) return null;
  return kept;
}

/** Planar ring area in square degrees (absolute), for size thresholds only. */
export function ringAreaDeg(ring: Ring): number {
  return Math.abs(planarSignedArea(ring));
}

/**
 * Douglas–Peucker with a tolerance per vertex (in degrees): a vertex stays when its distance
 * from the simplified segment exceeds its own tolerance, and always where the tolerance is 0.
 * The era layers vary the tolerance along a coast; the land keeps every vertex where people
 * measure (see `simplifyRingOutside`).
 */
export function simplifyRing(ring: Ring, tolAt: (p: number[]) => number): Ring {
  const n = ring.length;
  if (n <= 4) return ring;
  const tol = ring.map(tolAt);
  const mark = new Uint8Array(n);
  mark[0] = 1;
  mark[n - 1] = 1;
  for (let i = 0; i < n; i++) if (tol[i] === 0) mark[i] = 1;
  // The kept vertices split the ring into runs, each simplified on its own.
  const stack: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    if (!mark[i]) continue;
    if (i - start > 1) stack.push([start, i]);
    start = i;
  }
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = 1, idx = -1;
    for (let i = a + 1; i < b; i++) {
      const r = planarSegmentDistance(ring[i], ring[a], ring[b]) / tol[i];
      if (r > worst) { worst = r; idx = i; }
    }
    if (idx < 0) continue;
    mark[idx] = 1;
    if (idx - a > 1) stack.push([a, idx]);
    if (b - idx > 1) stack.push([idx, b]);
  }
  const out = ring.filter((_, i) => mark[i]);
  return out.length >= 4 ? out : ring;
}

/**
 * `simplifyRing` with one tolerance, never dropping a vertex inside `keep`: the far context gets
 * simpler while the coasts where people measure stay exactly as upstream draws them.
 */
export function simplifyRingOutside(ring: Ring, tolerance: number, keep: BBox): Ring {
  return simplifyRing(ring, ([x, y]) => (x >= keep[0] && x <= keep[2] && y >= keep[1] && y <= keep[3] ? 0 : tolerance));
}

/** Whether a point lies in a polygon given as rings (holes excluded), by turf. */
export function pointInPolygon(pt: number[], rings: PolygonCoords): boolean {
  return booleanPointInPolygon(pt, { type: 'Polygon', coordinates: rings });
}

/** Point in the polygon's outer ring, holes ignored: an anchor on a lake still names its island. */
export function pointInShell(pt: number[], rings: PolygonCoords): boolean {
  return pointInPolygon(pt, [rings[0]]);
}

/** RFC 7946 winding: shells counterclockwise, holes clockwise. */
export function rewind(rings: PolygonCoords): PolygonCoords {
  return rings.map((ring, i) => {
    const ccw = planarSignedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

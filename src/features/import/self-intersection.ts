/**
 * Where a polygon's outline meets itself: two of its edges that are not neighbours along a ring
 * cross, touch or overlap, within a ring or between two rings of the polygon. In the plane of
 * longitude and latitude, as GeoJSON draws an edge (RFC 7946 §3.1.1), which is how the map
 * will draw it.
 *
 * @turf/kinks answers the same question by trying every pair of edges: 5 × 10⁹ pairs for a
 * ring of 100,000 vertices, minutes. Here the edges go into a Flatbush index and each is tried
 * only against the edges its box meets, so the cost grows with n log n.
 */
import type { Position } from 'geojson';
import Flatbush from 'flatbush';

/** The sign of the turn a → b → c: positive to the left, 0 when the three are in line. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Whether c, known to be in line with a and b, lies on the segment between them. */
function within(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/**
 * A point the segments ab and cd share, or null. Proper crossings give the crossing point;
 * touching or overlapping segments give a shared point.
 */
export function segmentsMeet(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): Position | null {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const u = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / ((bx - ax) * (dy - cy) - (by - ay) * (dx - cx));
    return [ax + u * (bx - ax), ay + u * (by - ay)];
  }
  if (o1 === 0 && within(ax, ay, bx, by, cx, cy)) return [cx, cy];
  if (o2 === 0 && within(ax, ay, bx, by, dx, dy)) return [dx, dy];
  if (o3 === 0 && within(cx, cy, dx, dy, ax, ay)) return [ax, ay];
  if (o4 === 0 && within(cx, cy, dx, dy, bx, by)) return [bx, by];
  return null;
}

/**
 * The first place found where the polygon's rings meet themselves or each other, or null when
 * the outline is simple. Repeated consecutive positions are passed over (they make no edge).
 * Rings are taken as closed (validate.ts refuses an unclosed one before this runs).
 *
 * @example
 * selfIntersection([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]); // [1, 1]: a bow tie
 * selfIntersection([[[0, 0], [1, 0], [1, 1], [0, 0]]]); // null
 */
export function selfIntersection(rings: Position[][]): Position | null {
  // Edges as four numbers each, with the ring they belong to and their place in it.
  let total = 0;
  for (const r of rings) total += Math.max(0, r.length - 1);
  const e = new Float64Array(total * 4);
  const ringOf = new Int32Array(total);
  const posInRing = new Int32Array(total);
  const ringSize = new Int32Array(rings.length);
  let n = 0;
  rings.forEach((ring, ri) => {
    const first = n;
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1];
      const [x2, y2] = ring[i];
      if (x1 === x2 && y1 === y2) continue;
      e[n * 4] = x1;
      e[n * 4 + 1] = y1;
      e[n * 4 + 2] = x2;
      e[n * 4 + 3] = y2;
      ringOf[n] = ri;
      posInRing[n] = n - first;
      n++;
    }
    ringSize[ri] = n - first;
  });
  if (n < 2) return null;
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    index.add(Math.min(e[i * 4], e[i * 4 + 2]), Math.min(e[i * 4 + 1], e[i * 4 + 3]), Math.max(e[i * 4], e[i * 4 + 2]), Math.max(e[i * 4 + 1], e[i * 4 + 3]));
  }
  index.finish();
  // Neighbours along a ring share an end by construction; they meet only if they fold back
  // onto each other (a spike), which is an overlap, so that is checked rather than skipped.
  const neighbours = (i: number, j: number): boolean => {
    if (ringOf[i] !== ringOf[j]) return false;
    const size = ringSize[ringOf[i]];
    const d = Math.abs(posInRing[i] - posInRing[j]);
    return d === 1 || (size > 2 && d === size - 1);
  };
  let found: Position | null = null;
  for (let i = 0; i < n && !found; i++) {
    const ax = e[i * 4], ay = e[i * 4 + 1], bx = e[i * 4 + 2], by = e[i * 4 + 3];
    index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (j) => {
      if (found || j <= i) return false;
      const cx = e[j * 4], cy = e[j * 4 + 1], dx = e[j * 4 + 2], dy = e[j * 4 + 3];
      if (neighbours(i, j)) {
        // They share one end; the other ends fold back if one lies on the other segment.
        const [sx, sy, ox, oy, qx, qy] = bx === cx && by === cy ? [bx, by, ax, ay, dx, dy] : [ax, ay, bx, by, cx, cy];
        if (orient(sx, sy, ox, oy, qx, qy) === 0 && (ox - sx) * (qx - sx) + (oy - sy) * (qy - sy) > 0) found = [sx, sy];
        return false;
      }
      found = segmentsMeet(ax, ay, bx, by, cx, cy, dx, dy);
      return false;
    });
  }
  return found;
}

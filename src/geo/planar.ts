/**
 * Plane geometry on raw coordinates (degrees, or any unit box): for winding, size thresholds,
 * simplification and drawing, never for true distances or areas (those are on the ellipsoid:
 * geodesic.ts, area.ts).
 */

/**
 * The shoelace area of a ring, signed: positive when the ring runs counterclockwise (an RFC 7946
 * shell), negative for clockwise (a hole).
 *
 * @example
 * planarSignedArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]); // 1
 */
export function planarSignedArea(ring: readonly (readonly number[])[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
}

/**
 * The distance from `p` to the segment from `a` to `b`.
 *
 * @example
 * planarSegmentDistance([1, 1], [0, 0], [2, 0]); // 1
 */
export function planarSegmentDistance(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

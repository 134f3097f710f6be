/**
 * The shoelace area of a ring in square degrees, signed: positive when the ring runs
 * counterclockwise (an RFC 7946 shell), negative for clockwise (a hole). For winding and size
 * thresholds only; true areas are on the ellipsoid (area.ts).
 *
 * @example
 * planarSignedArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]); // 1
 */
export function planarSignedArea(ring: readonly (readonly number[])[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
}

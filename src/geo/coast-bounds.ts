/**
 * Safe lower bounds on geodesic distances that need no geodesic solved, so that the searches in
 * nearest.ts can drop almost every pair unseen. All rest on one fact: a straight chord through
 * the Earth is never longer than the shortest path over its surface. Points are handled in
 * Earth-centred Cartesian metres (ECEF) on the WGS84 ellipsoid.
 *
 * The chord falls short of the geodesic by about d³/24R², which is 0.3 mm at 16 km and 3.5 km
 * at 1,500 km: the bound is tight where it matters and still useful far away, where
 * {@link geodesicFloor} recovers some of the difference.
 */

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const D2R = Math.PI / 180;
/**
 * The least radius of curvature of the ellipsoid, a(1−e²), the meridian's at the equator. No
 * geodesic bends more sharply than this in space, which bounds how far it strays from its chord.
 */
export const RHO_MIN = A * (1 - E2);

/** Writes the ECEF position (metres) of lon/lat (degrees) at height 0 into out[o..o+2]. */
export function toEcef(lon: number, lat: number, out: Float64Array, o: number): void {
  const sp = Math.sin(lat * D2R);
  const cp = Math.cos(lat * D2R);
  const n = A / Math.sqrt(1 - E2 * sp * sp);
  out[o] = n * cp * Math.cos(lon * D2R);
  out[o + 1] = n * cp * Math.sin(lon * D2R);
  out[o + 2] = n * (1 - E2) * sp;
}

/**
 * How far (metres) the geodesic between two points `chordM` apart can stray from its chord: a
 * curve whose curvature is at most 1/ρ stays within L²/8ρ of its chord, for L its length (which
 * for a coast segment exceeds the chord by parts per billion). Doubled for margin.
 */
export function bulgeM(chordM: number): number {
  return (chordM * chordM) / (4 * RHO_MIN) + 1e-6;
}

/**
 * Writes the segment from `r[i - 1]` to `r[i]` as segment `k` of the packed arrays the coast
 * search reads: its ends (`seg`, four numbers a segment), their ECEF positions (`xyz`, six; the
 * start is the previous segment's end when `i > 1`, so each vertex is converted once) and how far
 * its geodesic bows out of the chord (`pad`). Returns the pad. Used for the islands' coasts and for
 * a reader's imported lines alike.
 */
export function packSegment(r: readonly (readonly number[])[], i: number, k: number, seg: Float64Array, xyz: Float64Array, pad: Float64Array): number {
  const x1 = r[i - 1][0], y1 = r[i - 1][1], x2 = r[i][0], y2 = r[i][1];
  seg[k * 4] = x1;
  seg[k * 4 + 1] = y1;
  seg[k * 4 + 2] = x2;
  seg[k * 4 + 3] = y2;
  const o = k * 6;
  if (i > 1) {
    xyz[o] = xyz[o - 3];
    xyz[o + 1] = xyz[o - 2];
    xyz[o + 2] = xyz[o - 1];
  } else toEcef(x1, y1, xyz, o);
  toEcef(x2, y2, xyz, o + 3);
  const dx = xyz[o + 3] - xyz[o], dy = xyz[o + 4] - xyz[o + 1], dz = xyz[o + 5] - xyz[o + 2];
  return (pad[k] = bulgeM(Math.sqrt(dx * dx + dy * dy + dz * dz)));
}

const B = A * (1 - F);

/**
 * A lower bound on the geodesic distance between two points whose chord is `chordM` long: the
 * chord itself, or, beyond about 1,800 km where it is larger, b·θ. Projecting a path radially
 * onto the sphere of radius b (which the ellipsoid encloses) never lengthens it, so a path is at
 * least b times the angle θ its ends subtend; and with both ends between radii b and a,
 * c² ≤ (a−b)² + 4a²sin²(θ/2) bounds θ from below by the chord.
 */
export function geodesicFloor(chordM: number): number {
  if (chordM < 1.8e6) return chordM;
  const s = Math.sqrt(chordM * chordM - (A - B) * (A - B)) / (2 * A);
  return Math.max(chordM, 2 * B * Math.asin(Math.min(1, s)));
}

/** The gap between two boxes (minX, minY, minZ, maxX, maxY, maxZ at offsets ia, ib): 0 if they meet. */
export function boxGap3(a: Float64Array, ia: number, b: Float64Array, ib: number): number {
  let s = 0;
  for (let k = 0; k < 3; k++) {
    const g = Math.max(b[ib + k] - a[ia + k + 3], a[ia + k] - b[ib + k + 3]);
    if (g > 0) s += g * g;
  }
  return Math.sqrt(s);
}

/** The gap between point (x, y, z) and box b at offset ib. */
export function pointBoxGap3(x: number, y: number, z: number, b: Float64Array, ib: number): number {
  const gx = Math.max(b[ib] - x, x - b[ib + 3], 0);
  const gy = Math.max(b[ib + 1] - y, y - b[ib + 4], 0);
  const gz = Math.max(b[ib + 2] - z, z - b[ib + 5], 0);
  return Math.sqrt(gx * gx + gy * gy + gz * gz);
}

/** Distance from point p to segment AB, all in one array: p at ip, A at ia, B at ia + 3. */
export function pointChord3(p: Float64Array, ip: number, s: Float64Array, ia: number): number {
  const ax = s[ia], ay = s[ia + 1], az = s[ia + 2];
  const vx = s[ia + 3] - ax, vy = s[ia + 4] - ay, vz = s[ia + 5] - az;
  const wx = p[ip] - ax, wy = p[ip + 1] - ay, wz = p[ip + 2] - az;
  const vv = vx * vx + vy * vy + vz * vz;
  let t = vv > 0 ? (wx * vx + wy * vy + wz * vz) / vv : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const dx = wx - t * vx, dy = wy - t * vy, dz = wz - t * vz;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * The least distance between segments P0P1 (p at ip, ip + 3) and Q0Q1 (q at iq, iq + 3) in
 * space, by the usual clamped closest-points solution (for two skew or parallel segments).
 */
export function chordChord3(p: Float64Array, ip: number, q: Float64Array, iq: number): number {
  const ux = p[ip + 3] - p[ip], uy = p[ip + 4] - p[ip + 1], uz = p[ip + 5] - p[ip + 2];
  const vx = q[iq + 3] - q[iq], vy = q[iq + 4] - q[iq + 1], vz = q[iq + 5] - q[iq + 2];
  const rx = p[ip] - q[iq], ry = p[ip + 1] - q[iq + 1], rz = p[ip + 2] - q[iq + 2];
  const a = ux * ux + uy * uy + uz * uz;
  const e = vx * vx + vy * vy + vz * vz;
  const f = vx * rx + vy * ry + vz * rz;
  let s: number;
  let t: number;
  if (a <= 0 && e <= 0) {
    s = 0;
    t = 0;
  } else if (a <= 0) {
    s = 0;
    t = clamp01(f / e);
  } else {
    const c = ux * rx + uy * ry + uz * rz;
    if (e <= 0) {
      t = 0;
      s = clamp01(-c / a);
    } else {
      const b = ux * vx + uy * vy + uz * vz;
      const denom = a * e - b * b;
      s = denom > 0 ? clamp01((b * f - c * e) / denom) : 0;
      t = (b * s + f) / e;
      if (t < 0) {
        t = 0;
        s = clamp01(-c / a);
      } else if (t > 1) {
        t = 1;
        s = clamp01((b - c) / a);
      }
    }
  }
  const dx = rx + ux * s - vx * t, dy = ry + uy * s - vy * t, dz = rz + uz * s - vz * t;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

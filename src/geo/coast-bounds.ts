/**
 * Safe bounds on geodesic distances on the WGS84 ellipsoid that need no geodesic solved: they
 * let the coast-to-coast search drop almost every pair of segments unseen. All rest on one
 * fact: along any path ds² = M(φ)²dφ² + r(φ)²dλ², with M the meridian and r the parallel radius.
 */
import type { Coast } from './coast-index.ts';

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
/** The smallest meridian radius of curvature, a(1−e²), at the equator: metres per radian of latitude, at least. */
export const M_MIN = A * (1 - E2);
const D2R = Math.PI / 180;

/** Radius of the parallel at latitude φ (metres per radian of longitude there). */
export function parallelRadius(latDeg: number): number {
  const s = Math.sin(latDeg * D2R);
  return (A * Math.cos(latDeg * D2R)) / Math.sqrt(1 - E2 * s * s);
}

/**
 * The smallest parallel radius a path of length `withinM` can reach starting between latitudes
 * `lat0` and `lat1`: such a path cannot leave the band widened by withinM / M_MIN.
 */
export function minParallelRadius(lat0: number, lat1: number, withinM: number): number {
  const widen = withinM / M_MIN / D2R;
  const far = Math.max(Math.abs(lat0 - widen), Math.abs(lat1 + widen));
  return far >= 90 ? 0 : parallelRadius(far);
}

/**
 * A lower bound in metres on the geodesic distance between any point of box `a` and any point of
 * box `b` (each minLon, minLat, maxLon, maxLat at offsets ia, ib), valid for every path that
 * stays where the parallel radius is at least `rMin`. Along any path ds² = M²dφ² + r²dλ², so by
 * Minkowski's inequality its length is at least √((M_MIN·Δφ)² + (rMin·Δλ)²) for the gaps Δφ, Δλ.
 */
export function boxGapM(a: ArrayLike<number>, ia: number, b: ArrayLike<number>, ib: number, rMin: number): number {
  const dLon = Math.max(0, b[ib] - a[ia + 2], a[ia] - b[ib + 2]) * D2R * rMin;
  const dLat = Math.max(0, b[ib + 1] - a[ia + 3], a[ia + 1] - b[ib + 3]) * D2R * M_MIN;
  return Math.sqrt(dLon * dLon + dLat * dLat);
}

/** The same bound from a point to box `b`. */
export function pointGapM(lon: number, lat: number, b: ArrayLike<number>, ib: number, rMin: number): number {
  const dLon = Math.max(0, b[ib] - lon, lon - b[ib + 2]) * D2R * rMin;
  const dLat = Math.max(0, b[ib + 1] - lat, lat - b[ib + 3]) * D2R * M_MIN;
  return Math.sqrt(dLon * dLon + dLat * dLat);
}

/** The meridian radius of curvature at latitude φ (metres per radian of latitude there). */
export function meridianRadius(latDeg: number): number {
  const s = Math.sin(latDeg * D2R);
  const w = 1 - E2 * s * s;
  return (A * (1 - E2)) / (w * Math.sqrt(w));
}

/** Lower and upper bounds on a distance, metres. */
export interface Bounds {
  lo: number;
  hi: number;
}

/**
 * Scale factors of the planes used by {@link chordBounds}, in metres per degree: the least
 * parallel and meridian radii (kx, ky) a path of length at most `withinM` can meet when it starts
 * between latitudes lo and hi, and the greatest ratio of the largest radii over [lo, hi] to those.
 */
export interface Scales {
  kx: number;
  ky: number;
  ratio: number;
  kyMax: number;
}

export function scalesFor(lo: number, hi: number, withinM: number, out: Scales): Scales {
  const widen = Math.min(withinM / M_MIN / D2R, 90);
  const [nearLo, farLo] = latRange(lo - widen, hi + widen);
  const [nearHi, farHi] = latRange(lo, hi);
  out.kx = parallelRadius(Math.min(farLo, 90)) * D2R;
  out.ky = meridianRadius(nearLo) * D2R;
  out.kyMax = meridianRadius(farHi) * D2R;
  out.ratio = out.kx > 0 ? Math.max((parallelRadius(nearHi) * D2R) / out.kx, out.kyMax / out.ky) : Infinity;
  return out;
}

/**
 * Tight bounds in metres on the distance between segment i of `a` and segment j of `b`, without
 * solving a geodesic. In the plane x = λ·r, y = φ·m every path's image is no longer than the path
 * when r and m are the least parallel and meridian radii the path can meet, and no shorter when
 * they are the greatest. So the chords' distance in the "least" plane, less the segments'
 * bulge, is a lower bound (valid whenever the distance is at most the `withinM` the scales were
 * made for, which fixes the band a path can reach), and that figure times the greatest ratio of
 * the radii, plus the bulge, is an upper bound: the image of a straight line in the "greatest"
 * plane is a real path between two points of the coasts. Over the few tenths of a degree of
 * latitude a strait spans the radii hardly vary: the lower bound comes within a few parts in ten
 * thousand of the distance, the upper (which only steers the search) within a percent or two.
 * `sc` must have been made (by {@link scalesFor}) for a latitude range holding both segments.
 */
export function chordBounds(a: Coast, i: number, b: Coast, j: number, sc: Scales, out: Bounds): Bounds {
  const s = a.seg, t = b.seg;
  const i4 = i * 4, j4 = j * 4;
  const { kx, ky } = sc;
  const d = Math.sqrt(planarSegmentGap2(
    s[i4] * kx, s[i4 + 1] * ky, s[i4 + 2] * kx, s[i4 + 3] * ky,
    t[j4] * kx, t[j4 + 1] * ky, t[j4 + 2] * kx, t[j4 + 3] * ky,
  ));
  const pads = a.pad[i] + b.pad[j];
  out.lo = Math.max(0, d - pads * ky);
  out.hi = d * sc.ratio + pads * sc.kyMax;
  return out;
}

/** The least and greatest |latitude| over [lo, hi], degrees. */
function latRange(lo: number, hi: number): [number, number] {
  const near = lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi));
  return [near, Math.min(90, Math.max(Math.abs(lo), Math.abs(hi)))];
}

/** The squared planar distance between segments PQ and RS (0 if they cross). */
function planarSegmentGap2(px: number, py: number, qx: number, qy: number, rx: number, ry: number, sx: number, sy: number): number {
  const d1 = cross(px, py, qx, qy, rx, ry);
  const d2 = cross(px, py, qx, qy, sx, sy);
  const d3 = cross(rx, ry, sx, sy, px, py);
  const d4 = cross(rx, ry, sx, sy, qx, qy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return 0;
  return Math.min(
    pointSegment2(px, py, rx, ry, sx, sy),
    pointSegment2(qx, qy, rx, ry, sx, sy),
    pointSegment2(rx, ry, px, py, qx, qy),
    pointSegment2(sx, sy, px, py, qx, qy),
  );
}

function cross(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return (qx - px) * (ry - py) - (qy - py) * (rx - px);
}

function pointSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax, vy = by - ay;
  const len2 = vx * vx + vy * vy;
  let u = len2 > 0 ? ((px - ax) * vx + (py - ay) * vy) / len2 : 0;
  u = u < 0 ? 0 : u > 1 ? 1 : u;
  const dx = px - ax - u * vx, dy = py - ay - u * vy;
  return dx * dx + dy * dy;
}


/**
 * Geodesics on the WGS84 ellipsoid, via GeographicLib. Positions are GeoJSON order, [lon, lat]
 * in degrees; lengths are kilometres.
 */
import type { Position } from 'geojson';
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;

/** The WGS84 ellipsoid's geodesic solver, shared by every measurement in the atlas. */
export const WGS84 = Geodesic.WGS84;

/** Output masks passed to GeographicLib, re-exported so callers need not import it. */
export const GeodesicMask = {
  DISTANCE: Geodesic.DISTANCE,
  AZIMUTH: Geodesic.AZIMUTH,
  LATITUDE: Geodesic.LATITUDE,
  LONGITUDE: Geodesic.LONGITUDE,
  STANDARD: Geodesic.STANDARD,
  DISTANCE_IN: Geodesic.DISTANCE_IN,
  REDUCEDLENGTH: Geodesic.REDUCEDLENGTH,
  GEODESICSCALE: Geodesic.GEODESICSCALE,
  LONG_UNROLL: Geodesic.LONG_UNROLL,
} as const;

/**
 * The geodesic (shortest) distance between two positions on the WGS84 ellipsoid.
 *
 * @example
 * geodesicDistanceKm([145.8172, 43.3853], [145.9167, 43.4333]); // ≈ 9.66
 */
export function geodesicDistanceKm(a: Position, b: Position): number {
  const r = WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE);
  return (r.s12 ?? 0) / 1000;
}

function isMulti(line: Position[] | Position[][]): line is Position[][] {
  return line.length > 0 && Array.isArray(line[0][0]);
}

/**
 * The length of a LineString's or MultiLineString's coordinates, summing the geodesic length of
 * each segment (parts of a MultiLineString are not joined to each other).
 *
 * @example
 * geodesicLengthKm([[145, 43], [146, 43], [146, 44]]); // ≈ 192.6 (81.5 + 111.1)
 */
export function geodesicLengthKm(line: Position[] | Position[][]): number {
  const parts = isMulti(line) ? line : [line as Position[]];
  let km = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) km += geodesicDistanceKm(part[i - 1], part[i]);
  }
  return km;
}

/** Options for {@link geodesicPath}. */
export interface GeodesicPathOptions {
  /** Largest spacing between drawn points, in km. Default 1. */
  stepKm?: number;
}

/**
 * Points along the geodesic from `a` to `b`, spaced at most `stepKm` apart, both ends included,
 * for drawing: a straight line between two far points on a Web Mercator map is not the shortest
 * route. Longitudes are unrolled so that a path across the antimeridian stays continuous.
 *
 * @example
 * geodesicPath([141.9, 45.5], [142.0, 46.0], { stepKm: 10 }).length; // 7 points for ≈ 56 km
 */
export function geodesicPath(a: Position, b: Position, opts: GeodesicPathOptions = {}): Position[] {
  const stepKm = opts.stepKm ?? 1;
  if (!(stepKm > 0)) throw new RangeError(`stepKm must be positive, got ${stepKm}`);
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], Geodesic.STANDARD | Geodesic.DISTANCE_IN);
  const totalM = line.s13;
  const n = Math.max(1, Math.ceil(totalM / 1000 / stepKm));
  const out: Position[] = [[a[0], a[1]]];
  for (let i = 1; i < n; i++) {
    const p = line.Position((totalM * i) / n, Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL);
    out.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
  }
  // The last point is the caller's own `b` (shifted by whole turns to stay continuous).
  const lastLon = n > 1 ? out[out.length - 1][0] : a[0];
  out.push([b[0] + 360 * Math.round((lastLon - b[0]) / 360), b[1]]);
  return out;
}

/**
 * The point halfway along the geodesic from `a` to `b` (where a line's label goes).
 *
 * @example
 * geodesicMidpoint([145, 43], [147, 43]); // ≈ [146, 43.0044]: a geodesic bulges poleward
 */
export function geodesicMidpoint(a: Position, b: Position): Position {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], Geodesic.STANDARD | Geodesic.DISTANCE_IN);
  const p = line.Position(line.s13 / 2, Geodesic.LATITUDE | Geodesic.LONGITUDE);
  return [p.lon2 ?? NaN, p.lat2 ?? NaN];
}

type GeodesicLine = ReturnType<typeof WGS84.InverseLine>;

/** A geodesic segment with what point-to-segment distance needs, computed once. */
export interface PreparedSegment {
  lon1: number;
  lat1: number;
  lon2: number;
  lat2: number;
  /** Length in metres. */
  s13: number;
  /** Azimuth of the segment at its start, degrees. */
  azi1: number;
  /** Azimuth of the segment at its end (pointing onwards), degrees. */
  azi2: number;
  line: GeodesicLine;
}

/**
 * Prepares the geodesic from `a` to `b` for repeated distance queries.
 *
 * @example
 * const seg = prepareSegment([145.0, 43.0], [145.1, 43.05]);
 * seg.s13; // length in metres
 */
export function prepareSegment(a: Position, b: Position): PreparedSegment {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], Geodesic.STANDARD | Geodesic.DISTANCE_IN);
  const end = line.Position(line.s13, Geodesic.AZIMUTH);
  return { lon1: a[0], lat1: a[1], lon2: b[0], lat2: b[1], s13: line.s13, azi1: line.azi1, azi2: end.azi2 ?? line.azi1, line };
}

/** Where a point's shortest geodesic meets a segment. */
export interface SegmentFoot {
  /** Distance from the point to the segment, metres. */
  m: number;
  lon: number;
  lat: number;
  /** Distance of the foot from the segment's start, metres. */
  s: number;
}

/** Distance and azimuth at a vertex towards a point, as GeographicLib's Inverse gives them. */
export interface VertexToPoint {
  s12: number;
  azi1: number;
}

const D2R = Math.PI / 180;
// Any radius of the right size works for the along-track step below: it only sets how fast the
// iteration converges, not where it converges to (the foot is where the azimuths are square).
const R_MEAN = 6371008.8;
const PROBE = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const ON_LINE = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH;

/**
 * The exact distance from a point to a geodesic segment on the ellipsoid. Distance from a point
 * to the points of a short geodesic has a single minimum: if the segment leaves an end heading
 * away from the point, that end is nearest; otherwise the foot is inside, where the geodesic to
 * the point meets the segment at a right angle, and we walk to it with along-track steps
 * (Newton-like; two to four Inverse calls). `fromStart`/`fromEnd` let a caller that already
 * solved those two Inverse problems pass them in.
 *
 * @example
 * const seg = prepareSegment([145.0, 43.0], [145.2, 43.0]);
 * pointToPreparedSegment(seg, 145.1, 43.1).m; // ≈ 11,100 m, foot near [145.1, 43.0]
 */
export function pointToPreparedSegment(
  seg: PreparedSegment,
  lon: number,
  lat: number,
  fromStart?: VertexToPoint,
  fromEnd?: VertexToPoint,
): SegmentFoot {
  const r1 = fromStart ?? (WGS84.Inverse(seg.lat1, seg.lon1, lat, lon, PROBE) as VertexToPoint);
  if (seg.s13 === 0 || Math.cos((r1.azi1 - seg.azi1) * D2R) <= 0) {
    return { m: r1.s12, lon: seg.lon1, lat: seg.lat1, s: 0 };
  }
  const r2 = fromEnd ?? (WGS84.Inverse(seg.lat2, seg.lon2, lat, lon, PROBE) as VertexToPoint);
  if (Math.cos((r2.azi1 - seg.azi2) * D2R) >= 0) {
    return { m: r2.s12, lon: seg.lon2, lat: seg.lat2, s: seg.s13 };
  }
  // Start from the spherical along-track distance measured from the nearer end.
  const fromA = r1.s12 <= r2.s12;
  const d0 = fromA ? r1.s12 : r2.s12;
  const c0 = Math.cos(((fromA ? r1.azi1 - seg.azi1 : r2.azi1 - seg.azi2 - 180) * D2R));
  const along0 = R_MEAN * Math.atan2(Math.sin(d0 / R_MEAN) * c0, Math.cos(d0 / R_MEAN));
  let s = clamp(fromA ? along0 : seg.s13 - along0, 0, seg.s13);
  let best: SegmentFoot = r1.s12 <= r2.s12
    ? { m: r1.s12, lon: seg.lon1, lat: seg.lat1, s: 0 }
    : { m: r2.s12, lon: seg.lon2, lat: seg.lat2, s: seg.s13 };
  for (let i = 0; i < 24; i++) {
    const x = seg.line.Position(s, ON_LINE);
    const xl = x.lat2 ?? NaN;
    const xo = x.lon2 ?? NaN;
    const r = WGS84.Inverse(xl, xo, lat, lon, PROBE);
    const d = r.s12 ?? Infinity;
    if (d < best.m) best = { m: d, lon: xo, lat: xl, s };
    const c = Math.cos(((r.azi1 ?? 0) - (x.azi2 ?? 0)) * D2R);
    const next = clamp(s + R_MEAN * Math.atan2(Math.sin(d / R_MEAN) * c, Math.cos(d / R_MEAN)), 0, seg.s13);
    if (Math.abs(next - s) < 1e-6) break;
    s = next;
  }
  return best;
}

/**
 * The exact distance from `p` to the geodesic segment from `a` to `b`, in km, and the nearest
 * point on the segment.
 *
 * @example
 * pointToSegmentKm([145.1, 43.1], [145.0, 43.0], [145.2, 43.0]); // { distanceKm ≈ 11.10, point ≈ [145.1, 43.00004] }
 */
export function pointToSegmentKm(p: Position, a: Position, b: Position): { distanceKm: number; point: Position } {
  const foot = pointToPreparedSegment(prepareSegment(a, b), p[0], p[1]);
  return { distanceKm: foot.m / 1000, point: [foot.lon, foot.lat] };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

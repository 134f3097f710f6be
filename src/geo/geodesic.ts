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

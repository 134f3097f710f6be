/**
 * A measured path: the points someone clicked, with each segment's geodesic length, the running
 * total and, once the path is closed, the area it encloses.
 */
import type { Position } from 'geojson';
import { ringAreaKm2 } from './area.ts';
import { geodesicDistanceKm } from './geodesic.ts';

/** A path's lengths (km) and, when closed, area (km²). */
export interface MeasuredPath {
  points: Position[];
  /** Length of each segment, in order; a closed path has one more, back to the start. */
  segmentsKm: number[];
  /** Running total after each segment. */
  cumulativeKm: number[];
  totalKm: number;
  closed: boolean;
  /** The enclosed area for a closed path of three or more points, else null. */
  areaKm2: number | null;
}

/** Options for {@link measurePath}. */
export interface MeasurePathOptions {
  /** Join the last point back to the first and measure the area inside. Default false. */
  closed?: boolean;
}

/**
 * Measures a clicked path on the WGS84 ellipsoid. A closed path's area is that of the geodesic
 * polygon through its points; for a path that crosses itself, the parts wound opposite ways
 * partly cancel, so the area is only meaningful for a simple loop.
 *
 * @example
 * const p = measurePath([[145.3, 43.6], [145.45, 43.72], [145.6, 43.6]], { closed: true });
 * p.segmentsKm; // [≈18.0, ≈18.0, ≈24.2]
 * p.areaKm2; // ≈ 161.3
 */
export function measurePath(points: Position[], opts: MeasurePathOptions = {}): MeasuredPath {
  const closed = (opts.closed ?? false) && points.length >= 3;
  const segmentsKm: number[] = [];
  for (let i = 1; i < points.length; i++) segmentsKm.push(geodesicDistanceKm(points[i - 1], points[i]));
  if (closed) segmentsKm.push(geodesicDistanceKm(points[points.length - 1], points[0]));
  const cumulativeKm: number[] = [];
  let totalKm = 0;
  for (const km of segmentsKm) cumulativeKm.push((totalKm += km));
  return {
    points: points.map((p) => [p[0], p[1]]),
    segmentsKm,
    cumulativeKm,
    totalKm,
    closed,
    areaKm2: closed ? ringAreaKm2(points) : null,
  };
}

/**
 * The path with one more point (returns a new array; the old one is left as it was).
 *
 * @example
 * addPoint([[145, 43]], [146, 43]); // [[145, 43], [146, 43]]
 */
export function addPoint(points: readonly Position[], p: Position): Position[] {
  return [...points, [p[0], p[1]]];
}

/**
 * The path without its last point (Backspace), as a new array.
 *
 * @example
 * removeLastPoint([[145, 43], [146, 43]]); // [[145, 43]]
 */
export function removeLastPoint(points: readonly Position[]): Position[] {
  return points.slice(0, -1);
}

/**
 * Areas on the WGS84 ellipsoid, via GeographicLib's PolygonArea (exact for geodesic edges),
 * in km².
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import geographiclib from 'geographiclib-geodesic';
import { WGS84 } from './geodesic.ts';

const { PolygonArea } = geographiclib;

/**
 * The area enclosed by one ring, in km², whatever its winding. A closing vertex equal to the
 * first is ignored.
 *
 * @example
 * ringAreaKm2([[145, 43], [146, 43], [146, 44], [145, 44], [145, 43]]); // ≈ 8,985
 */
export function ringAreaKm2(ring: Position[]): number {
  const poly = new PolygonArea.PolygonArea(WGS84, false);
  let n = ring.length;
  if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
  if (n < 3) return 0;
  for (let i = 0; i < n; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  // sign=true: a clockwise ring gives a negative area rather than "the rest of the Earth".
  const { area = 0 } = poly.Compute(false, true);
  return Math.abs(area) / 1e6;
}

/** Options for {@link polygonAreaKm2}. */
export interface PolygonAreaOptions {
  /**
   * Count holes (inland lakes and lagoons in the atlas's islands) as land, as published island
   * areas do. Default true; false subtracts them.
   */
  fillHoles?: boolean;
}

/**
 * The ellipsoidal area of a Polygon or MultiPolygon in km².
 *
 * @example
 * polygonAreaKm2(kunashir.geometry); // ≈ 1,480.7: lakes counted as land
 * polygonAreaKm2(kunashir.geometry, { fillHoles: false }); // ≈ 1,458.2: water left out
 */
export function polygonAreaKm2(geometry: Polygon | MultiPolygon, opts: PolygonAreaOptions = {}): number {
  const fillHoles = opts.fillHoles ?? true;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let km2 = 0;
  for (const rings of polygons) {
    if (!rings.length) continue;
    km2 += ringAreaKm2(rings[0]);
    if (!fillHoles) for (let i = 1; i < rings.length; i++) km2 -= ringAreaKm2(rings[i]);
  }
  return km2;
}

/**
 * Pushing a measurement into the map: the data of the two measure sources, and a view that
 * shows what was measured.
 */
import type { FeatureCollection, Position } from 'geojson';
import turfBbox from '@turf/bbox';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { MEASURE_SOURCE } from './layers.ts';

/**
 * Sets the data of one measure source (`'distance'` or `'path'`). The app hands the map over
 * only once its style has loaded (src/map/start-map.ts), so the source is there.
 *
 * @example
 * setMeasureData(map, 'distance', distanceFeatures(coastToCoast(a, b), 'km'));
 */
export function setMeasureData(map: MapLibreMap, which: keyof typeof MEASURE_SOURCE, data: FeatureCollection): void {
  void map.getSource<GeoJSONSource>(MEASURE_SOURCE[which])?.setData(data).catch((e: unknown) => console.warn('measure:', e));
}

/** Options for {@link fitMeasurement}. */
export interface FitOptions {
  /** Jump rather than animate (for a link opened at start). */
  jump?: boolean;
  /** Never zoom in further than this (default 9.5: a 16 km strait fills much of the view, with its coasts around it). */
  maxZoom?: number;
}

/**
 * Moves the view to show every position, with a margin. Padding shrinks on a small map so that
 * the fit always has room.
 *
 * @example
 * fitMeasurement(map, result.points, { jump: true });
 */
export function fitMeasurement(map: MapLibreMap, points: Position[], opts: FitOptions = {}): void {
  if (!points.length) return;
  const [west, south, east, north] = turfBbox({ type: 'MultiPoint', coordinates: points });
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const padding = Math.max(0, Math.min(80, Math.floor(w / 4), Math.floor(h / 4)));
  map.fitBounds([[west, south], [east, north]], { padding, maxZoom: opts.maxZoom ?? 9.5, ...(opts.jump ? { duration: 0 } : {}) });
}

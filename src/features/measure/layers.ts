/**
 * The measurement layers: the line between two islands' nearest points with its length at the
 * midpoint and a circle at each end, and a clicked path with each segment's length, its
 * vertices and, once closed, its area. Lines are drawn as densified geodesics, since a straight
 * line on a Web Mercator map is not the shortest way.
 *
 * Two GeoJSON sources, set with `setData(distanceFeatures(...))` and `setData(pathFeatures(...))`;
 * both start empty. The distance line is solid with a white casing and the path is dashed, so
 * they differ by more than colour. The labels are written in the interface language
 * (src/i18n/units.ts: 16.2 km, 16,2 км, 8.8海里), drawn from the bundled Noto faces: Noto Sans
 * for Latin and Cyrillic, and Noto Sans JP's subsets for the Japanese units, which the font build
 * takes from this file's sources (geo/build-fonts.ts reads the map's style code and src/i18n/units.ts).
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { geodesicMidpoint, geodesicPath } from '../../geo/geodesic.ts';
import type { CoastToCoast } from '../../geo/nearest.ts';
import type { MeasuredPath } from '../../geo/path.ts';
import type { DistanceUnit } from '../../geo/units.ts';
import type { Language } from '../../geo/language.ts';
import { formatAreaIn, formatLength } from '../../i18n/units.ts';
import { FONT } from '../../map/style.ts';

export const MEASURE_SOURCE = {
  distance: 'measure-distance',
  path: 'measure-path',
} as const;

export const MEASURE_LAYER = {
  distanceCasing: 'measure-distance-casing',
  distanceLine: 'measure-distance-line',
  distanceEnds: 'measure-distance-ends',
  distanceLabel: 'measure-distance-label',
  pathFill: 'measure-path-fill',
  pathLine: 'measure-path-line',
  pathVertices: 'measure-path-vertices',
  pathLabels: 'measure-path-labels',
} as const;

const INK = '#b3261e';
const PATH_INK = '#1b4f8a';
const HALO = '#ffffff';

/** Spacing of the points a drawn geodesic is made of: fine enough to look curved at any zoom. */
const STEP_KM = 2;

type Props = Record<string, string | number>;
const point = (coordinates: Position, properties: Props): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
const line = (coordinates: Position[], properties: Props): Feature => ({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties });

/** An empty collection: what both sources hold before anything is measured. */
export function emptyMeasure(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/**
 * The data of the distance source for a coast-to-coast result: the geodesic between the two
 * points (`kind: 'line'`), the two ends (`kind: 'end'`, `end: 'a' | 'b'`) and the label at the
 * midpoint (`kind: 'label'`). Touching islands get one end and a label.
 *
 * @example
 * distanceFeatures(coastToCoast(a, b), 'km', 'ru'); // the measure's picture gives it to MEASURE_SOURCE.distance
 */
export function distanceFeatures(r: CoastToCoast, unit: DistanceUnit = 'km', lang: Language = 'en'): FeatureCollection {
  const [pa, pb] = r.points;
  const label = formatLength(lang, r.distanceKm, unit);
  if (r.overlap) return { type: 'FeatureCollection', features: [point(pa, { kind: 'end', end: 'a' }), point(pa, { kind: 'label', label })] };
  return {
    type: 'FeatureCollection',
    features: [
      line(geodesicPath(pa, pb, { stepKm: STEP_KM }), { kind: 'line', distance_km: r.distanceKm }),
      point(pa, { kind: 'end', end: 'a' }),
      point(pb, { kind: 'end', end: 'b' }),
      point(geodesicMidpoint(pa, pb), { kind: 'label', label }),
    ],
  };
}

/**
 * The data of the path source: each segment as a geodesic (`kind: 'segment'`, `index`), its
 * length at its midpoint (`kind: 'segment-label'`), the vertices (`kind: 'vertex'`, `index`;
 * the first also `start: 1`) and, for a closed path, the area (`kind: 'area'` polygon and an
 * `area-label` point at the vertices' mean position).
 *
 * @example
 * pathFeatures(measurePath(points, { closed }), unit, lang); // the measure's picture gives it to MEASURE_SOURCE.path
 */
export function pathFeatures(path: MeasuredPath, unit: DistanceUnit = 'km', lang: Language = 'en'): FeatureCollection {
  const pts = path.points;
  const features: Feature[] = [];
  const legs: [Position, Position][] = pts.slice(1).map((p, i) => [pts[i], p]);
  if (path.closed) legs.push([pts[pts.length - 1], pts[0]]);
  const rings: Position[] = [];
  legs.forEach(([a, b], index) => {
    const drawn = geodesicPath(a, b, { stepKm: STEP_KM });
    rings.push(...(index === 0 ? drawn : drawn.slice(1)));
    features.push(line(drawn, { kind: 'segment', index, length_km: path.segmentsKm[index] }));
    features.push(point(geodesicMidpoint(a, b), { kind: 'segment-label', index, label: formatLength(lang, path.segmentsKm[index], unit) }));
  });
  if (path.closed && path.areaKm2 != null) {
    features.unshift({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [rings] }, properties: { kind: 'area', area_km2: path.areaKm2 } });
    const mean: Position = [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
    features.push(point(mean, { kind: 'area-label', label: formatAreaIn(lang, path.areaKm2, unit) }));
  }
  pts.forEach((p, index) => features.push(point(p, index === 0 ? { kind: 'vertex', index, start: 1 } : { kind: 'vertex', index })));
  return { type: 'FeatureCollection', features };
}

/** Both sources, empty. */
export function measureSources(): Record<string, GeoJSONSourceSpecification> {
  return {
    [MEASURE_SOURCE.distance]: { type: 'geojson', data: emptyMeasure() },
    [MEASURE_SOURCE.path]: { type: 'geojson', data: emptyMeasure() },
  };
}

function labelLayout(size: number): SymbolLayerSpecification['layout'] {
  return {
    'text-font': FONT,
    'text-field': ['get', 'label'],
    'text-size': size,
    'text-offset': [0, -1],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  };
}

/** The layers, bottom to top; they belong above the map's labels so that nothing hides them. */
export function measureLayers(): LayerSpecification[] {
  const d = MEASURE_SOURCE.distance;
  const p = MEASURE_SOURCE.path;
  return [
    {
      id: MEASURE_LAYER.pathFill, type: 'fill', source: p, filter: ['==', ['get', 'kind'], 'area'],
      paint: { 'fill-color': PATH_INK, 'fill-opacity': 0.12 },
    },
    {
      id: MEASURE_LAYER.pathLine, type: 'line', source: p, filter: ['==', ['get', 'kind'], 'segment'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PATH_INK, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: MEASURE_LAYER.pathVertices, type: 'circle', source: p, filter: ['==', ['get', 'kind'], 'vertex'],
      paint: {
        // The first point is larger and hollow, so the start of the path shows without colour.
        'circle-radius': ['case', ['has', 'start'], 6, 4],
        'circle-color': ['case', ['has', 'start'], HALO, PATH_INK],
        'circle-stroke-color': PATH_INK,
        'circle-stroke-width': 2,
      },
    },
    {
      id: MEASURE_LAYER.pathLabels, type: 'symbol', source: p,
      filter: ['in', ['get', 'kind'], ['literal', ['segment-label', 'area-label']]],
      layout: labelLayout(13),
      paint: { 'text-color': PATH_INK, 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
    {
      id: MEASURE_LAYER.distanceCasing, type: 'line', source: d, filter: ['==', ['get', 'kind'], 'line'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': HALO, 'line-width': 6 },
    },
    {
      id: MEASURE_LAYER.distanceLine, type: 'line', source: d, filter: ['==', ['get', 'kind'], 'line'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': INK, 'line-width': 3 },
    },
    {
      id: MEASURE_LAYER.distanceEnds, type: 'circle', source: d, filter: ['==', ['get', 'kind'], 'end'],
      paint: { 'circle-radius': 5, 'circle-color': HALO, 'circle-stroke-color': INK, 'circle-stroke-width': 2.5 },
    },
    {
      id: MEASURE_LAYER.distanceLabel, type: 'symbol', source: d, filter: ['==', ['get', 'kind'], 'label'],
      layout: labelLayout(14),
      paint: { 'text-color': INK, 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
  ];
}

/** The measurement overlay in the shape the map's overlays compose: sources, and layers on top. */
export function measureOverlay(): { sources: Record<string, GeoJSONSourceSpecification>; layers: LayerSpecification[]; top: LayerSpecification[] } {
  return { sources: measureSources(), layers: [], top: measureLayers() };
}

/**
 * What the map draws of the imports: each imported file as its own source with a fill, an
 * outline, a line and a circle layer (ids `<source>-fill`, `-outline`, `-line`, `-point`), added
 * and removed at run time through the synchroniser's `added` part of a picture, under the map's
 * labels so that place names stay readable over a reader's polygon; and the measurement of an
 * import as a geodesic line with its ends and its length on top of everything.
 *
 * An import's polygons are filled lightly and outlined with a dashed line, its lines are solid
 * and its points are circles with a white ring, so an import reads apart from the atlas's own
 * land, borders and markers by shape as well as colour; the list and the legend name each one.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { geodesicMidpoint, geodesicPath } from '../../geo/geodesic.ts';
import { LAYER } from '../../map/ids.ts';
import { FONT } from '../../map/style.ts';
import type { AddedOverlay } from '../../map/sync.ts';

/** The imports' colours: none of them the atlas's own (the holders' tints, the measure's red and blue). */
export const PALETTE = ['#7b2cbf', '#c2410c', '#00796b', '#ad1457', '#4d7c0f', '#6d4c41'] as const;

/** The source of the measurement line between an import and an island or another import. */
export const IMPORT_MEASURE_SOURCE = 'import-measure';

const HALO = '#ffffff';
const INK = '#1f1f1f';

const polygons: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const lines: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const points: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** The layer ids of an import's source. */
export const importLayerIds = (source: string) => ({
  fill: `${source}-fill`, outline: `${source}-outline`, line: `${source}-line`, point: `${source}-point`,
});

/** The layers of one import, coloured from the palette. */
export function importLayers(source: string, colour: number): LayerSpecification[] {
  const c = PALETTE[colour % PALETTE.length];
  const id = importLayerIds(source);
  return [
    { id: id.fill, type: 'fill', source, filter: polygons, paint: { 'fill-color': c, 'fill-opacity': 0.22 } },
    {
      id: id.outline, type: 'line', source, filter: polygons,
      layout: { 'line-join': 'round' }, paint: { 'line-color': c, 'line-width': 2, 'line-dasharray': [3, 1.5] },
    },
    {
      id: id.line, type: 'line', source, filter: lines,
      layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': c, 'line-width': 2.5 },
    },
    {
      id: id.point, type: 'circle', source, filter: points,
      paint: { 'circle-radius': 4.5, 'circle-color': c, 'circle-stroke-color': HALO, 'circle-stroke-width': 1.5 },
    },
  ];
}

/** An import as the synchroniser adds it: its source and layers, under the map's labels. */
export function importOverlay(data: FeatureCollection, source: string, colour: number, visible: boolean): AddedOverlay {
  const spec: GeoJSONSourceSpecification = { type: 'geojson', data };
  return { source: spec, layers: importLayers(source, colour), before: LAYER.labelSea, visible };
}

type Props = Record<string, string | number>;
const point = (coordinates: Position, properties: Props): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });

/**
 * The measurement's data: the geodesic between the two nearest points (`kind: 'line'`), the two
 * ends (`kind: 'end'`) and the length at the midpoint (`kind: 'label'`); one end and the label
 * when they touch.
 */
export function measureData(points: [Position, Position], label: string, overlap: boolean): FeatureCollection {
  const [a, b] = points;
  if (overlap) return { type: 'FeatureCollection', features: [point(a, { kind: 'end' }), point(a, { kind: 'label', label })] };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'LineString', coordinates: geodesicPath(a, b, { stepKm: 1 }) }, properties: { kind: 'line' } },
      point(a, { kind: 'end' }),
      point(b, { kind: 'end' }),
      point(geodesicMidpoint(a, b), { kind: 'label', label }),
    ],
  };
}

const MEASURE_LAYERS: LayerSpecification[] = [
  {
    id: `${IMPORT_MEASURE_SOURCE}-casing`, type: 'line', source: IMPORT_MEASURE_SOURCE, filter: ['==', ['get', 'kind'], 'line'],
    layout: { 'line-cap': 'round' }, paint: { 'line-color': HALO, 'line-width': 6 },
  },
  {
    id: `${IMPORT_MEASURE_SOURCE}-line`, type: 'line', source: IMPORT_MEASURE_SOURCE, filter: ['==', ['get', 'kind'], 'line'],
    layout: { 'line-cap': 'round' }, paint: { 'line-color': INK, 'line-width': 2.5, 'line-dasharray': [1, 1] },
  },
  {
    id: `${IMPORT_MEASURE_SOURCE}-ends`, type: 'circle', source: IMPORT_MEASURE_SOURCE, filter: ['==', ['get', 'kind'], 'end'],
    paint: { 'circle-radius': 5, 'circle-color': HALO, 'circle-stroke-color': INK, 'circle-stroke-width': 2.5 },
  },
  {
    id: `${IMPORT_MEASURE_SOURCE}-label`, type: 'symbol', source: IMPORT_MEASURE_SOURCE, filter: ['==', ['get', 'kind'], 'label'],
    layout: {
      'text-font': FONT, 'text-field': ['get', 'label'], 'text-size': 14, 'text-offset': [0, -1],
      'text-allow-overlap': true, 'text-ignore-placement': true,
    },
    paint: { 'text-color': INK, 'text-halo-color': HALO, 'text-halo-width': 2 },
  },
];

/** The measurement as the synchroniser adds it: on top of everything. */
export function measureOverlay(data: FeatureCollection): AddedOverlay {
  return { source: { type: 'geojson', data }, layers: MEASURE_LAYERS };
}

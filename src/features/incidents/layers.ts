/**
 * The incident layers: a clustered GeoJSON source, markers that tell the types apart by shape
 * (marker-shapes.ts) as well as by colour, cluster bubbles with their counts,
 * a ring round the selected incident, and an invisible, forgiving click target.
 *
 * Selection is the `selectedIncident` global state read in paint only, so selecting an incident
 * re-evaluates one paint value and never re-tiles the source. To filter, give the source the
 * filtered collection (`setData(filterIncidents(...))`): clusters and their counts then follow.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { INCIDENT_TYPES, type IncidentType } from './model.ts';
import { FONT } from '../../map/style.ts';
import { MARKER_IMAGE_PX, markerImageId, type MarkerShape } from '../../map/marker-shapes.ts';

export const INCIDENT_SOURCE = 'incidents';

export const INCIDENT_LAYER = {
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  selected: 'incident-selected',
  markers: 'incident-markers',
  hit: 'incident-hit',
} as const;

/** The global state the layers read: the id of the selected incident, '' for none. */
export const INCIDENT_STATE = { selectedIncident: { default: '' } } as const;


/**
 * Marker shape and colour per type, for the map and the legend alike: a different shape for
 * every type. The colours are dark enough to read on land, sea and the era fills, with a white
 * halo. The types' names are in the catalogue (`incidents.type.*`).
 */
export const INCIDENT_MARKERS: Record<IncidentType, { shape: MarkerShape; colour: string }> = {
  seizure: { shape: 'square', colour: '#1f4e79' },
  shooting: { shape: 'triangle-up', colour: '#b2182b' },
  'helicopter-fire': { shape: 'triangle-down', colour: '#762a83' },
  airspace: { shape: 'cross', colour: '#01665e' },
  military: { shape: 'star', colour: '#333333' },
  visit: { shape: 'circle', colour: '#c45a00' },
  meeting: { shape: 'bullseye', colour: '#3b7d3f' },
  construction: { shape: 'diamond', colour: '#8c510a' },
  protest: { shape: 'circled-x', colour: '#c51b7d' },
  diplomatic: { shape: 'diamond-open', colour: '#2166ac' },
  earthquake: { shape: 'waves', colour: '#5f5f5f' },
};

function byType(pick: (t: IncidentType) => string): ExpressionSpecification {
  const pairs = INCIDENT_TYPES.flatMap((t) => [t, pick(t)]);
  return ['match', ['get', 'type'], ...pairs, pick('military')] as unknown as ExpressionSpecification;
}

const UNCLUSTERED: ExpressionSpecification = ['!', ['has', 'point_count']];
const IS_SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', 'selectedIncident']];

/** The markers' icon size by zoom (the drawn shape is MARKER_RADIUS_PX times this, in radius). */
export const MARKER_ICON_SIZE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 0.65, 9, 0.95];

/** Bubble radius by point count, in pixels, and the white ring round it. */
export const CLUSTER_RADIUS_PX = { base: 12, steps: [[4, 15], [8, 18]] } as const;
export const CLUSTER_STROKE_PX = 1.5;
/**
 * The bubble's collision box: the count layer carries an invisible disc image (the markers'
 * circle, MARKER_IMAGE_PX across at size 1) scaled so that its box is the bubble's bounding
 * square, ring included. A circle layer has no collision box of its own.
 */
const CLUSTER_BOX_SIZE: ExpressionSpecification = ['step', ['get', 'point_count'],
  (2 * (CLUSTER_RADIUS_PX.base + CLUSTER_STROKE_PX)) / MARKER_IMAGE_PX,
  ...CLUSTER_RADIUS_PX.steps.flatMap(([n, r]) => [n, (2 * (r + CLUSTER_STROKE_PX)) / MARKER_IMAGE_PX]),
] as unknown as ExpressionSpecification;

/** The source: clustered below zoom 7, where the Habomai and Kunashiri markers would pile up. */
export function incidentSource(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterMaxZoom: 6, clusterRadius: 36 };
}

/** The layers, bottom to top. They belong above the labels, so that no label hides a marker. */
export function incidentLayers(): LayerSpecification[] {
  return [
    {
      id: INCIDENT_LAYER.clusters, type: 'circle', source: INCIDENT_SOURCE, filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#37474f',
        'circle-radius': ['step', ['get', 'point_count'], CLUSTER_RADIUS_PX.base, ...CLUSTER_RADIUS_PX.steps.flat()],
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': CLUSTER_STROKE_PX,
      },
    },
    {
      id: INCIDENT_LAYER.clusterCount, type: 'symbol', source: INCIDENT_SOURCE, filter: ['has', 'point_count'],
      // The count, and the bubble's collision box (CLUSTER_BOX_SIZE), which keeps the labels off
      // the bubble as the markers' boxes do (see below).
      layout: {
        'text-field': ['to-string', ['get', 'point_count']], 'text-font': FONT, 'text-size': 12,
        'text-allow-overlap': true, 'text-ignore-placement': true,
        'icon-image': markerImageId('circle'), 'icon-size': CLUSTER_BOX_SIZE, 'icon-padding': [0],
        'icon-allow-overlap': true, 'icon-ignore-placement': false,
      },
      paint: { 'text-color': '#ffffff', 'icon-opacity': 0 },
    },
    {
      // A ring round the selected marker; colour-independent (shape and size) so it reads for everyone.
      id: INCIDENT_LAYER.selected, type: 'circle', source: INCIDENT_SOURCE, filter: UNCLUSTERED,
      paint: {
        'circle-radius': 15, 'circle-color': '#ffe066',
        'circle-opacity': ['case', IS_SELECTED, 0.85, 0],
        'circle-stroke-color': '#000000', 'circle-stroke-width': ['case', IS_SELECTED, 2.5, 0],
      },
    },
    {
      id: INCIDENT_LAYER.markers, type: 'symbol', source: INCIDENT_SOURCE, filter: UNCLUSTERED,
      layout: {
        'icon-image': byType((t) => markerImageId(INCIDENT_MARKERS[t].shape)),
        'icon-size': MARKER_ICON_SIZE,
        // Always drawn, and placed before the labels (MapLibre places symbols from the top layer
        // down): the labels then keep off the markers' boxes, moving to a free side or, for a
        // town's name, giving way. The image's own margin round the shape is room enough.
        'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': [0],
      },
      paint: { 'icon-color': byType((t) => INCIDENT_MARKERS[t].colour), 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 },
    },
    {
      // Invisible and a little larger than the glyph: the click and hover target (opacity 0 still takes events).
      id: INCIDENT_LAYER.hit, type: 'circle', source: INCIDENT_SOURCE, filter: UNCLUSTERED,
      paint: { 'circle-radius': 13, 'circle-color': '#000000', 'circle-opacity': 0 },
    },
  ];
}

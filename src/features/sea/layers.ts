/**
 * The sea zones on the map: the territorial sea as a light fill, the zones' outer limits as
 * lines (territorial sea thick, contiguous zone thin, EEZ medium), the median line dashed; all on
 * the sea, under the land. Which position they follow is the `seaView` global state ('none'
 * before 1945, when no such zones existed): each layer shows one `view` of the data and reads the
 * state only in its opacity, so a change re-evaluates a few paint values and re-tiles nothing.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { STATE_COLORS } from '../../map/palette.ts';
import type { SeaView } from '../../geo/point-of-view.ts';

export const SEA_SOURCE = { zones: 'sea-zones', point: 'sea-point' } as const;
export type SeaShown = SeaView | 'none';
export const SEA_STATE = { seaView: { default: 'none' as SeaShown } } as const;

const VIEWS = ['both', 'japan', 'russia'] as const;
type DataView = (typeof VIEWS)[number];

export const SEA_LAYER = {
  fill: (v: DataView) => `sea-territorial-${v}`,
  limit: (v: DataView) => `sea-limit-${v}`,
  median: (v: DataView) => `sea-median-${v}`,
  point: 'sea-point',
} as const;

/** Territorial-sea fill opacity: a wash that leaves the sea's colour readable. */
export const TERRITORIAL_OPACITY = 0.2;
/** Widths of the limits by zone, in pixels: the width, not only the colour, tells them apart. */
export const LIMIT_WIDTH = { 'territorial-sea': 1.6, 'contiguous-zone': 0.7, eez: 1.2 } as const;
/**
 * The median line dotted (round dots, in dark violet), so that it never reads as the era maps'
 * dashed black borders, which run close to it around the four islands.
 */
export const MEDIAN_STYLE = { color: '#4b2a6b', width: 2.4, dash: [0.01, 2] } as const;

/** `on` where a feature of `view` is shown in the current `seaView`, else 0. */
function shown(view: DataView, on: number): ExpressionSpecification {
  return view === 'both'
    ? ['case', ['==', ['global-state', 'seaView'], 'none'], 0, on]
    : ['case', ['==', ['global-state', 'seaView'], view], on, 0];
}

const stateColor: ExpressionSpecification = ['match', ['get', 'state'], 'japan', STATE_COLORS.japan, STATE_COLORS.russia];

export function seaSources(): Record<string, SourceSpecification> {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    [SEA_SOURCE.zones]: { type: 'geojson', data: empty },
    [SEA_SOURCE.point]: { type: 'geojson', data: empty },
  };
}

/** The zones' layers, on the sea under the land, bottom to top. */
export function seaLayers(): LayerSpecification[] {
  const fills = VIEWS.map((v): LayerSpecification => ({
    id: SEA_LAYER.fill(v), type: 'fill', source: SEA_SOURCE.zones,
    filter: ['all', ['==', ['get', 'kind'], 'territorial-sea'], ['==', ['get', 'view'], v]],
    paint: { 'fill-color': stateColor, 'fill-antialias': false, 'fill-opacity': shown(v, TERRITORIAL_OPACITY) },
  }));
  const limits = VIEWS.map((v): LayerSpecification => ({
    id: SEA_LAYER.limit(v), type: 'line', source: SEA_SOURCE.zones,
    filter: ['all', ['==', ['get', 'kind'], 'limit'], ['==', ['get', 'view'], v]],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': stateColor,
      'line-width': ['match', ['get', 'zone'], 'territorial-sea', LIMIT_WIDTH['territorial-sea'], 'contiguous-zone', LIMIT_WIDTH['contiguous-zone'], LIMIT_WIDTH.eez],
      'line-opacity': shown(v, 0.9),
    },
  }));
  const medians = VIEWS.map((v): LayerSpecification => ({
    id: SEA_LAYER.median(v), type: 'line', source: SEA_SOURCE.zones,
    filter: ['all', ['==', ['get', 'kind'], 'median-line'], ['==', ['get', 'view'], v]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': MEDIAN_STYLE.color, 'line-width': MEDIAN_STYLE.width, 'line-dasharray': [...MEDIAN_STYLE.dash], 'line-opacity': shown(v, 0.9) },
  }));
  return [...fills, ...limits, ...medians];
}

/** The point asked about: a ringed dot above everything. */
export function seaPointLayer(): LayerSpecification {
  return {
    id: SEA_LAYER.point, type: 'circle', source: SEA_SOURCE.point,
    paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 },
  };
}

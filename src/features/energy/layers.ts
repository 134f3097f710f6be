/**
 * The energy layers: pipelines coloured by commodity, with the status in the dash pattern (solid
 * operating, long dashes proposed, short dashes under construction, faded dots cancelled), the
 * direction of flow as chevrons along each line, a hover and selection highlight, and a wide
 * invisible line as a forgiving click target; energy sites as a glyph per kind.
 *
 * Colour is never the only signal: gas and oil also differ in width and in the chevrons (one for
 * gas, two for oil), and site kinds differ in shape. The year filter and the selection are global
 * state, so changing them re-evaluates an expression and never reloads the data. Everything is
 * drawn only in the 1945–today border era: the line layers read the `era` global state in their
 * opacity, the two symbol layers (site markers and names) a feature state (see `symbolsShown`).
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Commodity, EnergyStatus, FacilityKind } from './model.ts';
import type { EraId } from '../../geo/eras.ts';
import { FONT } from '../../map/style.ts';
import { FLOW_LINE_WIDTH_PX, FLOW_PATTERN } from './flow-pattern.ts';
import { markerImageId, type MarkerShape } from '../../map/marker-shapes.ts';
import { hexRgb } from '../../map/rgba-image.ts';

export const ENERGY_SOURCE = { pipelines: 'energy-pipelines', facilities: 'energy-facilities' } as const;

export const ENERGY_LAYER = {
  /** Proposed, under construction and cancelled lines: one layer, a dash pattern per status. */
  unfinished: 'pipeline-unfinished',
  operating: 'pipeline-operating',
  highlight: 'pipeline-highlight',
  flow: 'pipeline-flow',
  hit: 'pipeline-hit',
  facilityMarkers: 'facility-markers',
  facilityLabels: 'facility-labels',
  facilityHit: 'facility-hit',
} as const;

/** The layers that take clicks and hover: query these, and read `properties.id`. */
export const ENERGY_INTERACTIVE_LAYERS = [ENERGY_LAYER.hit, ENERGY_LAYER.facilityHit] as const;

/**
 * The global state the layers read. `energyYear`: show what was in service by the end of that
 * year (the default shows everything built); `energyShowUnbuilt`: also show what never opened;
 * `selectedEnergy`: id of the pipeline or site whose panel is open, '' for none.
 */
export const ENERGY_STATE = {
  energyYear: { default: 9999 },
  energyShowUnbuilt: { default: true },
  selectedEnergy: { default: '' },
} as const;

/** The one border era the energy layers belong to: every line and site here is post-1945. */
export const ENERGY_ERA: EraId = '1945';

/**
 * Whether the energy layers are drawn under the given `era` global state.
 *
 * @example
 * energyShownIn('1905'); // false
 */
export function energyShownIn(era: unknown): boolean {
  return era === ENERGY_ERA;
}

/**
 * `on` in the energy era, else 0. The era is read only in opacities that do not depend on the
 * feature, so an era switch re-evaluates one value per layer and never re-tiles the sources
 * (a global-state filter, or a data-driven paint value, would).
 */
function inEnergyEra(on: number): ExpressionSpecification {
  return ['case', ['==', ['global-state', 'era'], ENERGY_ERA], on, 0];
}
/** The feature state that hides a site outside the energy era (set by the feature's picture, src/features/energy/index.ts). */
export const OFF_ERA_STATE = 'offEra';

/**
 * The symbol layers' version of `inEnergyEra`. A paint change of a symbol layer, global state
 * included, makes MapLibre redo the placement of every label on the map: that cost an era switch
 * about 4 ms. A feature state only rewrites the paint values of the features it names.
 */
function symbolsShown(on: number): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', OFF_ERA_STATE], false], 0, on];
}

const ERA_FADE = { duration: 400, delay: 0 };


/** Colour, line width and the number of flow chevrons (see flow-pattern.ts) per commodity. */
export const COMMODITY_STYLE: Record<Commodity, { colour: string; width: number; chevrons: 1 | 2 }> = {
  gas: { colour: '#c2410c', width: 2.2, chevrons: 1 },
  oil: { colour: '#1e3a5f', width: 3.2, chevrons: 2 },
};

/** Dash patterns in line widths; an empty list is a solid line. */
export const STATUS_STYLE: Record<EnergyStatus, { dash: number[]; opacity: number }> = {
  operating: { dash: [], opacity: 0.95 },
  'under-construction': { dash: [1.2, 1.2], opacity: 0.9 },
  proposed: { dash: [4, 2.5], opacity: 0.85 },
  cancelled: { dash: [0.6, 2], opacity: 0.4 },
};

/** A shape per site kind (marker-shapes.ts). */
export const FACILITY_MARKERS: Record<FacilityKind, { shape: MarkerShape; colour: string }> = {
  'lng-plant': { shape: 'square', colour: COMMODITY_STYLE.gas.colour },
  'gas-field': { shape: 'triangle-up', colour: COMMODITY_STYLE.gas.colour },
  'oil-terminal': { shape: 'triangle-down', colour: COMMODITY_STYLE.oil.colour },
  'oil-field': { shape: 'circle', colour: COMMODITY_STYLE.oil.colour },
  processing: { shape: 'diamond-open', colour: '#4a4a4a' },
};

const byCommodity = (pick: (c: Commodity) => string | number): ExpressionSpecification =>
  ['match', ['get', 'commodity'], 'oil', pick('oil'), pick('gas')] as unknown as ExpressionSpecification;

const byKind = (pick: (k: FacilityKind) => string): ExpressionSpecification => {
  const kinds = Object.keys(FACILITY_MARKERS) as FacilityKind[];
  return ['match', ['get', 'kind'], ...kinds.flatMap((k) => [k, pick(k)]), pick('processing')] as unknown as ExpressionSpecification;
};

/**
 * In service by the chosen year, or never opened while unbuilt lines are shown. A MapLibre
 * filter, the same rule as `inServiceBy` in src/features/energy/model.ts.
 */
export const YEAR_FILTER: ExpressionSpecification = [
  'case',
  ['==', ['get', 'opened'], null], ['to-boolean', ['global-state', 'energyShowUnbuilt']],
  ['<=', ['to-number', ['get', 'opened']], ['to-number', ['global-state', 'energyYear']]],
];

/**
 * A site's name in the language of the map's `lang` global state (`name_ja`, `name_ru`, which
 * the build takes from the translations), English (`name`) otherwise, as the place labels do
 * (src/map/style.ts LABEL_TEXT). A language switch re-lays out the labels once; the era never does.
 */
export const ENERGY_NAME: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name_', ['global-state', 'lang']]],
  ['get', 'name'],
];

const STATUS_IS = (s: EnergyStatus): ExpressionSpecification => ['==', ['get', 'status'], s];
const IS_SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', 'selectedEnergy']];
const IS_HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const UNBUILT: ExpressionSpecification = ['match', ['get', 'status'], ['proposed', 'cancelled'], true, false];
/** Alpha of the marker of a site that was never built. */
export const UNBUILT_ALPHA = 0.6;

/** `#rrggbb` with an alpha, as `rgba()`. */
function fade(hex: string, alpha: number): string {
  return `rgba(${hexRgb(hex).join(', ')}, ${alpha})`;
}

/**
 * Gas to one side of a shared corridor, oil to the other (the two Sakhalin-2 lines share one
 * right of way), and unbuilt lines further out, so that a plan along a built line stays visible.
 */
const OFFSET: ExpressionSpecification = [
  '*',
  ['match', ['get', 'commodity'], 'oil', 1.8, -1.8],
  ['match', ['get', 'status'], ['proposed', 'cancelled'], 2.5, 1],
];

/** The two GeoJSON sources; `promoteId` makes `id` the feature id for hover feature-state. */
export function energySources(dataUrl: string): Record<string, GeoJSONSourceSpecification> {
  return {
    [ENERGY_SOURCE.pipelines]: { type: 'geojson', data: `${dataUrl}/pipelines.geojson`, promoteId: 'id' },
    [ENERGY_SOURCE.facilities]: { type: 'geojson', data: `${dataUrl}/facilities.geojson`, promoteId: 'id' },
  };
}

const UNFINISHED: EnergyStatus[] = ['proposed', 'under-construction', 'cancelled'];

/**
 * Each commodity's colour with the status's opacity as its alpha: the status fades through the
 * colour, so that the layer's opacity is only the era gate (a per-feature opacity reading the era
 * would re-tile on every switch).
 */
function statusColour(statuses: EnergyStatus[]): ExpressionSpecification {
  const colour = (s: EnergyStatus): ExpressionSpecification => byCommodity((c) => fade(COMMODITY_STYLE[c].colour, STATUS_STYLE[s].opacity));
  if (statuses.length === 1) return colour(statuses[0]);
  return ['match', ['get', 'status'], ...statuses.slice(1).flatMap((s) => [s, colour(s)]), colour(statuses[0])] as unknown as ExpressionSpecification;
}

/**
 * The solid operating lines, and one layer for the rest with its dash pattern chosen per status:
 * fewer layers to draw on every frame of an era switch than one layer per status.
 */
function statusLines(): LayerSpecification[] {
  const common = {
    'line-width': byCommodity((c) => COMMODITY_STYLE[c].width),
    'line-opacity': inEnergyEra(1),
    'line-opacity-transition': ERA_FADE,
    'line-offset': OFFSET,
  } as const;
  const dash = ['match', ['get', 'status'], ...UNFINISHED.slice(1).flatMap((s) => [s, ['literal', STATUS_STYLE[s].dash]]), ['literal', STATUS_STYLE[UNFINISHED[0]].dash]];
  return [
    {
      id: ENERGY_LAYER.unfinished, type: 'line', source: ENERGY_SOURCE.pipelines,
      filter: ['all', ['match', ['get', 'status'], UNFINISHED, true, false], YEAR_FILTER],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: { ...common, 'line-color': statusColour(UNFINISHED), 'line-dasharray': dash as unknown as ExpressionSpecification },
    },
    {
      id: ENERGY_LAYER.operating, type: 'line', source: ENERGY_SOURCE.pipelines,
      filter: ['all', STATUS_IS('operating'), YEAR_FILTER],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: { ...common, 'line-color': statusColour(['operating']) },
    },
  ];
}

/** The pipeline and site layers, bottom to top: above the land, below the place labels. */
export function energyLayers(): LayerSpecification[] {
  return [
    ...statusLines(),
    {
      // A wide pale band under the hovered or selected line: it reads without colour vision.
      id: ENERGY_LAYER.highlight, type: 'line', source: ENERGY_SOURCE.pipelines, filter: YEAR_FILTER,
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': '#ffd43b',
        // The width alone picks the line (0 for the rest), so the opacity can stay feature-free.
        'line-width': ['case', IS_SELECTED, 9, IS_HOVERED, 7, 0],
        'line-opacity': inEnergyEra(0.75),
        'line-opacity-transition': ERA_FADE,
        'line-offset': OFFSET,
      },
    },
    {
      // Chevrons along the line, pointing from its first coordinate to its last: upstream to
      // downstream. A pattern as wide as the line it rides on, transparent between chevrons.
      // From zoom 5: in the opening view of the whole frontier the chevrons crowded every corridor
      // (and their pattern's shader program is one compile fewer in that first view).
      id: ENERGY_LAYER.flow, type: 'line', source: ENERGY_SOURCE.pipelines,
      filter: ['all', ['!=', ['get', 'status'], 'cancelled'], YEAR_FILTER],
      minzoom: 5,
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-pattern': byCommodity((c) => FLOW_PATTERN[c]),
        'line-width': FLOW_LINE_WIDTH_PX,
        'line-offset': OFFSET,
        'line-opacity': inEnergyEra(1),
        'line-opacity-transition': ERA_FADE,
      },
    },
    {
      // Invisible and 16 px wide: a click a few pixels either side of the line still finds it.
      id: ENERGY_LAYER.hit, type: 'line', source: ENERGY_SOURCE.pipelines, filter: YEAR_FILTER,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#000000', 'line-width': 16, 'line-opacity': 0 },
    },
    {
      id: ENERGY_LAYER.facilityMarkers, type: 'symbol', source: ENERGY_SOURCE.facilities, filter: YEAR_FILTER,
      layout: {
        'icon-image': byKind((k) => markerImageId(FACILITY_MARKERS[k].shape)),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 4, 0.55, 9, 0.85],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        // Unbuilt sites fade through the colour's alpha, so the era can own the opacity.
        'icon-color': ['case', UNBUILT, byKind((k) => fade(FACILITY_MARKERS[k].colour, UNBUILT_ALPHA)), byKind((k) => FACILITY_MARKERS[k].colour)],
        'icon-halo-color': ['case', IS_SELECTED, '#ffd43b', IS_HOVERED, '#fff3bf', '#ffffff'],
        'icon-halo-width': ['case', IS_SELECTED, 3, IS_HOVERED, 2.5, 1.5],
        'icon-opacity': symbolsShown(1),
      },
    },
    {
      id: ENERGY_LAYER.facilityLabels, type: 'symbol', source: ENERGY_SOURCE.facilities, filter: YEAR_FILTER,
      minzoom: 6.5,
      layout: {
        'text-field': ENERGY_NAME,
        'text-font': FONT,
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2, 'text-opacity': symbolsShown(1) },
    },
    {
      id: ENERGY_LAYER.facilityHit, type: 'circle', source: ENERGY_SOURCE.facilities, filter: YEAR_FILTER,
      paint: { 'circle-radius': 12, 'circle-color': '#000000', 'circle-opacity': 0 },
    },
  ];
}

/** Sources and layers in the shape `atlasOverlays` merges. */
export function energyOverlays(dataUrl: string): { sources: Record<string, GeoJSONSourceSpecification>; layers: LayerSpecification[] } {
  return { sources: energySources(dataUrl), layers: energyLayers() };
}

/**
 * The atlas's own MapLibre style: sea, land, inland water, coastline and labels, with no tile,
 * glyph or sprite server. Labels are drawn from bundled font files (`font-faces`), and their
 * language follows the `lang` global state, so a language switch needs no new style.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER, SOURCE, type Language } from './ids.ts';
import { PALETTE } from './palette.ts';
import { MARKER_RADIUS_PX, MARKER_SHAPES, markerImageId } from './marker-shapes.ts';
import { DEFAULT_POV } from '../geo/point-of-view.ts';


export const FONT = ['Noto Sans Regular'];

/** The town dot: the markers' disc, drawn 2.5 px in radius. */
export const TOWN_DOT_IMAGE = markerImageId('circle');
const TOWN_DOT_SIZE = 2.5 / (MARKER_SHAPES.circle[0].disc * MARKER_RADIUS_PX);

/**
 * A town whose name dates from after 1945 (`named`, geo/sources/labels.ts: the Soviet renaming
 * of southern Sakhalin and the Kurils) is drawn on the 1945–today map only: on an earlier era's
 * map the name would be one the place did not bear. Paint, not a filter, so that an era switch
 * re-places no label (the town keeps its place, unseen).
 */
export const TOWN_NAMED_IN_ERA: ExpressionSpecification = ['case', ['all', ['has', 'named'], ['!=', ['global-state', 'era'], '1945']], 0, 1];

/** The label text in the interface language, falling back to English. */
export const LABEL_TEXT: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name_', ['global-state', 'lang']]],
  ['get', 'name_en'],
];

/**
 * Where a name may go when its own place is taken, most often by a marker (the markers are
 * placed before the labels, and the labels keep off them): centred on its point first, then
 * beside it, and then farther out, for a cluster bubble is up to 46 px across. Near: east first,
 * then the diagonals, south and north; far: north and south first, which keep the name over its
 * own island's line on the map rather than over the next island east. West last: along the Kurils
 * west is often Hokkaido, where an island's name would read as a place on Hokkaido. Offsets in
 * ems, as `text-offset`. Layout only, and constant: an era switch does not re-place the labels.
 */
export function freeSideOffsets(near: number, far: number): (string | [number, number])[] {
  const ring = (d: number, anchors: string[]) => {
    const c = Math.round((d / Math.SQRT2) * 100) / 100;
    const offset: Record<string, [number, number]> = {
      left: [d, 0], 'top-left': [c, c], 'bottom-left': [c, -c], top: [0, d], bottom: [0, -d],
      right: [-d, 0], 'top-right': [-c, c], 'bottom-right': [-c, -c],
    };
    return anchors.flatMap((a) => [a, offset[a]]);
  };
  const westward = ['right', 'top-right', 'bottom-right'];
  return [
    'center', [0, 0],
    ...ring(near, ['left', 'bottom-left', 'top-left', 'bottom', 'top']),
    ...ring(far, ['bottom', 'top', 'bottom-left', 'top-left']),
    ...ring(near, westward),
    ...ring(far, ['left', ...westward]),
  ];
}

const FREE_SIDE = { 'text-variable-anchor-offset': freeSideOffsets(1, 2.2) as unknown as ExpressionSpecification };

export interface BaseStyleOptions {
  /** Absolute URL of the folder holding land.geojson, labels.geojson, islands.geojson. */
  dataUrl: string;
  /** The `font-faces` object, with absolute URLs. */
  fontFaces: Record<string, { url: string; 'unicode-range'?: string[] }[]>;
  lang: Language;
  /**
   * Extra sources and layers from the feature modules: `sea` on the sea under the land, `layers`
   * above the land and below the labels, `top` above the labels (markers no label may hide).
   */
  overlays?: { sources: Record<string, SourceSpecification>; sea?: LayerSpecification[]; layers: LayerSpecification[]; top?: LayerSpecification[] };
  /** Extra global state the overlays use, with its defaults. */
  state?: Record<string, { default: unknown }>;
}

export function baseSources(dataUrl: string): Record<string, SourceSpecification> {
  return {
    [SOURCE.land]: {
      type: 'geojson',
      data: `${dataUrl}/land.geojson`,
      // (OpenStreetMap is credited by the map's attribution control, create-map.ts, whose words
      // can follow the language; a source's attribution is fixed for the source's life.)
    },
    // Filled in by the app once it has loaded islands.geojson for the panels, so the file is
    // fetched and parsed once, after the first view.
    [SOURCE.islands]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
    [SOURCE.labels]: { type: 'geojson', data: `${dataUrl}/labels.geojson` },
  };
}

export function baseLayers(): { below: LayerSpecification[]; above: LayerSpecification[] } {
  const below: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      // Land and inland water in one layer, their colours read per feature: with the era tint's
      // per-feature colours, every fill of the first view shares one shader program.
      // The fill's own 1 px outline draws coasts and land borders: a line layer over the same
      // polygons cost about a tenth of the first view's time in software WebGL.
      id: LAYER.land, type: 'fill', source: SOURCE.land, filter: ['match', ['get', 'kind'], ['land', 'water'], true, false],
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'water', PALETTE.water, PALETTE.land],
        'fill-outline-color': ['match', ['get', 'kind'], 'water', PALETTE.water, PALETTE.landOutline],
      },
    },
  ];
  const above: LayerSpecification[] = [
    {
      // Invisible fill: the click and hover target for islands (opacity 0 still takes events).
      id: LAYER.islandHit, type: 'fill', source: SOURCE.islands,
      paint: { 'fill-color': PALETTE.hover, 'fill-opacity': 0 },
    },
    {
      id: LAYER.islandHover, type: 'line', source: SOURCE.islands,
      paint: {
        'line-color': PALETTE.hover,
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0],
      },
    },
    {
      id: LAYER.coastline, type: 'line', source: SOURCE.islands,
      filter: ['!=', ['get', 'id'], 'kamchatka'],
      paint: {
        'line-color': PALETTE.coastline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.2],
      },
    },
    {
      id: LAYER.labelSea, type: 'symbol', source: SOURCE.labels, filter: ['==', ['get', 'kind'], 'sea'],
      layout: {
        'text-field': LABEL_TEXT, 'text-font': FONT, 'text-size': 15, 'text-letter-spacing': 0.15,
        'text-max-width': 8, 'symbol-sort-key': ['get', 'rank'], ...FREE_SIDE,
      },
      paint: { 'text-color': PALETTE.labelSea, 'text-halo-color': PALETTE.sea, 'text-halo-width': 1 },
    },
    {
      id: LAYER.labelStrait, type: 'symbol', source: SOURCE.labels, filter: ['==', ['get', 'kind'], 'strait'],
      minzoom: 4.5,
      layout: {
        'text-field': LABEL_TEXT, 'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 13],
        'text-max-width': 7, 'symbol-sort-key': ['get', 'rank'], ...FREE_SIDE,
      },
      paint: { 'text-color': PALETTE.labelStrait, 'text-halo-color': PALETTE.sea, 'text-halo-width': 1.2 },
    },
    {
      // The town's dot is this layer's icon (the marker shapes' disc), always drawn, and its name
      // is drawn where it fits: one layer for both, the dot placed with its name.
      id: LAYER.labelTown, type: 'symbol', source: SOURCE.labels, filter: ['==', ['get', 'kind'], 'town'],
      minzoom: 4,
      layout: {
        'icon-image': TOWN_DOT_IMAGE, 'icon-size': TOWN_DOT_SIZE,
        'icon-allow-overlap': true, 'icon-ignore-placement': true,
        'text-field': LABEL_TEXT, 'text-font': FONT, 'text-size': 11, 'text-anchor': 'left',
        'text-offset': [0.5, 0], 'text-max-width': 9, 'symbol-sort-key': ['get', 'rank'],
        'text-optional': true,
      },
      paint: {
        'icon-color': PALETTE.labelLand, 'icon-halo-color': PALETTE.halo, 'icon-halo-width': 1,
        'text-color': PALETTE.labelLand, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.2,
        'icon-opacity': TOWN_NAMED_IN_ERA, 'text-opacity': TOWN_NAMED_IN_ERA,
      },
    },
    {
      id: LAYER.labelIsland, type: 'symbol', source: SOURCE.labels, filter: ['==', ['get', 'kind'], 'island'],
      layout: {
        'text-field': LABEL_TEXT, 'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, ['match', ['get', 'rank'], 1, 13, 10], 9, 16],
        'text-max-width': 8, 'symbol-sort-key': ['get', 'rank'], ...FREE_SIDE,
      },
      paint: { 'text-color': PALETTE.labelLand, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.5 },
    },
  ];
  return { below, above };
}

/** The whole style: base land, the overlays of the feature modules, then labels on top. */
export function buildStyle(opts: BaseStyleOptions): StyleSpecification {
  const { below, above } = baseLayers();
  const labels: LayerSpecification[] = above.filter((l) => l.type === 'symbol');
  const islandLayers = above.filter((l) => !labels.includes(l));
  return {
    version: 8,
    name: 'Kuril Atlas',
    state: { lang: { default: opts.lang }, pov: { default: DEFAULT_POV }, ...(opts.state ?? {}) },
    'font-faces': opts.fontFaces,
    sources: { ...baseSources(opts.dataUrl), ...(opts.overlays?.sources ?? {}) },
    layers: [below[0], ...(opts.overlays?.sea ?? []), ...below.slice(1), ...(opts.overlays?.layers ?? []), ...islandLayers, ...labels, ...(opts.overlays?.top ?? [])],
  } as StyleSpecification;
}

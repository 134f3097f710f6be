/**
 * The one map factory of the app: the main map and the era comparison's second map are both
 * made here, from the base style and the features' overlays. React never re-creates a map; the
 * synchroniser (src/map/sync.ts) brings it in step with the app's state.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type LayerSpecification, type SourceSpecification, type StyleImageMetadata } from 'maplibre-gl';
// MapLibre finds its worker beside its own module, which a bundler moves: give it the bundled URL.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { INITIAL_VIEW, MAX_BOUNDS, type Language } from './ids.ts';
import { buildStyle } from './style.ts';
import type { FontFaces } from './fonts.ts';
import type { RgbaImage } from './rgba-image.ts';
import { addLaterLayers, splitFirstView } from './first-view-layers.ts';
import { drawFirstViewComplete, LOADING_PIXEL_RATIO, type FirstViewHold } from './complete-first-view.ts';
import { ATTRIBUTION, COMPARISON_MAP_TITLE, MAPLIBRE_WORDS } from '../i18n/maplibre-words.ts';

/** What the map needs of the features: their sources and layers, global state and images. */
export interface MapParts {
  sources: Record<string, SourceSpecification>;
  /** Drawn above the land, below the labels. */
  layers: LayerSpecification[];
  /** Drawn above the labels. */
  /** Layers on the sea, under the land. */
  sea: LayerSpecification[];
  top: LayerSpecification[];
  state: Record<string, { default: unknown }>;
  /** Sources the first view leaves empty (their layers come at the first idle). */
  filledLater: ReadonlySet<string>;
  /** Images added as soon as the style has loaded (the first view draws with them). */
  earlyImages: readonly string[];
  /** Makes a generated image, or null for an id no feature knows. */
  image: (id: string) => { image: RgbaImage; options: Partial<StyleImageMetadata> } | null;
}

export interface CreateMapOptions {
  container: HTMLElement;
  baseUrl: string;
  fontFaces: FontFaces;
  lang: Language;
  parts: MapParts;
  /** Initial values of global state (era, selection), overriding the style's defaults. */
  globalState?: Record<string, unknown>;
  /**
   * The main map keeps its view in the URL hash and adds the first view's empty layers and its
   * controls at its first idle; the comparison map starts on `camera`, never touches the hash,
   * and has every layer at once.
   */
  role: 'main' | { compareWith: MapLibreMap };
}

/** The map, and its first view's hold (complete-first-view.ts): whether it held (the main map's), and how many frames it drew small. */
export function createAtlasMap(opts: CreateMapOptions): { map: MapLibreMap; firstView: FirstViewHold } {
  setWorkerUrl(workerUrl);
  const dataUrl = new URL('data', opts.baseUrl).href;
  const { parts } = opts;
  const style = buildStyle({
    dataUrl,
    fontFaces: opts.fontFaces,
    lang: opts.lang,
    overlays: { sources: parts.sources, sea: parts.sea, layers: parts.layers, top: parts.top },
    state: parts.state,
  });
  const main = opts.role === 'main';
  // The main map's layers of the sources the first view leaves empty come at its end (first-view-layers.ts).
  const { first, later } = main ? splitFirstView(style.layers, parts.filledLater) : { first: style.layers, later: [] };
  const camera = main
    ? { center: INITIAL_VIEW.center, zoom: INITIAL_VIEW.zoom }
    : (({ compareWith: m }) => ({ center: m.getCenter(), zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() }))(opts.role as { compareWith: MapLibreMap });
  const map = new MapLibreMap({
    container: opts.container,
    style: { ...style, layers: first },
    globalState: opts.globalState,
    ...camera,
    maxBounds: MAX_BOUNDS,
    hash: main,
    attributionControl: false,
    // CJK ideographs also come from the bundled files; this is only the last fallback.
    localIdeographFontFamily: "'Noto Sans JP', sans-serif",
    cooperativeGestures: false,
    // MapLibre's controls and the canvas's name in the language the map starts in (ui-words.ts).
    // The canvas is a region named by MapLibre's 'Map.Title'; with the comparison open there are
    // two canvases, and two regions called "Map" would not tell a screen reader which is which.
    locale: { ...MAPLIBRE_WORDS[opts.lang], ...(main ? {} : { 'Map.Title': COMPARISON_MAP_TITLE[opts.lang] }) },
    // The style is ours and checked against the style spec by the unit tests (style.test.ts and
    // the feature modules' tests); validating it again on every load cost the main thread ~35 ms.
    validateStyle: false,
    // The main map: small and hidden until the first view is complete (complete-first-view.ts).
    ...(main ? { pixelRatio: LOADING_PIXEL_RATIO } : {}),
  });
  provideImages(map, parts);
  if (!main) {
    // The comparison map covers the main map's right-hand controls, so it carries its own.
    map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    setAttribution(map, opts.lang);
    return { map, firstView: { held: false, skipped: () => 0 } };
  }
  const firstView = drawFirstViewComplete(map);
  // So do the controls: nobody can use them under the loading notice. This listener is the map's
  // first, so whoever waits for the first idle (the app, the tests) finds the whole style.
  map.once('idle', () => {
    // The bench reads this mark: navigation to the first complete frame.
    performance.mark('atlas-first-idle');
    addLaterLayers(map, later);
    map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    // (unless the app has already set them in a language chosen since the map was made)
    if (!lastAttribution.has(map)) setAttribution(map, opts.lang);
  });
  return { map, firstView };
}

const lastAttribution = new WeakMap<MapLibreMap, { lang: Language; control: AttributionControl }>();

/**
 * The map's credits in `lang`: the atlas, and OpenStreetMap's contributors under the ODbL (for
 * the land). MapLibre's attribution control takes its words only when made, so a language switch
 * replaces the control (removeControl and addControl, its public way). The credits are ours, not
 * the land source's `attribution`, which is fixed for the source's life.
 */
export function setAttribution(map: MapLibreMap, lang: Language): void {
  const last = lastAttribution.get(map);
  if (last?.lang === lang) return;
  if (last) map.removeControl(last.control);
  const words = ATTRIBUTION[lang];
  const control = new AttributionControl({
    compact: false,
    customAttribution: [words.atlas, `© <a href="https://www.openstreetmap.org/copyright">${words.osm}</a> (ODbL)`],
  });
  map.addControl(control, 'bottom-right');
  lastAttribution.set(map, { lang, control });
}

/**
 * Supplies the features' generated images (hatch patterns, marker shapes, flow chevrons), so that
 * no layer ever draws with a missing image: those of the first view as soon as the style has
 * loaded, the rest when the map first asks for them. An image added while a tile waits for it
 * makes MapLibre reload every tile that uses images, so the first view's are added before any
 * tile exists.
 */
function provideImages(map: MapLibreMap, parts: MapParts): void {
  const provide = (id: string) => {
    if (map.hasImage(id)) return;
    const made = parts.image(id);
    if (made) map.addImage(id, made.image, made.options);
  };
  map.setMissingStyleImageResolver(provide);
  const onLoad = () => { for (const id of parts.earlyImages) provide(id); };
  if (map.isStyleLoaded()) onLoad();
  else map.once('style.load', onLoad);
}

/**
 * Resolves when the map is idle: at once if it already is, else on its next `idle` event.
 * Tests and the bench wait on this, never on timers.
 */
export function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
    else map.once('idle', () => resolve());
  });
}

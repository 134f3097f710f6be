/**
 * Creates the one imperative MapLibre map of the app. React never re-creates it; it pushes
 * changes (language, era, selections) into it through the functions of src/map.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
// MapLibre finds its worker beside its own module, which a bundler moves: give it the bundled URL.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { INITIAL_VIEW, MAX_BOUNDS, type Language } from './ids.ts';
import { buildStyle } from './style.ts';
import type { FontFaces } from './fonts.ts';
import { ATLAS_STATE, atlasOverlays, prepareOverlays } from './overlays.ts';
import { addLaterLayers, splitFirstView } from './first-view-layers.ts';
import { drawFirstViewComplete, LOADING_PIXEL_RATIO, type FirstViewHold } from './complete-first-view.ts';

export interface CreateMapOptions {
  container: HTMLElement;
  baseUrl: string;
  fontFaces: FontFaces;
  lang: Language;
  /** Initial values of global state (era, selection), overriding the style's defaults. */
  globalState?: Record<string, unknown>;
}

/** The map, and its first view's hold (complete-first-view.ts): whether it held, and how many frames it drew small. */
export function createAtlasMap(opts: CreateMapOptions): { map: MapLibreMap; firstView: FirstViewHold } {
  setWorkerUrl(workerUrl);
  const dataUrl = new URL('data', opts.baseUrl).href;
  const style = buildStyle({
    dataUrl,
    fontFaces: opts.fontFaces,
    lang: opts.lang,
    overlays: atlasOverlays(dataUrl),
    state: ATLAS_STATE,
  });
  // The layers of the sources the first view leaves empty come at its end (first-view-layers.ts).
  const { first, later } = splitFirstView(style.layers);
  const map = new MapLibreMap({
    container: opts.container,
    style: { ...style, layers: first },
    globalState: opts.globalState,
    center: INITIAL_VIEW.center,
    zoom: INITIAL_VIEW.zoom,
    maxBounds: MAX_BOUNDS,
    hash: true,
    attributionControl: false,
    // CJK ideographs also come from the bundled files; this is only the last fallback.
    localIdeographFontFamily: "'Noto Sans JP', sans-serif",
    cooperativeGestures: false,
    // The style is ours and checked against the style spec by the unit tests (style.test.ts and
    // the feature modules' tests); validating it again on every load cost the main thread ~35 ms.
    validateStyle: false,
    // Small and hidden until the first view is complete (complete-first-view.ts).
    pixelRatio: LOADING_PIXEL_RATIO,
  });
  const firstView = drawFirstViewComplete(map);
  prepareOverlays(map);
  // So do the controls: nobody can use them under the loading notice. This listener is the map's
  // first, so whoever waits for the first idle (the app, the tests) finds the whole style.
  map.once('idle', () => {
    // The bench reads this mark: navigation to the first complete frame.
    performance.mark('atlas-first-idle');
    addLaterLayers(map, later);
    map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false, customAttribution: 'Kuril Atlas' }), 'bottom-right');
  });
  return { map, firstView };
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

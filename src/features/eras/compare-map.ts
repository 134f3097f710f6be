/**
 * The second map of the era comparison: the atlas's own style with its own `era` global state,
 * and cameras kept in step both ways. The main map owns the URL hash; this one never touches it.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, type GeoJSONSource, type JumpToOptions, type LngLatLike, type Source } from 'maplibre-gl';
import { MAX_BOUNDS, SOURCE, type Language } from '../../map/ids.ts';
import { buildStyle } from '../../map/style.ts';
import type { FontFaces } from '../../map/fonts.ts';
import { ATLAS_STATE, atlasOverlays, initialGlobalState, prepareOverlays } from '../../map/overlays.ts';
import type { EraId } from '../../geo/eras.ts';
import type { IslandCollection } from '../../geo/types.ts';

export interface CompareMapOptions {
  container: HTMLElement;
  baseUrl: string;
  fontFaces: FontFaces;
  lang: Language;
  era: EraId;
  /** The map to start from: its camera and the rest of its global state are copied. */
  main: MapLibreMap;
}

/**
 * Creates the comparison map over `container`, on the main map's camera and global state except
 * `era`. The worker URL is already set by the main map.
 */
export function createCompareMap(opts: CompareMapOptions): MapLibreMap {
  const dataUrl = new URL('data', opts.baseUrl).href;
  const { main } = opts;
  const map = new MapLibreMap({
    container: opts.container,
    style: buildStyle({ dataUrl, fontFaces: opts.fontFaces, lang: opts.lang, overlays: atlasOverlays(dataUrl), state: ATLAS_STATE }),
    globalState: { ...main.getGlobalState(), lang: opts.lang, ...initialGlobalState(opts.era) },
    center: main.getCenter(),
    zoom: main.getZoom(),
    bearing: main.getBearing(),
    pitch: main.getPitch(),
    maxBounds: MAX_BOUNDS,
    hash: false,
    attributionControl: false,
    localIdeographFontFamily: "'Noto Sans JP', sans-serif",
  });
  prepareOverlays(map);
  // This map covers the main map's right-hand controls, so it carries its own.
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: false, customAttribution: 'Kuril Atlas' }), 'bottom-right');
  return map;
}

/** What filling the islands source needs of a map. */
export interface IslandsTarget {
  getSource<S extends Source>(id: string): S | undefined;
  once(type: 'style.load', listener: () => void): unknown;
  off(type: 'style.load', listener: () => void): unknown;
}

/**
 * Gives a map's islands source the atlas's islands, which the style leaves empty for the app to
 * fill (see `buildStyle`); without them the map draws no coastline. A map made moments ago has
 * no sources until its style loads, a frame later, so the fill waits for `style.load` then.
 * Returns a function that cancels a fill still waiting.
 */
export function fillIslands(map: IslandsTarget, islands: IslandCollection): () => void {
  const fill = () => {
    map.getSource<GeoJSONSource>(SOURCE.islands)?.setData(islands).catch((e: unknown) => console.warn('compare map islands:', e));
  };
  if (map.getSource(SOURCE.islands)) {
    fill();
    return () => {};
  }
  map.once('style.load', fill);
  return () => { map.off('style.load', fill); };
}

/** What camera syncing needs of a map. */
export interface SyncableCamera {
  getCenter(): LngLatLike;
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  jumpTo(options: JumpToOptions): unknown;
  on(type: 'move', listener: () => void): unknown;
  off(type: 'move', listener: () => void): unknown;
}

/**
 * Keeps two maps on one camera: a move of either is copied to the other with `jumpTo`. The
 * copy fires the other map's own `move` synchronously; the guard ignores it, so there is no
 * feedback loop. Returns a function that unbinds both.
 */
export function syncCameras(a: SyncableCamera, b: SyncableCamera): () => void {
  let copying = false;
  const follow = (from: SyncableCamera, to: SyncableCamera) => () => {
    if (copying) return;
    copying = true;
    try {
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    } finally {
      copying = false;
    }
  };
  const aToB = follow(a, b);
  const bToA = follow(b, a);
  a.on('move', aToB);
  b.on('move', bToA);
  aToB();
  return () => {
    a.off('move', aToB);
    b.off('move', bToA);
  };
}

/** The era to compare with when none is chosen: the one before, or for the first era the next. */
export function defaultCompareEra(era: EraId, eras: readonly EraId[]): EraId {
  const i = eras.indexOf(era);
  return i > 0 ? eras[i - 1] : eras[Math.min(1, eras.length - 1)];
}

/** Clamps a swipe position to the map: a fraction of its width, kept off the very edges. */
export function clampSwipe(fraction: number): number {
  return Math.min(0.98, Math.max(0.02, fraction));
}

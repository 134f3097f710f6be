/**
 * Starts the map as the page's first act, before React renders anything: the map container is
 * in index.html, so the style's sources begin loading while the interface is still being built.
 * Resolves with the map once its style has loaded (so every caller may set global state or add
 * layers), or rejects with a message a reader can act on.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EraId } from '../geo/eras.ts';
import type { Language } from './ids.ts';
import { createAtlasMap, whenIdle } from './create-map.ts';
import { loadFontFaces } from './fonts.ts';
import { initialGlobalState, showEra } from './overlays.ts';
import { hasWebGL } from './webgl.ts';

declare global {
  interface Window {
    /**
     * For the browser tests and the bench: the map, a promise for its next idle, and the map side
     * of an era switch as the app does it (`showEra`).
     */
    kurilAtlas?: { map: MapLibreMap; whenIdle: () => Promise<void>; showEra: (era: EraId) => void };
  }
}

export const NO_WEBGL =
  'This browser cannot draw the map: WebGL is turned off or not supported. Try another browser, or turn on hardware acceleration.';

export async function startAtlasMap(container: HTMLElement, opts: { lang: Language; era: EraId }): Promise<MapLibreMap> {
  if (!hasWebGL()) throw new Error(NO_WEBGL);
  const baseUrl = new URL('.', window.location.href).href;
  let fontFaces;
  try {
    fontFaces = await loadFontFaces(baseUrl);
  } catch (e) {
    throw new Error(`The map could not start: ${e instanceof Error ? e.message : String(e)}`);
  }
  const map = createAtlasMap({ container, baseUrl, fontFaces, lang: opts.lang, globalState: initialGlobalState(opts.era) });
  window.kurilAtlas = { map, whenIdle: () => whenIdle(map), showEra: (era) => showEra(map, era) };
  map.on('error', (e) => console.warn('map:', e.error?.message ?? e));
  // The bench reads this mark: navigation to the first complete frame.
  map.once('idle', () => performance.mark('atlas-first-idle'));
  await new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  return map;
}

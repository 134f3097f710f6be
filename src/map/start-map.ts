/**
 * Starts the map as the page's first act, before React renders anything: the map container is
 * in index.html, so the style's sources begin loading while the interface is still being built.
 * Resolves with the map once its style has loaded (so every caller may set global state or add
 * layers), or rejects with a message a reader can act on.
 */
import { GPUInitializationError, type Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from './ids.ts';
import { createAtlasMap, whenIdle, type MapParts } from './create-map.ts';
import type { FirstViewHold } from './complete-first-view.ts';
import { loadFontFaces, preloadedFetches, type FontFaces } from './fonts.ts';

export const NO_WEBGL =
  'This browser cannot draw the map: WebGL is turned off or not supported. Try another browser, or turn on hardware acceleration.';

export interface StartOptions {
  lang: Language;
  /** The global state the map starts with (the app's state, as the features' pictures give it). */
  globalState: Record<string, unknown>;
  parts: MapParts;
}

export async function startAtlasMap(container: HTMLElement, opts: StartOptions): Promise<{ map: MapLibreMap; fontFaces: FontFaces; firstView: FirstViewHold }> {
  const fontFaces = await fontFacesOrThrow();
  const { map, firstView } = createMap(container, opts, fontFaces);
  await new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  return { map, fontFaces, firstView };
}

/**
 * Resolves once the map's first view is drawn (its first idle), once the map has failed to start,
 * or after `maxWaitMs`, whichever comes first. Never rejects: the failure itself is `start`'s.
 * src/main.tsx mounts the interface then (see there why).
 */
export function firstViewSettled(start: Promise<{ map: MapLibreMap }>, maxWaitMs = 6000): Promise<void> {
  const drawn = start.then(({ map }) => whenIdle(map), () => undefined);
  return Promise.race([drawn, new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}

async function fontFacesOrThrow(): Promise<FontFaces> {
  try {
    return await loadFontFaces(new URL('.', window.location.href).href, fetch, preloadedFetches(document));
  } catch (e) {
    throw new Error(`The map could not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function createMap(container: HTMLElement, opts: StartOptions, fontFaces: FontFaces): { map: MapLibreMap; firstView: FirstViewHold } {
  const baseUrl = new URL('.', window.location.href).href;
  let created: ReturnType<typeof createAtlasMap>;
  try {
    created = createAtlasMap({ container, baseUrl, fontFaces, lang: opts.lang, globalState: opts.globalState, parts: opts.parts, role: 'main' });
  } catch (e) {
    // MapLibre asks for the WebGL context itself: no probe of our own first, since creating a
    // context is the costliest step of the map's start in software WebGL (about 90 ms here).
    if (e instanceof GPUInitializationError) throw new Error(NO_WEBGL, { cause: e });
    throw e;
  }
  // scripts/first-view-phases.mts reads this mark, as it does on the bench's bare page.
  performance.mark('atlas-map-created');
  created.map.on('error', (e) => console.warn('map:', e.error?.message ?? e));
  // Nothing is drawn at full size under the loading notice until the first view is complete
  // (createAtlasMap starts the hold).
  return created;
}

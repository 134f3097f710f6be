/**
 * `window.kurilAtlas`: what the browser tests, the bench and the scripts reach the map through.
 * Only in a build made for them (`vite build --mode test`, see vite.config.ts): there
 * `import.meta.env.VITE_TEST_HOOKS` is true; in the production build it is false, every call
 * of this module sits behind `if (import.meta.env.VITE_TEST_HOOKS)` (written out at each call, so
 * the bundler sees a constant), and the bundler drops this module (test/browser/production-build.test.ts
 * checks that no `kurilAtlas` is left in the production build's JavaScript).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EraId } from '../geo/eras.ts';
import type { AtlasStore } from '../state/store.ts';
import type { FirstViewHold } from './complete-first-view.ts';

export interface TestHooks {
  map: MapLibreMap;
  /** A promise for the map's next idle (at once if it is idle). */
  whenIdle: () => Promise<void>;
  /** The era switch as the app makes it: a store change, which the synchroniser applies. */
  showEra: (era: EraId) => void;
  /** The app's one state. */
  store: AtlasStore;
  /** Whether the first view was held until complete, and how many frames MapLibre drew small meanwhile. */
  firstView: FirstViewHold;
}

/** The comparison map while it is open. */
export interface CompareTestHooks { map: MapLibreMap; whenIdle: () => Promise<void> }

declare global {
  interface Window {
    kurilAtlas?: TestHooks;
    kurilAtlasCompare?: CompareTestHooks;
  }
}

export function installTestHooks(hooks: TestHooks): void {
  window.kurilAtlas = hooks;
}

/** Exposes the comparison map; the returned function takes it away again. */
export function installCompareTestHooks(hooks: CompareTestHooks): () => void {
  window.kurilAtlasCompare = hooks;
  return () => { if (window.kurilAtlasCompare?.map === hooks.map) delete window.kurilAtlasCompare; };
}

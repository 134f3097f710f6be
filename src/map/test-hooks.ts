/**
 * Hooks for the browser tests and the bench: the map, a promise for its next idle, the store,
 * and the era switch as the app does it. Installed by src/main.tsx.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EraId } from '../geo/eras.ts';
import type { AtlasStore } from '../state/store.ts';

export interface TestHooks {
  map: MapLibreMap;
  whenIdle: () => Promise<void>;
  /** The era switch as the app makes it: a store change, which the synchroniser applies. */
  showEra: (era: EraId) => void;
  store: AtlasStore;
  /** Whether the first view's drawing was held until complete, and how many frames it skipped. */
  firstView: { held: boolean; skipped: () => number };
}

declare global {
  interface Window { kurilAtlas?: TestHooks }
}

export function installTestHooks(hooks: TestHooks): void {
  window.kurilAtlas = hooks;
}

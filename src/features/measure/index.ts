/**
 * Measure: the shortest coast-to-coast distance between two places (exact, on the ellipsoid),
 * an island's area, and a path clicked on the map with its lengths and, closed, its area.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import { measureOverlay, MEASURE_SOURCE } from './layers.ts';
import { measureParams, measureSlice, type MeasureState } from './state.ts';

export const measureFeature: AtlasFeature<MeasureState> = {
  id: 'measure',
  slice: measureSlice,
  params: measureParams,
  overlay: () => measureOverlay(),
  // Drawn on demand: the layers wait for the first idle.
  filledLater: Object.values(MEASURE_SOURCE),
  tab: { id: 'measure', label: 'app.tab.measure', order: 5 },
  ui: () => import('./ui.tsx').then((m) => m.measureUi),
  exports: () => import('./export.ts').then((m) => m.measureExport),
};

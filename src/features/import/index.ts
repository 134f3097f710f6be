/**
 * Import: a reader's own GeoJSON, opened or dropped on the map, checked off the page's thread,
 * drawn as its own named layer, listed, shown or hidden and removed, kept in this browser until
 * removed and never sent anywhere; measured exactly to the nearest island, an island, or another
 * import. Nothing of it is in the style the map starts with: its layers are added at run time,
 * and its code loads after the first view.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import { importSlice, type ImportState } from './state.ts';

export const importFeature: AtlasFeature<ImportState> = {
  id: 'import',
  slice: importSlice,
  tab: { id: 'import', label: 'import.tab', order: 7 },
  ui: () => import('./ui.tsx').then((m) => m.importUi),
  exports: () => import('./export.ts').then((m) => m.importExport),
};

/**
 * Export and print: a picture of the map composed with its title, legend, scale, sources, link
 * and date; a print sheet; the data shown as GeoJSON and CSV. The control and the print sheet
 * come in the interface chunk after the first view; the picture's and the files' code load on first
 * use, and every feature's part (`exports` in each descriptor) when the sources are first gathered,
 * a moment after the interface renders (ui.tsx).
 */
import type { AtlasFeature } from '../../ui/feature.ts';

export const exportFeature: AtlasFeature = {
  id: 'export',
  ui: () => import('./ui.tsx').then((m) => m.exportUi),
};

/**
 * Export and print: a picture of the map composed with its title, legend, scale, sources, link
 * and date; a print sheet; the data shown as GeoJSON and CSV. The control and the print sheet
 * come in the interface chunk after the first view; the picture, the files and every feature's
 * part of them (`exports` in each descriptor) load only when a reader first uses them.
 */
import type { AtlasFeature } from '../../ui/feature.ts';

export const exportFeature: AtlasFeature = {
  id: 'export',
  ui: () => import('./ui.tsx').then((m) => m.exportUi),
};

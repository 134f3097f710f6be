/**
 * The import's interface, loaded after the first view: the layers kept from earlier visits read
 * from IndexedDB, what the map shows of the imports (each as its own source and layers, added
 * through the synchroniser), the Import tab, the drop zone on the map and the legend's rows. The
 * checker itself is in the worker's chunk, loaded when a file is opened.
 */
import type { FeatureUi } from '../../ui/feature.ts';
import { restoreKept } from './actions.ts';
import { importPicture } from './computed.ts';
import { ImportDropZone } from './drop-zone.tsx';
import { ImportLegendItems } from './legend.tsx';
import { ImportSection } from './section.tsx';
import './import.css';

export const importUi: FeatureUi = {
  load: (store) => { void restoreKept(store); },
  picture: importPicture,
  Section: ImportSection,
  MapOverlay: ImportDropZone,
  LegendItems: ImportLegendItems,
};

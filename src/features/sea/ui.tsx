/** The sea's interface: the zones' load, the map bindings and the Sea tab. */
import { setSlice } from '../../state/store.ts';
import { loadInto } from '../../ui/data-file.ts';
import type { FeatureUi } from '../../ui/feature.ts';
import { checkMaritime, type MaritimeCollection } from './contract.ts';
import { bindSeaEvents } from './interaction.ts';
import { SeaSection } from './section.tsx';
import { SeaLegendItems } from './legend.tsx';
import { seaSlice } from './state.ts';

export const seaUi: FeatureUi = {
  load: (store) => loadInto<MaritimeCollection>({
    file: 'maritime.geojson', check: checkMaritime, store, noticeId: 'sea',
    failure: 'sea.data.failed',
    describe: (reason) => `The sea zones could not be loaded (${reason}).`,
    failed: (message, notice) => setSlice(store, seaSlice, { data: { kind: 'error', message, notice } }),
    done: (data) => setSlice(store, seaSlice, { data: { kind: 'ready', data } }),
  }),
  bind: bindSeaEvents,
  Section: SeaSection,
  LegendItems: SeaLegendItems,
};

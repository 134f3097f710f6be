/** The islands' interface: the data load, the map bindings and the Islands tab. */
import type { IslandCollection } from '../../geo/types.ts';
import { setCore, sliceOf, setSlice, notify } from '../../state/store.ts';
import { loadDataFile } from '../../ui/data-file.ts';
import type { FeatureUi } from '../../ui/feature.ts';
import { checkIslands } from './contract.ts';
import { bindIslandEvents } from './interaction.ts';
import { IslandSection } from './section.tsx';
import { islandsSlice } from './state.ts';

export const islandsUi: FeatureUi = {
  // Loaded here rather than with loadInto, so that a failure is a catalogue message, told in
  // the language on screen.
  load: (store) => {
    loadDataFile<IslandCollection>('islands.geojson', checkIslands)
      .then((islands) => {
        setCore(store, { islands });
        // A link to an island the data does not have: say so once the data is here.
        const { selected } = sliceOf(store.getState(), islandsSlice);
        if (selected && !islands.features.some((f) => f.properties.id === selected)) {
          setSlice(store, islandsSlice, { selected: null });
          notify(store, { id: 'url-island', message: 'islands.notice.missing', values: { id: selected } });
        }
      })
      .catch((e: unknown) => {
        notify(store, { id: 'islands', message: 'islands.notice.loadFailed', values: { reason: e instanceof Error ? e.message : String(e) } });
      });
  },
  bind: bindIslandEvents,
  Section: IslandSection,
};

/** The islands' interface: the data load, the map bindings and the Islands tab. */
import type { IslandCollection } from '../../geo/types.ts';
import { setCore, sliceOf, setSlice, notify } from '../../state/store.ts';
import { loadInto } from '../../ui/data-file.ts';
import type { FeatureUi } from '../../ui/feature.ts';
import { checkIslands } from './contract.ts';
import { bindIslandEvents } from './interaction.ts';
import { IslandSection } from './section.tsx';
import { islandsSlice } from './state.ts';

export const islandsUi: FeatureUi = {
  load: (store) => loadInto<IslandCollection>({
    file: 'islands.geojson', check: checkIslands, store, noticeId: 'islands',
    describe: (reason) => `Island data could not be loaded (${reason}).`,
    done: (islands) => {
      setCore(store, { islands });
      // A link to an island the data does not have: say so once the data is here.
      const { selected } = sliceOf(store.getState(), islandsSlice);
      if (selected && !islands.features.some((f) => f.properties.id === selected)) {
        setSlice(store, islandsSlice, { selected: null });
        notify(store, { id: 'url-island', text: `The link asks for island “${selected}”, which the atlas does not have.` });
      }
    },
  }),
  bind: bindIslandEvents,
  Section: IslandSection,
};

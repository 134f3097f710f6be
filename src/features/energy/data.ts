/**
 * Loads pipelines.geojson and facilities.geojson for the Energy tab (the map loads its own copy
 * into its sources) and checks both against their contracts where they enter the app. A file that
 * fails is reported through `notify` (a catalogue message, in the language on screen) and the tab
 * says it cannot list anything; it never throws. The error state's message is the reason alone.
 */
import { checkFacilities, checkPipelines } from './contract.ts';
import type { FacilityCollection, PipelineCollection } from './model.ts';
import { notify, type AtlasStore } from '../../state/store.ts';
import type { EnergyData } from './view.ts';
import { loadDataFile, useDataFile, type DataState } from '../../ui/data-file.ts';

export type EnergyDataState = DataState<EnergyData>;

async function loadEnergy(): Promise<EnergyData> {
  const [pipelines, facilities] = await Promise.all([
    loadDataFile<PipelineCollection>('pipelines.geojson', checkPipelines),
    loadDataFile<FacilityCollection>('facilities.geojson', checkFacilities),
  ]);
  return { pipelines, facilities };
}

/** Both energy files, loaded once `start` is true (after the map's first view). */
export function useEnergyData(store: AtlasStore, start: boolean): EnergyDataState {
  return useDataFile({
    start, load: loadEnergy, noticeId: 'energy-data',
    failure: 'energy.notice.loadFailed', notify: (n) => notify(store, n),
    describe: (reason) => reason,
  });
}

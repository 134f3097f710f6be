/**
 * Loads pipelines.geojson and facilities.geojson for the Energy tab (the map loads its own copy
 * into its sources) and checks both against their contracts where they enter the app. A file that
 * fails is reported through `notify` and the tab says it cannot list anything; it never throws.
 */
import { checkFacilities, checkPipelines } from './contract.ts';
import type { FacilityCollection, PipelineCollection } from './model.ts';
import type { Notice } from '../../state/store.ts';
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
export function useEnergyData(notify: (n: Notice) => void, start: boolean): EnergyDataState {
  return useDataFile({
    start, load: loadEnergy, notify, noticeId: 'energy-data',
    describe: (reason) => `Energy data could not be loaded (${reason}).`,
  });
}

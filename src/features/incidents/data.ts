/**
 * Loads incidents.geojson once the map's first view is drawn, checks its contract where it
 * enters the atlas, and hands back the incidents in date order. A missing or malformed file is a
 * notice, never a broken app.
 */
import { checkIncidents } from './contract.ts';
import { sortByDate, type IncidentCollection, type IncidentFeature } from './model.ts';
import type { Notice } from '../../ui/notices.tsx';
import { loadDataFile, useDataFile, type DataState } from '../../ui/data-file.ts';

export type IncidentData = DataState<IncidentFeature[]>;

async function loadIncidents(): Promise<IncidentFeature[]> {
  return sortByDate((await loadDataFile<IncidentCollection>('incidents.geojson', checkIncidents)).features);
}

/** The incidents in date order, loaded once `start` is true (after the map's first view). */
export function useIncidentData(notify: (n: Notice) => void, start: boolean): IncidentData {
  return useDataFile({
    start, load: loadIncidents, notify, noticeId: 'incidents',
    describe: (reason) => `Incident data could not be loaded (${reason}).`,
  });
}

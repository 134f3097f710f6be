/**
 * Loads islands.geojson once the first view is drawn (it is for panels and measuring, not for
 * the first picture), checks its contract, and hands it to the map's islands source.
 */
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { IslandCollection } from '../geo/types.ts';
import { SOURCE } from '../map/ids.ts';
import { loadDataFile, useDataFile, type DataState } from './data-file.ts';
import type { Notice } from './notices.tsx';

export function useIslands(map: MapLibreMap | null, notify: (n: Notice) => void): DataState<IslandCollection> {
  const state = useDataFile({
    start: map !== null, notify, noticeId: 'islands',
    // The contract (and valibot with it) comes with the data, not in the first view's bundle.
    load: async () => loadDataFile<IslandCollection>('islands.geojson', (await import('../features/islands/contract.ts')).checkIslands),
    describe: (reason) => `Island data could not be loaded (${reason}).`,
  });
  useEffect(() => {
    if (map && state.kind === 'ready') (map.getSource(SOURCE.islands) as GeoJSONSource | undefined)?.setData(state.data);
  }, [map, state]);
  return state;
}

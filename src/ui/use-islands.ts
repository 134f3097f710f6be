/**
 * Loads islands.geojson once the first view is drawn (it is for panels and measuring, not for
 * the first picture), checks its contract, and hands it to the map's islands source.
 */
import { useEffect, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { IslandCollection } from '../geo/types.ts';
import { checkIslands } from '../geo/islands-contract.ts';
import { SOURCE } from '../map/ids.ts';

export type IslandsState = { kind: 'loading' } | { kind: 'ready'; islands: IslandCollection } | { kind: 'error'; message: string };

export function useIslands(map: MapLibreMap | null, start: boolean): IslandsState {
  const [state, setState] = useState<IslandsState>({ kind: 'loading' });
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    fetch(new URL('data/islands.geojson', window.location.href).href)
      .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.json(); })
      .then((json: unknown) => {
        const problems = checkIslands(json);
        if (problems.length) throw new Error(`islands.geojson is malformed: ${problems.slice(0, 3).join('; ')}`);
        if (!cancelled) setState({ kind: 'ready', islands: json as IslandCollection });
      })
      .catch((e: unknown) => !cancelled && setState({ kind: 'error', message: `Island data could not be loaded (${e instanceof Error ? e.message : String(e)}).` }));
    return () => { cancelled = true; };
  }, [start]);
  useEffect(() => {
    if (!map || state.kind !== 'ready') return;
    const push = () => (map.getSource(SOURCE.islands) as GeoJSONSource | undefined)?.setData(state.islands);
    if (map.isStyleLoaded()) push();
    else map.once('load', push);
  }, [map, state]);
  return state;
}

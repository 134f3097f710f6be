/**
 * The map's lifecycle as React state: loading, ready (its first view is idle) or an error. The
 * map itself is started outside React (src/map/start-map.ts) and handed over once its style has
 * loaded.
 */
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { whenIdle } from '../map/create-map.ts';

export type MapStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function useAtlasMap(start: Promise<MapLibreMap>): { map: MapLibreMap | null; status: MapStatus } {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>({ kind: 'loading' });
  useEffect(() => {
    let disposed = false;
    start
      .then(async (m) => {
        if (disposed) return;
        setMap(m);
        await whenIdle(m);
        if (!disposed) setStatus({ kind: 'ready' });
      })
      .catch((e: unknown) => {
        if (!disposed) setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => { disposed = true; };
  }, [start]);
  return { map, status };
}

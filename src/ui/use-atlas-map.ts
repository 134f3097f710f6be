/**
 * The map's lifecycle as React state: loading, ready (its first view is idle) or an error. The
 * map itself is started outside React (src/main.tsx) and handed over once its style has loaded.
 */
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { whenIdle } from '../map/create-map.ts';

export type MapStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function useAtlasMap<T extends { map: MapLibreMap }>(start: Promise<T>): { started: T | null; status: MapStatus } {
  const [started, setStarted] = useState<T | null>(null);
  const [status, setStatus] = useState<MapStatus>({ kind: 'loading' });
  useEffect(() => {
    let disposed = false;
    start
      .then(async (s) => {
        if (disposed) return;
        setStarted(s);
        await whenIdle(s.map);
        if (!disposed) setStatus({ kind: 'ready' });
      })
      .catch((e: unknown) => {
        // The reason alone: the interface says "the map could not start" in its own words.
        const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
        if (!disposed) setStatus({ kind: 'error', message: reason });
      });
    return () => { disposed = true; };
  }, [start]);
  return { started, status };
}

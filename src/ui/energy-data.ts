/**
 * Loads pipelines.geojson and facilities.geojson for the Energy tab (the map loads its own copy
 * into its sources) and checks both against their contracts where they enter the app. A file that
 * fails is reported through `notify` and the tab says it cannot list anything; it never throws.
 */
import { useEffect, useState } from 'react';
import { checkFacilities, checkPipelines } from '../geo/energy-contract.ts';
import type { FacilityCollection, PipelineCollection } from '../geo/energy.ts';
import type { Notice } from './notices.tsx';
import type { EnergyData } from './energy-view.ts';

export type EnergyDataState = { kind: 'loading' } | { kind: 'ready'; data: EnergyData } | { kind: 'error'; message: string };

async function load(file: string, check: (v: unknown) => string[]): Promise<unknown> {
  const r = await fetch(new URL(`data/${file}`, window.location.href).href);
  if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
  const json: unknown = await r.json();
  const problems = check(json);
  if (problems.length) throw new Error(`${file} is malformed: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
  return json;
}

export function useEnergyData(notify: (n: Notice) => void): EnergyDataState {
  const [state, setState] = useState<EnergyDataState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([load('pipelines.geojson', checkPipelines), load('facilities.geojson', checkFacilities)])
      .then(([pipelines, facilities]) => {
        if (!cancelled) setState({ kind: 'ready', data: { pipelines: pipelines as PipelineCollection, facilities: facilities as FacilityCollection } });
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        const message = `Energy data could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
        setState({ kind: 'error', message });
        notify({ id: 'energy-data', text: message });
      });
    return () => { cancelled = true; };
  }, [notify]);
  return state;
}

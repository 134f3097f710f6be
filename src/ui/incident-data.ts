/**
 * Loads incidents.geojson once, when the Incidents section mounts (with the app: every tab stays
 * mounted), checks its contract where it enters the atlas, and hands back the incidents in date
 * order. A missing or malformed file is a
 * notice, never a broken app.
 */
import { useEffect, useState } from 'react';
import { checkIncidents, sortByDate, type IncidentCollection, type IncidentFeature } from '../geo/incidents.ts';
import type { Notice } from './notices.tsx';

export type IncidentData = { kind: 'loading' } | { kind: 'ready'; incidents: IncidentFeature[] } | { kind: 'error'; message: string };

export function useIncidentData(notify: (n: Notice) => void): IncidentData {
  const [state, setState] = useState<IncidentData>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(new URL('data/incidents.geojson', window.location.href).href)
      .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.json(); })
      .then((json: unknown) => {
        const problems = checkIncidents(json);
        if (problems.length) throw new Error(`incidents.geojson is malformed: ${problems.slice(0, 3).join('; ')}`);
        if (!cancelled) setState({ kind: 'ready', incidents: sortByDate((json as IncidentCollection).features) });
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        const message = `Incident data could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
        setState({ kind: 'error', message });
        notify({ id: 'incidents', text: message });
      });
    return () => { cancelled = true; };
  }, [notify]);
  return state;
}

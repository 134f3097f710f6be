/**
 * The feature sections as code-split chunks. They are rendered only once the map's first view is
 * idle, so their code (and the geodesic library most of them use) is fetched after the first
 * picture rather than before it.
 */
import { lazy, Suspense, type ReactNode } from 'react';

export const IslandSection = lazy(() => import('../features/islands/section.tsx').then((m) => ({ default: m.IslandSection })));
export const IncidentSection = lazy(() => import('../features/incidents/section.tsx').then((m) => ({ default: m.IncidentSection })));
export const EraSection = lazy(() => import('../features/eras/section.tsx').then((m) => ({ default: m.EraSection })));
export const EraCompare = lazy(() => import('../features/eras/compare.tsx').then((m) => ({ default: m.EraCompare })));
export const EnergySection = lazy(() => import('../features/energy/section.tsx').then((m) => ({ default: m.EnergySection })));
export const MeasureSection = lazy(() => import('../features/measure/section.tsx').then((m) => ({ default: m.MeasureSection })));

const waiting = <p role="status" className="section-loading">Loading…</p>;

/** A section once `ready`, with a plain loading line until then and while its chunk loads. */
export function Later(props: { ready: boolean; children: ReactNode }) {
  if (!props.ready) return waiting;
  return <Suspense fallback={waiting}>{props.children}</Suspense>;
}

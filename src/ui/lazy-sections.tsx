/**
 * The feature sections as code-split chunks. They are rendered only once the map's first view is
 * idle, so their code (and the geodesic library most of them use) is fetched after the first
 * picture rather than before it.
 */
import { lazy, Suspense, type ReactNode } from 'react';

export const IslandSection = lazy(() => import('./island-section.tsx').then((m) => ({ default: m.IslandSection })));
export const IncidentSection = lazy(() => import('./incident-section.tsx').then((m) => ({ default: m.IncidentSection })));
export const EraSection = lazy(() => import('./era-section.tsx').then((m) => ({ default: m.EraSection })));
export const EraCompare = lazy(() => import('./era-compare.tsx').then((m) => ({ default: m.EraCompare })));
export const EnergySection = lazy(() => import('./energy-section.tsx').then((m) => ({ default: m.EnergySection })));
export const MeasureSection = lazy(() => import('./measure-section.tsx').then((m) => ({ default: m.MeasureSection })));

const waiting = <p role="status" className="section-loading">Loading…</p>;

/** A section once `ready`, with a plain loading line until then and while its chunk loads. */
export function Later(props: { ready: boolean; children: ReactNode }) {
  if (!props.ready) return waiting;
  return <Suspense fallback={waiting}>{props.children}</Suspense>;
}

/**
 * One click, one feature: where an incident marker, a pipeline and an island lie under the same
 * pixel, only the topmost family handles the click, in this order. Energy lines count only in the
 * era that shows them (their transparent layers can still be queried in other eras).
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { LAYER } from './ids.ts';
import { INCIDENT_LAYER } from '../features/incidents/layers.ts';
import { ENERGY_INTERACTIVE_LAYERS, energyShownIn } from '../features/energy/layers.ts';

export type ClickFamily = 'incident' | 'energy' | 'island';

const ORDER: { family: ClickFamily; layers: readonly string[] }[] = [
  { family: 'incident', layers: [INCIDENT_LAYER.hit, INCIDENT_LAYER.clusters] },
  { family: 'energy', layers: ENERGY_INTERACTIVE_LAYERS },
  { family: 'island', layers: [LAYER.islandHit] },
];

/** The family whose feature is topmost at `point`, or null where none is. */
export function topFamilyAt(map: MapLibreMap, point: PointLike): ClickFamily | null {
  const era: unknown = map.getGlobalState().era;
  for (const { family, layers } of ORDER) {
    if (family === 'energy' && !energyShownIn(era)) continue;
    const present = layers.filter((id) => map.getLayer(id));
    if (present.length && map.queryRenderedFeatures(point, { layers: present }).length) return family;
  }
  return null;
}

/**
 * Hover and click on pipelines and energy sites. Hover sets the `hover` feature-state (the
 * highlight band, the site's halo); click sets the `selectedEnergy` global state and reports the
 * id. Both listen on the wide transparent hit layers, so a pointer a few pixels off the line
 * still finds it; a site wins over the line that ends at it. Outside the energy era the layers
 * are transparent but still queryable, so the handlers ignore them there.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import { ENERGY_INTERACTIVE_LAYERS, energyShownIn } from './layers.ts';
import { topFamilyAt } from '../../map/click-priority.ts';

/** What the map reports to the UI. */
export interface EnergyEvents {
  /** The pipeline or site under the pointer, with the pointer's position in the map; null when it leaves. */
  onHover?: (id: string | null, at: { x: number; y: number } | null) => void;
  /** A pipeline or site was clicked. */
  onClick: (id: string) => void;
  /** Return false while another tool owns the pointer. */
  enabled?: () => boolean;
}

type Target = { source: string; id: string };

/**
 * Shows the panel of `id` on the map (highlight, site halo); '' or null clears it. The same
 * state a click sets, for selections made from the list.
 */
export function selectEnergy(map: Pick<MapLibreMap, 'setGlobalStateProperty'>, id: string | null): void {
  map.setGlobalStateProperty('selectedEnergy', id ?? '');
}

/** Shows what was in service by the end of `year`, and the unbuilt routes if `showUnbuilt`. */
export function setEnergyFilter(map: Pick<MapLibreMap, 'setGlobalStateProperty'>, year: number, showUnbuilt: boolean): void {
  map.setGlobalStateProperty('energyYear', year);
  map.setGlobalStateProperty('energyShowUnbuilt', showUnbuilt);
}

function targetOf(features: MapGeoJSONFeature[] | undefined): Target | null {
  const f = features?.[0];
  const id = f?.properties?.id;
  return f && typeof id === 'string' ? { source: f.source, id } : null;
}

/** Binds the listeners; returns a function that removes them and clears the hover. */
export function bindEnergyEvents(map: MapLibreMap, ev: EnergyEvents): () => void {
  const layers = [...ENERGY_INTERACTIVE_LAYERS];
  const active = () => energyShownIn(map.getGlobalState().era) && (ev.enabled?.() ?? true);
  let hovered: Target | null = null;

  const setHover = (next: Target | null) => {
    if (hovered?.id === next?.id && hovered?.source === next?.source) return;
    if (hovered) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (next) map.setFeatureState(next, { hover: true });
  };
  const clear = () => {
    setHover(null);
    map.getCanvas().style.cursor = '';
    ev.onHover?.(null, null);
  };
  // Sites sit on top of the pipeline hit layer, and MapLibre lists features top layer first.
  const move = (e: MapLayerMouseEvent) => {
    if (!active()) { if (hovered) clear(); return; }
    const t = targetOf(e.features);
    setHover(t);
    map.getCanvas().style.cursor = t ? 'pointer' : '';
    ev.onHover?.(t?.id ?? null, t ? { x: e.point.x, y: e.point.y } : null);
  };
  const click = (e: MapLayerMouseEvent) => {
    if (!active() || topFamilyAt(map, e.point) !== 'energy') return;
    const t = targetOf(e.features);
    if (!t) return;
    selectEnergy(map, t.id);
    ev.onClick(t.id);
  };

  map.on('mousemove', layers, move);
  map.on('mouseleave', layers, clear);
  map.on('click', layers, click);
  return () => {
    map.off('mousemove', layers, move);
    map.off('mouseleave', layers, clear);
    map.off('click', layers, click);
    setHover(null);
  };
}

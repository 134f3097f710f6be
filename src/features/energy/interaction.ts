/**
 * Hover and click on pipelines and energy sites, as actions on the store: the pointer's line or
 * site (highlighted by the synchroniser through the `hover` feature state, named in a tooltip)
 * and the selection (its panel, the `selectedEnergy` global state). Both listen on the wide
 * transparent hit layers, so a pointer a few pixels off the line still finds it; a site wins
 * over the line that ends at it. Outside the energy era the layers are transparent but still
 * queryable, so the handlers ignore them there.
 */
import type { MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import { setCore, setSlice, sliceOf } from '../../state/store.ts';
import type { BindContext } from '../../ui/feature.ts';
import { ENERGY_INTERACTIVE_LAYERS, energyShownIn } from './layers.ts';
import { energySlice } from './state.ts';

type Target = { source: string; id: string };

function targetOf(features: MapGeoJSONFeature[] | undefined): Target | null {
  const f = features?.[0];
  const id = f?.properties?.id;
  return f && typeof id === 'string' ? { source: f.source, id } : null;
}

/** Binds the listeners; returns a function that removes them and clears the hover. */
export function bindEnergyEvents({ map, store, topFeatureAt, clicksFree }: BindContext): () => void {
  const layers = [...ENERGY_INTERACTIVE_LAYERS];
  const active = () => energyShownIn(store.getState().era) && clicksFree();
  const clear = () => {
    if (sliceOf(store.getState(), energySlice).hover) setSlice(store, energySlice, { hover: null });
    map.getCanvas().style.cursor = '';
  };
  // Sites sit on top of the pipeline hit layer, and MapLibre lists features top layer first.
  const move = (e: MapLayerMouseEvent) => {
    if (!active()) { clear(); return; }
    const t = targetOf(e.features);
    setSlice(store, energySlice, { hover: t ? { ...t, x: e.point.x, y: e.point.y } : null });
    map.getCanvas().style.cursor = t ? 'pointer' : '';
  };
  const click = (e: MapLayerMouseEvent) => {
    if (!active() || topFeatureAt(e.point) !== 'energy') return;
    const t = targetOf(e.features);
    if (!t) return;
    setSlice(store, energySlice, { selected: t.id, focus: false });
    setCore(store, { tab: 'energy' });
  };
  map.on('mousemove', layers, move);
  map.on('mouseleave', layers, clear);
  map.on('click', layers, click);
  return () => {
    map.off('mousemove', layers, move);
    map.off('mouseleave', layers, clear);
    map.off('click', layers, click);
    clear();
  };
}

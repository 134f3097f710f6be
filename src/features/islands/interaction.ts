/**
 * Hover and click on islands, as actions on the store: the pointer's island (outlined on the map
 * by the synchroniser, named in a tooltip) and the selected island (its panel). Returns a
 * function that removes the listeners.
 */
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { LAYER } from '../../map/ids.ts';
import { setCore, setSlice } from '../../state/store.ts';
import type { BindContext } from '../../ui/feature.ts';
import { islandsSlice } from './state.ts';

export function bindIslandEvents({ map, store, topFeatureAt, clicksFree }: BindContext): () => void {
  const move = (e: MapLayerMouseEvent) => {
    if (!clicksFree()) return;
    const id = e.features?.[0]?.properties?.id as string | undefined;
    setSlice(store, islandsSlice, { hover: id ? { id, x: e.point.x, y: e.point.y } : null });
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  };
  const leave = () => {
    setSlice(store, islandsSlice, { hover: null });
    map.getCanvas().style.cursor = '';
  };
  const click = (e: MapLayerMouseEvent) => {
    if (!clicksFree() || topFeatureAt(e.point) !== 'islands') return;
    const id = e.features?.[0]?.properties?.id as string | undefined;
    if (!id) return;
    setSlice(store, islandsSlice, { selected: id });
    setCore(store, { tab: 'island' });
  };
  map.on('mousemove', LAYER.islandHit, move);
  map.on('mouseleave', LAYER.islandHit, leave);
  map.on('click', LAYER.islandHit, click);
  return () => {
    map.off('mousemove', LAYER.islandHit, move);
    map.off('mouseleave', LAYER.islandHit, leave);
    map.off('click', LAYER.islandHit, click);
    setSlice(store, islandsSlice, { hover: null });
  };
}

/**
 * Hover and click on islands. Hover sets the `hover` feature-state (drawn as an outline) and
 * reports the island; click reports it too. Returns a function that removes the listeners.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { LAYER, SOURCE } from '../../map/ids.ts';
import { topFamilyAt } from '../../map/click-priority.ts';

export interface IslandEvents {
  onHover: (id: string | null, at: { x: number; y: number } | null) => void;
  onClick: (id: string) => void;
  /** Return false while another tool (the path measure) owns clicks. */
  enabled?: () => boolean;
}

export function bindIslandEvents(map: MapLibreMap, ev: IslandEvents): () => void {
  let hovered: string | null = null;
  const setHover = (id: string | null) => {
    if (hovered === id) return;
    if (hovered) map.setFeatureState({ source: SOURCE.islands, id: hovered }, { hover: false });
    hovered = id;
    if (id) map.setFeatureState({ source: SOURCE.islands, id }, { hover: true });
  };
  const move = (e: MapLayerMouseEvent) => {
    if (ev.enabled && !ev.enabled()) return;
    const id = e.features?.[0]?.properties?.id as string | undefined;
    setHover(id ?? null);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    ev.onHover(id ?? null, id ? { x: e.point.x, y: e.point.y } : null);
  };
  const leave = () => {
    setHover(null);
    map.getCanvas().style.cursor = '';
    ev.onHover(null, null);
  };
  const click = (e: MapLayerMouseEvent) => {
    if ((ev.enabled && !ev.enabled()) || topFamilyAt(map, e.point) !== 'island') return;
    const id = e.features?.[0]?.properties?.id as string | undefined;
    if (id) ev.onClick(id);
  };
  map.on('mousemove', LAYER.islandHit, move);
  map.on('mouseleave', LAYER.islandHit, leave);
  map.on('click', LAYER.islandHit, click);
  return () => {
    map.off('mousemove', LAYER.islandHit, move);
    map.off('mouseleave', LAYER.islandHit, leave);
    map.off('click', LAYER.islandHit, click);
    setHover(null);
  };
}

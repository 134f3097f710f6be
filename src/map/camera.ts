/**
 * Camera moves the panels ask for (fly to an incident, fit a measurement or the land that
 * changed hands), made by the map side so that panels never call the map. A request is carried
 * out once, when its `seq` is new.
 */
import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl';
import type { CameraRequest } from '../state/store.ts';

export function moveCamera(map: MapLibreMap, req: CameraRequest): void {
  if (req.kind === 'fly') {
    const zoom = Math.max(map.getZoom(), req.zoom);
    if (req.onlyIfHidden && map.getZoom() >= req.zoom && map.getBounds().contains(req.center)) return;
    if (req.jump) map.jumpTo({ center: req.center, zoom });
    else map.flyTo({ center: req.center, zoom });
    return;
  }
  const bounds = new LngLatBounds(req.bounds[0], req.bounds[1]);
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  // Never more padding than a quarter of the map, so a small map still shows the fit.
  const padding = Math.max(0, Math.min(req.padding ?? 80, Math.floor(w / 4), Math.floor(h / 4)));
  map.fitBounds(bounds, { padding, maxZoom: req.maxZoom, ...(req.jump ? { duration: 0 } : {}) });
}

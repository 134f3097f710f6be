// The baseline of the first-view bench: a bare MapLibre page drawing the atlas's land layer
// alone, with the same view and viewport, and the same mark at its first idle.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INITIAL_VIEW } from '../../src/map/ids.ts';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  center: INITIAL_VIEW.center,
  zoom: INITIAL_VIEW.zoom,
  style: {
    version: 8,
    sources: { land: { type: 'geojson', data: new URL('../data/land.geojson', window.location.href).href } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d6e6f2' } },
      { id: 'land', type: 'fill', source: 'land', filter: ['==', ['get', 'kind'], 'land'], paint: { 'fill-color': '#f4f1ea' } },
    ],
  },
});
performance.mark('atlas-map-created');
// For scripts/first-view-phases.mts, which follows the map's events on both pages.
(window as unknown as { kurilAtlas: { map: MapLibreMap } }).kurilAtlas = { map };
map.once('idle', () => performance.mark('atlas-first-idle'));

/**
 * Clicks and hover on the incident markers and clusters, and the selection the ring draws.
 *
 * One map-wide click handler rather than one per layer, so that a click is exactly one of: on
 * markers, on a cluster, or on neither. A click on markers reports every incident under the
 * pointer, because some share a point (the 2010 and 2012 visits to Kunashir) or nearly do, and
 * the UI must let the reader pick; a click on a cluster zooms until the cluster breaks apart.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { Point } from 'geojson';
import { INCIDENT_LAYER, INCIDENT_SOURCE, incidentSource } from './layers.ts';
import { setCore, setSlice } from '../../state/store.ts';
import type { BindContext } from '../../ui/feature.ts';
import { incidentsSlice } from './state.ts';

const TARGETS = [INCIDENT_LAYER.hit, INCIDENT_LAYER.clusters];
/** Markers this much farther from the pointer than the nearest one are not what the reader aimed at. */
const AMBIGUOUS_PX = 8;

/** The lowest zoom at which no incident is clustered. */
export const INCIDENT_UNCLUSTERED_ZOOM = (incidentSource({ type: 'FeatureCollection', features: [] }).clusterMaxZoom ?? 0) + 1;

function position(f: MapGeoJSONFeature): [number, number] {
  const [lon, lat] = (f.geometry as Point).coordinates;
  return [lon, lat];
}

/**
 * Incident ids under a point, nearest marker first, each once (a feature can come back once per
 * tile); only those about as near as the nearest, so a click on one marker beside another opens it.
 */
function idsByDistance(map: MapLibreMap, hits: MapGeoJSONFeature[], at: { x: number; y: number }): { ids: string[]; nearest: [number, number] } {
  const seen = new Map<string, { d: number; pos: [number, number] }>();
  for (const f of hits) {
    const id = f.properties?.id;
    if (typeof id !== 'string') continue;
    const pos = position(f);
    const p = map.project(pos);
    const d = Math.hypot(p.x - at.x, p.y - at.y);
    const prev = seen.get(id);
    if (!prev || d < prev.d) seen.set(id, { d, pos });
  }
  const sorted = [...seen].sort((a, b) => a[1].d - b[1].d || (a[0] < b[0] ? -1 : 1))
    .filter(([, v], _, all) => v.d - all[0][1].d <= AMBIGUOUS_PX);
  return { ids: sorted.map(([id]) => id), nearest: sorted[0]?.[1].pos ?? [0, 0] };
}

/**
 * Zooms into a cluster far enough that it breaks apart into what the reader can tell apart: to
 * the bounds of its incidents (at most to the zoom where nothing is clustered), and never less
 * than the zoom where the cluster splits (`getClusterExpansionZoom`), which alone often split
 * an 18-incident bubble into a 17 and a 1.
 */
async function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature): Promise<void> {
  const source = map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
  const clusterId = cluster.properties?.cluster_id;
  const count = cluster.properties?.point_count;
  if (!source || typeof clusterId !== 'number') return;
  try {
    const [splits, leaves] = await Promise.all([
      source.getClusterExpansionZoom(clusterId),
      source.getClusterLeaves(clusterId, typeof count === 'number' ? count : 1000, 0),
    ]);
    const points = leaves.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : []));
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const bounds: [[number, number], [number, number]] = [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
    const fit = points.length > 1 ? map.cameraForBounds(bounds, { padding: 60 }) : undefined;
    const zoom = Math.max(splits, Math.min(fit?.zoom ?? splits, INCIDENT_UNCLUSTERED_ZOOM));
    map.easeTo({ center: fit?.center ?? position(cluster), zoom });
  } catch {
    // The data changed under the click (a filter): that cluster no longer exists; nothing to zoom into.
  }
}

/** Binds the incident clicks and the pointer cursor. Returns a function that removes them. */
export function bindIncidentEvents({ map, store, topFeatureAt, clicksFree }: BindContext): () => void {
  const query = (e: MapMouseEvent) => map.queryRenderedFeatures(e.point, { layers: TARGETS.filter((id) => map.getLayer(id)) });
  const click = (e: MapMouseEvent) => {
    if (!clicksFree()) return;
    const close = () => setSlice(store, incidentsSlice, (s) => (s.selected || s.choice ? { selected: null, choice: null } : {}));
    // A click anywhere but on the incidents closes the popup (an island or a pipeline may take it).
    if (topFeatureAt(e.point) !== 'incidents') { close(); return; }
    const hits = query(e);
    const markers = hits.filter((f) => f.layer.id === INCIDENT_LAYER.hit);
    if (markers.length) {
      const { ids, nearest } = idsByDistance(map, markers, e.point);
      if (ids.length === 1) {
        setSlice(store, incidentsSlice, { selected: ids[0], selectedBy: { from: 'map', keyboard: false }, choice: null });
        setCore(store, { tab: 'incidents' });
        return;
      }
      if (ids.length > 1) {
        setSlice(store, incidentsSlice, { selected: null, choice: { ids, at: nearest } });
        setCore(store, { tab: 'incidents' });
        return;
      }
    }
    const cluster = hits.find((f) => f.layer.id === INCIDENT_LAYER.clusters);
    if (cluster) void zoomIntoCluster(map, cluster);
    else close();
  };
  let pointing = false;
  const move = (e: MapMouseEvent) => {
    const over = clicksFree() && query(e).length > 0;
    if (over === pointing) return;
    pointing = over;
    map.getCanvas().style.cursor = over ? 'pointer' : '';
  };
  map.on('click', click);
  map.on('mousemove', move);
  return () => {
    map.off('click', click);
    map.off('mousemove', move);
    if (pointing) map.getCanvas().style.cursor = '';
  };
}

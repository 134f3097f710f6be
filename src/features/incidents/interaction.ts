/**
 * Clicks and hover on the incident markers and clusters, and the selection the ring draws.
 *
 * One map-wide click handler rather than one per layer, so that a click is exactly one of: on
 * markers, on a cluster, or on neither. A click on markers reports every incident under the
 * pointer, because some share a point (the 2010 and 2012 visits to Kunashir) or nearly do, and
 * the UI must let the reader pick; a click on a cluster zooms until the cluster breaks apart.
 */
import type { GeoJSONSource, LngLatLike, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { Point } from 'geojson';
import { INCIDENT_LAYER, INCIDENT_SOURCE, incidentSource } from './layers.ts';

export interface IncidentEvents {
  /** Ids of the incidents under a click on the markers, nearest first, without repeats; `at` is the nearest one's position. */
  onClick: (ids: string[], at: [number, number]) => void;
  /** A click on the map that hit neither a marker nor a cluster. */
  onMiss?: () => void;
  /** Return false while another tool (the path measure) owns clicks. */
  enabled?: () => boolean;
}

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

async function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature): Promise<void> {
  const source = map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
  const clusterId = cluster.properties?.cluster_id;
  if (!source || typeof clusterId !== 'number') return;
  try {
    const zoom = await source.getClusterExpansionZoom(clusterId);
    map.easeTo({ center: position(cluster), zoom });
  } catch {
    // The data changed under the click (a filter): that cluster no longer exists; nothing to zoom into.
  }
}

/** Binds the incident clicks and the pointer cursor. Returns a function that removes them. */
export function bindIncidentEvents(map: MapLibreMap, ev: IncidentEvents): () => void {
  const active = () => !ev.enabled || ev.enabled();
  const query = (e: MapMouseEvent) => map.queryRenderedFeatures(e.point, { layers: TARGETS.filter((id) => map.getLayer(id)) });
  const click = (e: MapMouseEvent) => {
    if (!active()) return;
    const hits = query(e);
    const markers = hits.filter((f) => f.layer.id === INCIDENT_LAYER.hit);
    if (markers.length) {
      const { ids, nearest } = idsByDistance(map, markers, e.point);
      if (ids.length) { ev.onClick(ids, nearest); return; }
    }
    const cluster = hits.find((f) => f.layer.id === INCIDENT_LAYER.clusters);
    if (cluster) void zoomIntoCluster(map, cluster);
    else ev.onMiss?.();
  };
  let pointing = false;
  const move = (e: MapMouseEvent) => {
    const over = active() && query(e).length > 0;
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

/** Sets the incident the selection ring is drawn round; null for none. */
export function setSelectedIncident(map: MapLibreMap, id: string | null): void {
  map.setGlobalStateProperty('selectedIncident', id ?? '');
}

/**
 * Brings an incident into view unclustered: flies there (MapLibre skips the animation when the
 * reader asks for reduced motion), or, with `jump`, moves at once and only when it is not
 * already in view at a zoom where it stands alone.
 */
export function showIncident(map: MapLibreMap, at: LngLatLike, opts: { jump?: boolean } = {}): void {
  const zoom = Math.max(map.getZoom(), INCIDENT_UNCLUSTERED_ZOOM);
  if (opts.jump) {
    if (map.getZoom() >= INCIDENT_UNCLUSTERED_ZOOM && map.getBounds().contains(at)) return;
    map.jumpTo({ center: at, zoom });
  } else {
    map.flyTo({ center: at, zoom });
  }
}

/**
 * The incidents: boats seized and fired on, airspace incidents, visits, protests, with both
 * sides' accounts and sources. Markers and clusters above the labels, the Incidents tab with its
 * filters, timeline and list, and the popup.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import type { MapPicture } from '../../map/sync.ts';
import { sliceOf, type AtlasState } from '../../state/store.ts';
import { INCIDENT_LAYER, INCIDENT_SOURCE, INCIDENT_STATE, incidentLayers, incidentSource } from './layers.ts';
import { incidentsParams, incidentsSlice, visibleOf, type IncidentsState } from './state.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
let last: { visible: unknown; selected: string | null; picture: MapPicture } | null = null;

function picture(s: AtlasState): MapPicture {
  const visible = visibleOf(s);
  const { selected } = sliceOf(s, incidentsSlice);
  if (last && last.visible === visible && last.selected === selected) return last.picture;
  const p: MapPicture = {
    data: { [INCIDENT_SOURCE]: { type: 'FeatureCollection', features: visible } },
    global: { selectedIncident: selected ?? '' },
  };
  last = { visible, selected, picture: p };
  return p;
}

export const incidentsFeature: AtlasFeature<IncidentsState> = {
  id: 'incidents',
  slice: incidentsSlice,
  params: incidentsParams,
  // The incidents start empty: loaded and checked after the first view, then filtered into the source.
  overlay: () => ({ sources: { [INCIDENT_SOURCE]: incidentSource(EMPTY) }, layers: [], top: incidentLayers() }),
  filledLater: [INCIDENT_SOURCE],
  globalState: INCIDENT_STATE,
  clicks: { rank: 0, layers: [INCIDENT_LAYER.hit, INCIDENT_LAYER.clusters] },
  picture,
  tab: { id: 'incidents', label: 'app.tab.incidents', order: 2 },
  ui: () => import('./ui.tsx').then((m) => m.incidentsUi),
  exports: () => import('./export.ts').then((m) => m.incidentsExport),
};

/**
 * The sea: Japan's and Russia's territorial seas, contiguous zones and EEZs and the median line,
 * drawn under the land in 1945–today as the chosen point of view has them, and the Sea tab with
 * the point-of-view control, the key to the lines and the "which waters is this?" readout.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import type { MapPicture } from '../../map/sync.ts';
import { seaViewOf } from '../../geo/point-of-view.ts';
import { sliceOf, type AtlasState } from '../../state/store.ts';
import { SEA_SOURCE, SEA_STATE, seaLayers, seaPointLayer, seaSources, type SeaShown } from './layers.ts';
import { seaParams, seaSlice, type SeaState } from './state.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
let last: { data: SeaState['data']; point: SeaState['point']; shown: SeaShown; picture: MapPicture } | null = null;

/** The zones exist as drawn from 1945 on (12-mile seas and EEZs are later still, but 1945–today is the era they belong to). */
export const seaShownIn = (s: AtlasState): SeaShown => (s.era === '1945' ? seaViewOf(s.pov) : 'none');

function picture(s: AtlasState): MapPicture {
  const { data, point } = sliceOf(s, seaSlice);
  const shown = seaShownIn(s);
  if (last && last.data === data && last.point === point && last.shown === shown) return last.picture;
  const p: MapPicture = {
    global: { seaView: shown },
    data: {
      [SEA_SOURCE.zones]: data.kind === 'ready' ? (data.data as GeoJSON.FeatureCollection) : EMPTY,
      [SEA_SOURCE.point]: point ? { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }] } : EMPTY,
    },
  };
  last = { data, point, shown, picture: p };
  return p;
}

export const seaFeature: AtlasFeature<SeaState> = {
  id: 'sea',
  slice: seaSlice,
  params: seaParams,
  overlay: () => ({ sources: seaSources(), sea: seaLayers(), layers: [], top: [seaPointLayer()] }),
  filledLater: [SEA_SOURCE.zones, SEA_SOURCE.point],
  globalState: SEA_STATE,
  picture,
  tab: { id: 'sea', label: 'app.tab.sea', order: 3.5 },
  ui: () => import('./ui.tsx').then((m) => m.seaUi),
};

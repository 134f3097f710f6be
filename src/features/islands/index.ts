/**
 * The islands: their outlines, hover and click targets on the map (the layers are part of the
 * base style, drawn under the labels), and the Islands tab with each island's names, holder,
 * claim and area.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import type { MapPicture } from '../../map/sync.ts';
import { LAYER, SOURCE } from '../../map/ids.ts';
import { sliceOf, type AtlasState } from '../../state/store.ts';
import { islandsParams, islandsSlice, type IslandsState } from './state.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
let last: { islands: AtlasState['islands']; hover: string | null; picture: MapPicture } | null = null;

function picture(s: AtlasState): MapPicture {
  const hover = sliceOf(s, islandsSlice).hover?.id ?? null;
  if (last && last.islands === s.islands && last.hover === hover) return last.picture;
  const p: MapPicture = {
    data: { [SOURCE.islands]: s.islands ?? EMPTY },
    featureState: hover ? { [SOURCE.islands]: { [hover]: { hover: true } } } : {},
  };
  last = { islands: s.islands, hover, picture: p };
  return p;
}

export const islandsFeature: AtlasFeature<IslandsState> = {
  id: 'islands',
  slice: islandsSlice,
  params: islandsParams,
  // The islands' source is filled once the panels have loaded islands.geojson.
  filledLater: [SOURCE.islands],
  clicks: { rank: 2, layers: [LAYER.islandHit] },
  picture,
  tab: { id: 'island', label: 'app.tab.islands', order: 1 },
  ui: () => import('./ui.tsx').then((m) => m.islandsUi),
};

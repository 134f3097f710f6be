/**
 * The energy of the frontier: pipelines (Sakhalin-1 and -2, SKV, Power of Siberia, ESPO, the
 * proposed line to Hokkaido) and sites (LNG plants, terminals, fields, platforms), drawn in the
 * 1945–today era with their status, flow and year filter; the Energy tab with panels, a list and
 * the article's figures.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import type { MapPicture } from '../../map/sync.ts';
import { sliceOf, type AtlasState } from '../../state/store.ts';
import { COMMODITY_STYLE, ENERGY_INTERACTIVE_LAYERS, ENERGY_SOURCE, ENERGY_STATE, energyOverlays, energyShownIn, FACILITY_MARKERS, OFF_ERA_STATE } from './layers.ts';
import { FLOW_PATTERN, FLOW_PIXEL_RATIO, flowPattern } from './flow-pattern.ts';
import { markerImageId } from '../../map/marker-shapes.ts';
import type { Commodity } from './model.ts';
import { energyParams, energySlice, type EnergyState } from './state.ts';

let last: { s: EnergyState; shown: boolean; picture: MapPicture } | null = null;

function picture(state: AtlasState): MapPicture {
  const s = sliceOf(state, energySlice);
  const shown = energyShownIn(state.era);
  if (last && last.s === s && last.shown === shown) return last.picture;
  const p: MapPicture = {
    global: { energyYear: s.year, energyShowUnbuilt: s.showUnbuilt, selectedEnergy: s.selected ?? '' },
    // The sites' symbols follow the era through feature state, not global state: a paint change
    // of a symbol layer redoes the placement of every label on the map (about 4 ms an era switch).
    sourceState: { [ENERGY_SOURCE.facilities]: { [OFF_ERA_STATE]: !shown } },
    featureState: s.hover ? { [s.hover.source]: { [s.hover.id]: { hover: true } } } : {},
  };
  last = { s, shown, picture: p };
  return p;
}

const flowOf = (id: string) => (Object.keys(FLOW_PATTERN) as Commodity[]).find((c) => FLOW_PATTERN[c] === id);

export const energyFeature: AtlasFeature<EnergyState> = {
  id: 'energy',
  slice: energySlice,
  params: energyParams,
  overlay: (dataUrl) => energyOverlays(dataUrl),
  globalState: ENERGY_STATE,
  images: {
    // The flow chevrons draw from zoom 5: added early, their tiles never wait for them.
    early: [...Object.values(FLOW_PATTERN), ...Object.values(FACILITY_MARKERS).map((m) => markerImageId(m.shape))],
    provide: (id) => {
      const flow = flowOf(id);
      return flow ? { image: flowPattern(COMMODITY_STYLE[flow].colour, COMMODITY_STYLE[flow].chevrons), options: { pixelRatio: FLOW_PIXEL_RATIO } } : null;
    },
  },
  clicks: { rank: 1, layers: ENERGY_INTERACTIVE_LAYERS, active: (s) => energyShownIn(s.era) },
  picture,
  tab: { id: 'energy', label: 'app.tab.energy', order: 4 },
  ui: () => import('./ui.tsx').then((m) => m.energyUi),
};

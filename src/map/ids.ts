/** Source and layer ids of the base map, in one place so the UI and tests agree on them. */
export const SOURCE = {
  land: 'land',
  labels: 'labels',
  islands: 'islands',
} as const;

export const LAYER = {
  background: 'sea',
  land: 'land',
  islandHit: 'island-hit',
  islandHover: 'island-hover',
  coastline: 'coastline',
  labelSea: 'label-sea',
  labelStrait: 'label-strait',
  labelIsland: 'label-island',
  labelTown: 'label-town',
} as const;

/** The interface languages; map labels follow the chosen one. */
export { LANGUAGES, type Language } from '../geo/language.ts';

/** The first view: the whole Kuril chain between Hokkaido and Kamchatka. */
export const INITIAL_VIEW = { center: [148.5, 47.5] as [number, number], zoom: 4.4 };
/** The map cannot be panned past the region the data covers. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [[96, 26], [180, 65]];

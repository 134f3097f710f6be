/**
 * Links a map to the store: every state change becomes the features' merged picture, which the
 * synchroniser (src/map/sync.ts) applies, and a panel's camera request becomes a camera move.
 * Pictures can be added as features' interface chunks load (the measure's lines come with its
 * geodesic code, after the first view).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { moveCamera } from '../map/camera.ts';
import { createMapSync, mergePictures, type MapPicture, type MapSync } from '../map/sync.ts';
import type { AtlasState, AtlasStore } from '../state/store.ts';

export type PictureFn = (s: AtlasState) => MapPicture;

const corePictures = new Map<string, MapPicture>();

/**
 * What the map shows of the core state: the labels' language (the `lang` global state of the
 * base style) and the point of view on the four islands (`pov`, which the era and sea layers read).
 */
export const corePicture: PictureFn = (s) => {
  const key = `${s.lang}/${s.pov}`;
  let p = corePictures.get(key);
  if (!p) { p = { global: { lang: s.lang, pov: s.pov } }; corePictures.set(key, p); }
  return p;
};

export interface MapLink {
  sync: MapSync;
  /** The pictures this map shows, for a second map that should show the same. */
  readonly pictures: readonly PictureFn[];
  /** Adds a feature's picture (from its interface chunk) and applies it. */
  addPicture(fn: PictureFn): void;
  dispose(): void;
}

export function linkMapToStore(map: MapLibreMap, store: AtlasStore, opts: {
  pictures: readonly PictureFn[];
  /** The state as this map shows it (the comparison map shows the compared era). */
  view?: (s: AtlasState) => AtlasState;
  /** What the map shows already, from the state it was built from. */
  alreadyShows?: MapPicture;
  /** Whether camera requests move this map (the main map's do; the comparison follows its camera). */
  camera?: boolean;
}): MapLink {
  const pictures = [...opts.pictures];
  const view = opts.view ?? ((s: AtlasState) => s);
  const sync = createMapSync(map, { alreadyShows: opts.alreadyShows });
  const apply = (s: AtlasState) => {
    const v = view(s);
    sync.apply(mergePictures(pictures.map((p) => p(v))));
  };
  apply(store.getState());
  let lastCamera = store.getState().camera?.seq ?? 0;
  const unsubscribe = store.subscribe((s) => {
    apply(s);
    if (opts.camera && s.camera && s.camera.seq !== lastCamera) {
      lastCamera = s.camera.seq;
      if (!sync.holding) moveCamera(map, s.camera);
    }
  });
  return {
    sync,
    pictures,
    addPicture(fn) { pictures.push(fn); apply(store.getState()); },
    dispose() { unsubscribe(); sync.dispose(); },
  };
}

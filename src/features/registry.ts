/**
 * The features of the atlas, in drawing order (bottom to top). Everything the app knows of a
 * feature comes from its descriptor (src/ui/feature.ts); adding a feature is a folder under
 * src/features/ and one line here.
 */
import type { AtlasFeature } from '../ui/feature.ts';
import type { MapParts } from '../map/create-map.ts';
import { MARKER_PIXEL_RATIO, markerImage, shapeOfImageId } from '../map/marker-shapes.ts';
import { TOWN_DOT_IMAGE } from '../map/style.ts';
import { createUrlCodec, type FeatureParams } from '../state/url.ts';
import { erasFeature } from './eras/index.ts';
import { energyFeature } from './energy/index.ts';
import { importFeature } from './import/index.ts';
import { incidentsFeature } from './incidents/index.ts';
import { measureFeature } from './measure/index.ts';
import { islandsFeature } from './islands/index.ts';
import { seaFeature } from './sea/index.ts';
import { exportFeature } from './export/index.ts';
import { offlineFeature } from './offline/index.ts';

export const FEATURES: readonly AtlasFeature<never>[] = [
  seaFeature,
  erasFeature,
  energyFeature,
  incidentsFeature,
  measureFeature,
  islandsFeature,
  exportFeature,
  importFeature,
  offlineFeature,
] as AtlasFeature<never>[];

/** The side panel's tabs, in their order. */
export const TABS = FEATURES
  .flatMap((f) => (f.tab ? [{ ...f.tab, feature: f }] : []))
  .sort((a, b) => a.order - b.order);

/** The features' sources, layers, global state and images, for the map factory. */
export function mapParts(dataUrl: string): MapParts {
  const overlays = FEATURES.flatMap((f) => (f.overlay ? [f.overlay(dataUrl)] : []));
  const images = FEATURES.flatMap((f) => (f.images ? [f.images] : []));
  return {
    sources: Object.assign({}, ...overlays.map((o) => o.sources)),
    sea: overlays.flatMap((o) => o.sea ?? []),
    layers: overlays.flatMap((o) => o.layers),
    top: overlays.flatMap((o) => o.top ?? []),
    state: Object.assign({}, ...FEATURES.map((f) => f.globalState ?? {})),
    filledLater: new Set(FEATURES.flatMap((f) => f.filledLater ?? [])),
    // The base style's town dot is a marker shape too; every feature draws its markers from these shapes.
    earlyImages: [...new Set([TOWN_DOT_IMAGE, ...images.flatMap((i) => i.early)])],
    image: (id) => {
      const shape = shapeOfImageId(id);
      if (shape) return { image: markerImage(shape), options: { pixelRatio: MARKER_PIXEL_RATIO, sdf: true } };
      for (const i of images) {
        const made = i.provide(id);
        if (made) return made;
      }
      return null;
    },
  };
}

/** The link's codec: the core's parameters and every feature's. */
export const URL_CODEC = createUrlCodec(
  FEATURES.flatMap((f) => (f.slice && f.params ? [{ slice: f.slice, params: f.params } as FeatureParams<unknown>] : [])),
  TABS.map((t) => t.id),
);

/** The slices' defaults, by slice name. */
export function sliceDefaults(): Record<string, unknown> {
  return Object.fromEntries(FEATURES.flatMap((f) => (f.slice ? [[f.slice.name, f.slice.defaults]] : [])));
}

/** The clickable features, first to take a click first. */
export const CLICK_ORDER = FEATURES
  .flatMap((f) => (f.clicks ? [{ id: f.id, ...f.clicks }] : []))
  .sort((a, b) => a.rank - b.rank);

/**
 * The feature layers of the atlas, composed in drawing order (bottom to top) for the style:
 * era land and borders, then energy, then incidents, then measurements. Each feature module
 * owns its sources, layers and global state; this file only orders them.
 */
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { eraOverlays, eraPatternResolver, ERA_PATTERN, ERA_STATE, setEra } from '../features/eras/layers.ts';
import { COMMODITY_STYLE, energyOverlays, ENERGY_STATE, FACILITY_MARKERS, followEnergyEra } from '../features/energy/layers.ts';
import { FLOW_PATTERN, FLOW_PIXEL_RATIO, flowPattern } from '../features/energy/flow-pattern.ts';
import { markerImage, markerImageId, MARKER_PIXEL_RATIO, shapeOfImageId } from './marker-shapes.ts';
import type { EraId } from '../geo/eras.ts';
import type { Commodity } from '../features/energy/model.ts';
import { measureOverlay } from '../features/measure/layers.ts';
import { TOWN_DOT_IMAGE } from './style.ts';
import { INCIDENT_SOURCE, INCIDENT_STATE, incidentLayers, incidentSource } from '../features/incidents/layers.ts';

export interface Overlay {
  sources: Record<string, SourceSpecification>;
  /** Drawn above the land, below the labels. */
  layers: LayerSpecification[];
  /** Drawn above the labels. */
  top?: LayerSpecification[];
}

function merge(parts: Overlay[]): Required<Overlay> {
  return {
    sources: Object.assign({}, ...parts.map((p) => p.sources)),
    layers: parts.flatMap((p) => p.layers),
    top: parts.flatMap((p) => p.top ?? []),
  };
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Incidents start empty: the Incidents section loads, checks and filters them, then sets the data. */
function incidentOverlay(): Overlay {
  return { sources: { [INCIDENT_SOURCE]: incidentSource(EMPTY) }, layers: [], top: incidentLayers() };
}

/** Every feature overlay, in drawing order. `dataUrl` is the absolute URL of public/data. */
export function atlasOverlays(dataUrl: string): Required<Overlay> {
  return merge([eraOverlays(dataUrl), energyOverlays(dataUrl), incidentOverlay(), measureOverlay()]);
}

/** The global state the overlays read, with defaults. */
export const ATLAS_STATE: Record<string, { default: unknown }> = { ...ERA_STATE, ...ENERGY_STATE, ...INCIDENT_STATE };

/** What follows the era on each map besides its global state: the energy sites' feature state. */
const eraFollowers = new WeakMap<MapLibreMap, () => void>();

/**
 * The generated images added as soon as the style has loaded: those the first view draws with
 * (the hatches, the energy sites' shapes, the town dot) and the flow chevrons, which draw from
 * zoom 5 (added early, their tiles never wait for them). The incidents' shapes come later, with
 * the incidents.
 */
export const EARLY_IMAGES: readonly string[] = [...new Set([
  ...Object.values(ERA_PATTERN),
  ...Object.values(FLOW_PATTERN),
  ...Object.values(FACILITY_MARKERS).map((m) => markerImageId(m.shape)),
  TOWN_DOT_IMAGE,
])];

/**
 * Readies a new map for the overlays. It supplies the generated images (hatch patterns, marker
 * shapes, flow chevrons), so that no layer ever draws with a missing image: those of the first
 * view as soon as the style has loaded, the rest when the map first asks for them. An image
 * added while a tile waits for it makes MapLibre reload every tile that uses images, so the
 * first view's are added before any tile exists. Once the style has loaded, the energy sites
 * also start following the era.
 */
export function prepareOverlays(map: MapLibreMap): void {
  const patterns = eraPatternResolver(map);
  const flowOf = (id: string) => (Object.keys(FLOW_PATTERN) as Commodity[]).find((c) => FLOW_PATTERN[c] === id);
  const provide = (id: string) => {
    if (map.hasImage(id)) return;
    const shape = shapeOfImageId(id);
    const flow = flowOf(id);
    if (shape) map.addImage(id, markerImage(shape), { pixelRatio: MARKER_PIXEL_RATIO, sdf: true });
    else if (flow) map.addImage(id, flowPattern(COMMODITY_STYLE[flow].colour, COMMODITY_STYLE[flow].chevrons), { pixelRatio: FLOW_PIXEL_RATIO });
    else patterns(id);
  };
  map.setMissingStyleImageResolver(provide);
  const onLoad = () => {
    for (const id of EARLY_IMAGES) provide(id);
    eraFollowers.set(map, followEnergyEra(map));
  };
  if (map.isStyleLoaded()) onLoad();
  else map.once('style.load', onLoad);
}

/** The global state a map opening on `era` starts with. */
export function initialGlobalState(era: EraId): Record<string, unknown> {
  return { era };
}

/**
 * Shows `era` on a map: one global-state write for the layers that read the era, and the
 * feature state of the energy sites when the era crosses into or out of 1945–today.
 */
export function showEra(map: MapLibreMap, era: EraId): void {
  setEra(map, era);
  eraFollowers.get(map)?.();
}

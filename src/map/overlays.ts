/**
 * The feature layers of the atlas, composed in drawing order (bottom to top) for the style:
 * era land and borders, then energy, then incidents, then measurements. Each feature module
 * owns its sources, layers and global state; this file only orders them.
 */
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { eraOverlays, eraPatternResolver, ERA_STATE, setEra } from './era-layers.ts';
import { energyOverlays, energyStateFor, ENERGY_STATE } from './energy-layers.ts';
import type { EraId } from '../geo/eras.ts';
import { measureOverlay } from './measure-layers.ts';
import { INCIDENT_SOURCE, INCIDENT_STATE, incidentLayers, incidentSource } from './incident-layers.ts';

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

/**
 * Supplies the generated images (hatch patterns) when the map first asks for them, so that no
 * layer ever draws with a missing image.
 */
export function provideOverlayImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver(eraPatternResolver(map));
}

/** The global state a map opening on `era` starts with. */
export function initialGlobalState(era: EraId): Record<string, unknown> {
  return { era, ...energyStateFor(era) };
}

/**
 * Shows `era` on a map: the era layers, and the state of the layers that follow the era. Only
 * values that change are written, because each write re-evaluates the layers that read it.
 */
export function showEra(map: MapLibreMap, era: EraId): void {
  setEra(map, era);
  const state = map.getGlobalState();
  for (const [key, value] of Object.entries(energyStateFor(era))) {
    if (state[key] !== value) map.setGlobalStateProperty(key, value);
  }
}

/**
 * The layers of the first view, and the rest, which wait for it.
 *
 * Some sources hold nothing in the first view: the islands' outlines and hit areas (the app fills
 * them from islands.geojson once its panels load), the incidents (loaded and checked by their
 * section) and the measurements (drawn on demand). Their 16 layers would still be parsed on the
 * main thread and in the worker, evaluated on every frame and tiled while the first view loads,
 * on a machine whose two cores are busy all that time (see src/main.tsx). So the map starts
 * without them, and they are added, each at its place in the style, at the first idle.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

export interface LaterLayer {
  layer: LayerSpecification;
  /** The layer it goes below (the next first-view layer in the style), or none: on top. */
  before?: string;
}


/**
 * Splits the style's `layers` (bottom to top) into those the first view draws and those added
 * after it. Adding the later ones in the order given, each below its `before`, rebuilds the
 * style's order exactly.
 */
export function splitFirstView(layers: readonly LayerSpecification[], filledLater: ReadonlySet<string>): { first: LayerSpecification[]; later: LaterLayer[] } {
  const isLater = (l: LayerSpecification) => 'source' in l && typeof l.source === 'string' && filledLater.has(l.source);
  const first = layers.filter((l) => !isLater(l));
  const later = layers.flatMap((layer, i): LaterLayer[] => {
    if (!isLater(layer)) return [];
    const before = layers.slice(i + 1).find((l) => !isLater(l))?.id;
    return [before ? { layer, before } : { layer }];
  });
  return { first, later };
}

/** Adds the later layers to `map`, each at its place. */
export function addLaterLayers(map: Pick<MapLibreMap, 'addLayer'>, later: readonly LaterLayer[]): void {
  for (const { layer, before } of later) map.addLayer(layer, before);
}

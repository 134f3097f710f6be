/**
 * The path tool's hold on the map: while it is on, a click or tap on the map adds a point, and
 * keys edit the path (Enter on the focused map or P anywhere adds a point at the map's centre,
 * Backspace removes the last point, Esc ends the path). While it is on, the store's `tool` is
 * PATH_TOOL: the other features' click handlers stand aside; the map's canvas container gets
 * the class `is-path-tool`, which gives it a crosshair (app.css).
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** What the path tool reports; positions are [lon, lat]. */
export interface PathToolEvents {
  onPoint: (p: [number, number]) => void;
  onUndo: () => void;
  onEnd: () => void;
}

/** The tool id the path measure takes in the store's `tool` while it owns the map's clicks. */
export const PATH_TOOL = 'path';

/** Keys typed into a text field or a list box belong to that field, not to the path. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

function centreOf(map: MapLibreMap): [number, number] {
  const c = map.getCenter();
  return [c.lng, c.lat];
}

/**
 * Turns the path tool on for `map` until the returned function is called. Double-click zoom is
 * paused meanwhile, so that two quick clicks add two points instead of zooming.
 *
 * @example
 * const off = bindPathTool(map, { onPoint: add, onUndo: removeLast, onEnd: stop });
 * // … later
 * off();
 */
export function bindPathTool(map: MapLibreMap, ev: PathToolEvents, keys: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const canvasContainer = map.getCanvasContainer();
  const zoomWasOn = map.doubleClickZoom.isEnabled();
  if (zoomWasOn) map.doubleClickZoom.disable();
  canvasContainer.classList.add('is-path-tool');

  const click = (e: MapMouseEvent) => ev.onPoint([e.lngLat.lng, e.lngLat.lat]);
  const key = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
    const onMap = e.target instanceof Node && canvasContainer.contains(e.target);
    if ((e.key === 'Enter' && onMap) || e.key === 'p' || e.key === 'P') ev.onPoint(centreOf(map));
    else if (e.key === 'Backspace' || e.key === 'Delete') ev.onUndo();
    else if (e.key === 'Escape') ev.onEnd();
    else return;
    e.preventDefault();
  };
  map.on('click', click);
  keys.addEventListener('keydown', key);
  return () => {
    map.off('click', click);
    keys.removeEventListener('keydown', key);
    canvasContainer.classList.remove('is-path-tool');
    if (zoomWasOn) map.doubleClickZoom.enable();
  };
}

/**
 * The path tool's hold on the map: while it is on, a click or tap on the map adds a point, and
 * keys edit the path (Enter on the focused map or P anywhere adds a point at the map's centre,
 * Backspace removes the last point, Esc ends the path). A click, tap, Enter or P on the path's
 * first point, once it has three, closes the path instead (see `closesPath`). While it is on, the store's `tool` is
 * PATH_TOOL: the other features' click handlers stand aside; the map's canvas container gets
 * the class `is-path-tool`, which gives it a crosshair (app.css).
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { PathPoint } from './state.ts';
import { bindClickAndKeys, isShortcutKey } from '../../ui/keys.ts';

/** What the path tool reports, and the path it edits; positions are [lon, lat]. */
export interface PathToolEvents {
  /** The points of the path being drawn (none when there is no open path). */
  points: () => readonly PathPoint[];
  onPoint: (p: [number, number]) => void;
  /** A click, tap or key on the first point of a path of three points or more. */
  onClose: () => void;
  onUndo: () => void;
  onEnd: () => void;
}

/**
 * How near the first point, in CSS pixels, a click closes the path: a little more than the drawn
 * start circle (6 px and its 2 px ring) for a mouse, and about a fingertip (a 44 px target) for a
 * touch. The keyboard's point, the map's centre, takes the mouse's radius.
 */
export const CLOSE_RADIUS_PX = { mouse: 12, touch: 22 } as const;

/**
 * Whether a point placed at `at` (screen pixels) closes the path: it has at least three points
 * and `at` lies within `radiusPx` of where its first point is drawn.
 *
 * @example
 * closesPath(points, { x: 101, y: 99 }, (p) => map.project(p), CLOSE_RADIUS_PX.mouse); // true beside points[0]
 */
export function closesPath(
  points: readonly PathPoint[], at: { x: number; y: number },
  project: (p: [number, number]) => { x: number; y: number }, radiusPx: number,
): boolean {
  if (points.length < 3) return false;
  const first = project([points[0][0], points[0][1]]);
  return Math.hypot(first.x - at.x, first.y - at.y) <= radiusPx;
}

/** A tap arrives as a click whose pointer was a finger (or a pen, as coarse). */
const radiusOf = (e: Event): number =>
  typeof PointerEvent !== 'undefined' && e instanceof PointerEvent && (e.pointerType === 'touch' || e.pointerType === 'pen')
    ? CLOSE_RADIUS_PX.touch
    : CLOSE_RADIUS_PX.mouse;

/** The tool id the path measure takes in the store's `tool` while it owns the map's clicks. */
export const PATH_TOOL = 'path';

function centreOf(map: MapLibreMap): [number, number] {
  const c = map.getCenter();
  return [c.lng, c.lat];
}

/**
 * Turns the path tool on for `map` until the returned function is called. Double-click zoom is
 * paused meanwhile, so that two quick clicks add two points instead of zooming.
 *
 * @example
 * const off = bindPathTool(map, { points: () => path, onPoint: add, onClose: close, onUndo: removeLast, onEnd: stop });
 * // … later
 * off();
 */
export function bindPathTool(map: MapLibreMap, ev: PathToolEvents, keys: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const canvasContainer = map.getCanvasContainer();
  const zoomWasOn = map.doubleClickZoom.isEnabled();
  if (zoomWasOn) map.doubleClickZoom.disable();
  canvasContainer.classList.add('is-path-tool');

  const project = (p: [number, number]) => map.project(p);
  const place = (lngLat: [number, number], at: { x: number; y: number }, radiusPx: number) => {
    if (closesPath(ev.points(), at, project, radiusPx)) ev.onClose();
    else ev.onPoint(lngLat);
  };
  const click = (e: MapMouseEvent) => place([e.lngLat.lng, e.lngLat.lat], e.point, radiusOf(e.originalEvent));
  const key = (e: KeyboardEvent) => {
    if (!isShortcutKey(e)) return;
    const onMap = e.target instanceof Node && canvasContainer.contains(e.target);
    if ((e.key === 'Enter' && onMap) || e.key === 'p' || e.key === 'P') {
      const c = centreOf(map);
      place(c, project(c), CLOSE_RADIUS_PX.mouse);
    } else if (e.key === 'Backspace' || e.key === 'Delete') ev.onUndo();
    else if (e.key === 'Escape') ev.onEnd();
    else return;
    e.preventDefault();
  };
  const unbind = bindClickAndKeys(map, click, key, keys);
  return () => {
    unbind();
    canvasContainer.classList.remove('is-path-tool');
    if (zoomWasOn) map.doubleClickZoom.enable();
  };
}

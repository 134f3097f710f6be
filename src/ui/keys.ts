/**
 * What the map tools' keyboard shortcuts and pointer bindings share: which key presses are
 * theirs to take, and binding a click handler on the map with a key handler beside it.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** Keys typed into a text field or a list box belong to that field, not to a map shortcut. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Whether a key press is free for a map shortcut: not taken, no modifier, not typed into a field. */
export function isShortcutKey(e: KeyboardEvent): boolean {
  return !(e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target));
}

/** Binds `click` on the map and `key` on `keys` (the window); returns the unbinding. */
export function bindClickAndKeys(
  map: MapLibreMap, click: (e: MapMouseEvent) => void, key: (e: KeyboardEvent) => void,
  keys: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  map.on('click', click);
  keys.addEventListener('keydown', key);
  return () => {
    map.off('click', click);
    keys.removeEventListener('keydown', key);
  };
}

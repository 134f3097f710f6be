/**
 * "Which waters is this?" on the map: while the Sea tab is open, a click or tap on the sea (where
 * no incident, site or island takes it, and no tool owns clicks) asks about that point, and W
 * asks about the map's centre (from anywhere but a text field).
 */
import type { MapMouseEvent } from 'maplibre-gl';
import { setSlice } from '../../state/store.ts';
import type { BindContext } from '../../ui/feature.ts';
import { round5, seaSlice } from './state.ts';
import { bindClickAndKeys, isShortcutKey } from '../../ui/keys.ts';


export function bindSeaEvents({ map, store, topFeatureAt, clicksFree }: BindContext, keys: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const ask = (lon: number, lat: number) => setSlice(store, seaSlice, { point: [round5(lon), round5(lat)] });
  const click = (e: MapMouseEvent) => {
    if (store.getState().tab !== 'sea' || !clicksFree() || topFeatureAt(e.point) !== null) return;
    ask(e.lngLat.lng, e.lngLat.lat);
  };
  const key = (e: KeyboardEvent) => {
    if (!isShortcutKey(e)) return;
    // The key's place, not its letter: W is the same key on a Russian or Japanese layout.
    if ((e.code !== 'KeyW' && e.key !== 'w' && e.key !== 'W') || store.getState().tab !== 'sea') return;
    const c = map.getCenter();
    ask(c.lng, c.lat);
    e.preventDefault();
  };
  return bindClickAndKeys(map, click, key, keys);
}

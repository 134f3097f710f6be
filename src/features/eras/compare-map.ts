/**
 * The era comparison's pure parts: two maps kept on one camera both ways, the default era to
 * compare with, and the swipe's bounds. The second map itself comes from the app's one map
 * factory and follows the state through its own synchroniser (SectionProps.openSecondMap).
 */
import type { JumpToOptions, LngLatLike } from 'maplibre-gl';
import type { EraId } from '../../geo/eras.ts';

/** What camera syncing needs of a map. */
export interface SyncableCamera {
  getCenter(): LngLatLike;
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  jumpTo(options: JumpToOptions): unknown;
  on(type: 'move', listener: () => void): unknown;
  off(type: 'move', listener: () => void): unknown;
}

/**
 * Keeps two maps on one camera: a move of either is copied to the other with `jumpTo`. The
 * copy fires the other map's own `move` synchronously; the guard ignores it, so there is no
 * feedback loop. Returns a function that unbinds both.
 */
export function syncCameras(a: SyncableCamera, b: SyncableCamera): () => void {
  let copying = false;
  const follow = (from: SyncableCamera, to: SyncableCamera) => () => {
    if (copying) return;
    copying = true;
    try {
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    } finally {
      copying = false;
    }
  };
  const aToB = follow(a, b);
  const bToA = follow(b, a);
  a.on('move', aToB);
  b.on('move', bToA);
  aToB();
  return () => {
    a.off('move', aToB);
    b.off('move', bToA);
  };
}

/** The era to compare with when none is chosen: the one before, or for the first era the next. */
export function defaultCompareEra(era: EraId, eras: readonly EraId[]): EraId {
  const i = eras.indexOf(era);
  return i > 0 ? eras[i - 1] : eras[Math.min(1, eras.length - 1)];
}

/** Clamps a swipe position to the map: a fraction of its width, kept off the very edges. */
export function clampSwipe(fraction: number): number {
  return Math.min(0.98, Math.max(0.02, fraction));
}

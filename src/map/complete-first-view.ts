/**
 * The first view is drawn once, complete, instead of frame by frame as its sources arrive.
 *
 * While the map loads, MapLibre draws a frame each time a source's tiles come in: sea, then
 * land, then each overlay. The app covers the map with "Loading the map…" until the first idle
 * (index.html, then src/ui/use-atlas-map.ts), so nobody sees those frames, and in software WebGL
 * they are the costliest part of the load: each one keeps the GPU process busy for 50–100 ms, and
 * the next source waits behind it. Skipping the drawing (not the work that requests and places
 * tiles) until every tile has loaded brought the first idle from 1.66× to 1.38× the bare page in a
 * side-by-side run. Holding also the frames drawn before any source had its data (the bare
 * background: no tile was asked for yet, so every tile counted as loaded) took it a further
 * 76 ± 20 ms down (paired runs of 25 loads).
 *
 * It wraps MapLibre's painter, which is not public API (maplibre-gl is pinned in package.json).
 * Where the painter is not what this expects, it does nothing and the map draws as usual. It
 * stops at the first idle, as soon as the camera moves (a reader panning a map still loading
 * should see it), and after `maxWaitMs` in any case, so a tile that never loads never keeps
 * the map blank.
 */
export interface CompleteFirstViewTarget {
  /** Every source has its data, and every tile it asked for has loaded (or failed). */
  isStyleLoaded(): boolean | void;
  once(type: 'idle' | 'movestart', listener: () => void): unknown;
  triggerRepaint(): void;
}

interface Painter { render: (...args: unknown[]) => unknown }

/** The painter of a MapLibre map, if it has the shape this module relies on. */
function painterOf(map: CompleteFirstViewTarget): Painter | null {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  return painter && typeof painter.render === 'function' ? (painter as Painter) : null;
}

/**
 * Holds the map's drawing until its first view is complete. Returns whether it did (false where
 * the painter was not found), and counts the frames it skipped in `skipped`.
 */
export function drawFirstViewComplete(map: CompleteFirstViewTarget, opts: { maxWaitMs?: number } = {}): { held: boolean; skipped: () => number } {
  const painter = painterOf(map);
  if (!painter) return { held: false, skipped: () => 0 };
  const render = painter.render;
  let skipped = 0;
  let holding = true;
  const release = () => {
    if (!holding) return;
    holding = false;
    painter.render = render;
    clearTimeout(timer);
    map.triggerRepaint();
  };
  painter.render = function holdUntilComplete(this: unknown, ...args: unknown[]) {
    // Complete: every source loaded and every tile in. The tiles alone (`areTilesLoaded`) are not
    // enough: before any source has its data no tile is asked for, and every one of none is in.
    if (holding && map.isStyleLoaded() !== true) {
      skipped++;
      return undefined;
    }
    return render.apply(this, args);
  };
  const timer = setTimeout(release, opts.maxWaitMs ?? 4000);
  map.once('idle', release);
  map.once('movestart', release);
  return { held: true, skipped: () => skipped };
}

/**
 * The first view is drawn once at full size, complete, instead of frame by frame as its sources
 * arrive, through MapLibre's public API alone.
 *
 * While the map loads, MapLibre draws a frame each time a source's tiles come in: sea, then land,
 * then each overlay. The app covers the map with "Loading the map…" until the first idle
 * (index.html, src/main.tsx), so nobody sees those frames, and in software WebGL they are the
 * costliest part of the load: drawn at full size each keeps the GPU process busy for 50–100 ms,
 * and the next source waits behind it. So the map starts with a tiny pixel ratio (the `pixelRatio`
 * option: a canvas of 1/64 the pixels, which costs next to nothing to fill) and its canvas hidden.
 * The tiles it asks for follow the map's size in CSS pixels, not the pixel ratio, so they are the
 * tiles of the real view. After the first frame in which every source has its data and every tile
 * it asked for has loaded (`isStyleLoaded()`), the pixel ratio goes back to the screen's and the
 * canvas shows: the next frame, the first at full size, is the complete view, and the first idle
 * follows it.
 *
 * Measured with scripts/ab-first-idle.mts (paired rounds against the bench's bare page, on a
 * 2-core machine shared with other work, so the bare page took 2–3.5 s instead of about 0.8 s):
 * no hold at all 1.96× the bare page; this 1.14–1.56× in five runs (the bench: 0.97× and 1.19×);
 * the earlier wrapper of MapLibre's private `painter.render` 1.09–1.47× in the same runs. In each
 * of four paired runs the wrapper came first, by a median 82–400 ms (most often about 130 ms), a
 * difference whose quartiles straddled or touched 0 each time, but always of the same sign: this
 * is likely about 5% slower, which the 1.3× budget has little room for.
 *
 * It lets go at the first idle in any case, as soon as a reader moves the map (a reader panning a
 * map still loading should see it), and after `maxWaitMs`, so a tile that never loads never keeps
 * the map blank.
 */

/** The pixel ratio of the frames drawn before the first view is complete (pass it to the map). */
export const LOADING_PIXEL_RATIO = 1 / 8;

export interface FirstViewHold {
  /** Whether the first view was held until complete. */
  held: boolean;
  /** How many frames MapLibre drew small (hidden) meanwhile. */
  skipped: () => number;
}

/** What the hold uses of a MapLibre map: public methods only. */
export interface CompleteFirstViewTarget {
  /** Every source has its data, and every tile it asked for has loaded (or failed). */
  isStyleLoaded(): boolean | void;
  getCanvas(): { style: { visibility: string } };
  setPixelRatio(pixelRatio: number): void;
  on(type: 'render' | 'movestart', listener: (e: { originalEvent?: unknown }) => void): unknown;
  off(type: 'render' | 'movestart', listener: (e: { originalEvent?: unknown }) => void): unknown;
  once(type: 'idle', listener: () => void): unknown;
}

/**
 * Hides `map`, created with `pixelRatio: LOADING_PIXEL_RATIO`, until its first view is complete,
 * then draws it at `pixelRatio` (default: follow the screen's). Returns whether it held (always,
 * here) and how many small frames were drawn meanwhile (`skipped`, as no full-size frame was).
 */
export function drawFirstViewComplete(
  map: CompleteFirstViewTarget,
  opts: { pixelRatio?: number; maxWaitMs?: number } = {},
): FirstViewHold {
  let small = 0;
  let holding = true;
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  const release = () => {
    if (!holding) return;
    holding = false;
    clearTimeout(timer);
    map.off('render', onRender);
    map.off('movestart', onMoveStart);
    // `null` gives the ratio back to the screen (documented under setPixelRatio; typed as number).
    map.setPixelRatio((opts.pixelRatio ?? null) as number);
    canvas.style.visibility = '';
  };
  // After the frame: by then MapLibre has asked for every tile of the view, so "every source
  // loaded" cannot be the empty truth of a source whose tiles are not asked for yet.
  const onRender = () => {
    small++;
    if (map.isStyleLoaded() === true) release();
  };
  // Only a reader's move (it has an original event): setPixelRatio's own resize moves the map too.
  const onMoveStart = (e: { originalEvent?: unknown }) => { if (e.originalEvent) release(); };
  map.on('render', onRender);
  map.on('movestart', onMoveStart);
  map.once('idle', release);
  const timer = setTimeout(release, opts.maxWaitMs ?? 4000);
  return { held: true, skipped: () => small };
}

/**
 * The map's view in the hash, `#zoom/lat/lng` (MapLibre may add `/bearing/pitch`), checked
 * before MapLibre reads it. MapLibre takes the hash as it finds it: `#5/45/Infinity` or a
 * longitude of 5,000 digits left the map without a centre (and it wrote the bad hash back, so a
 * reload failed again). Every value must be a finite number of sensible length; out-of-range
 * values are clamped, anything else drops the hash (the map opens on its first view). Both give
 * a notice.
 */
import type { Notice } from './store.ts';
import { quoteValue } from './url.ts';

/** Zoom, latitude, longitude, bearing, pitch: the range each may take. */
const RANGES: readonly [number, number][] = [[0, 22], [-85, 85], [-180, 180], [-180, 180], [0, 85]];
/** No coordinate needs more characters than this (MapLibre writes at most a dozen). */
const MAX_PART = 24;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export interface CheckedHash {
  /** The hash to use (with its '#'), or '' for none. Equal to the input when it was fine. */
  hash: string;
  notice: Notice | null;
}

const notice = (raw: string, message: 'app.view.notView' | 'app.view.tooLarge'): Notice => ({ id: 'view', message, values: { value: quoteValue(raw) } });

export function checkViewHash(hash: string): CheckedHash {
  if (hash === '' || hash === '#') return { hash, notice: null };
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.length > MAX_PART || !NUMBER.test(p))) {
    return { hash: '', notice: notice(raw, 'app.view.notView') };
  }
  const values = parts.map(Number);
  if (values.some((v) => !Number.isFinite(v))) {
    return { hash: '', notice: notice(raw, 'app.view.tooLarge') };
  }
  const clamped = values.map((v, i) => Math.min(RANGES[i][1], Math.max(RANGES[i][0], v)));
  if (clamped.every((v, i) => v === values[i])) return { hash, notice: null };
  const fixed = `#${clamped.map((v, i) => (v === values[i] ? parts[i] : String(v))).join('/')}`;
  return { hash: fixed, notice: { id: 'view', message: 'app.view.outOfRange', values: { value: quoteValue(raw), fixed: fixed.slice(1) } } };
}

/**
 * Keeps the hash checked: now, and on every later change, before MapLibre's own listener
 * reads it (listeners run in the order they were added, and this one is added before the map
 * exists). A bad hash is replaced in place, without a new history entry.
 */
export function guardViewHash(onNotice: (n: Notice) => void, win: Window = window): () => void {
  const check = () => {
    const { hash, notice: n } = checkViewHash(win.location.hash);
    if (hash !== win.location.hash && !(hash === '' && win.location.hash === '')) {
      const url = new URL(win.location.href);
      url.hash = hash;
      win.history.replaceState(win.history.state, '', url.href);
    }
    if (n) onNotice(n);
  };
  check();
  win.addEventListener('hashchange', check);
  return () => win.removeEventListener('hashchange', check);
}

/**
 * The atlas's query parameters (`?era=`, `?incident=`, `?measure=`): read once at start, written
 * back as the user changes things. The view itself lives in the hash, which MapLibre owns; these
 * functions keep it intact. A bad value never stops the app: the reader returns a notice instead.
 */
import { DEFAULT_ERA, ERA_IDS, isEraId, type EraId } from '../geo/eras.ts';

export interface ParamRead<T> { value: T; notice: string | null }

/** `?era=1855|1875|1905|1945`; anything else falls back to the default era with a notice. */
export function readEra(search: string): ParamRead<EraId> {
  const raw = new URLSearchParams(search).get('era');
  if (raw === null || raw === '') return { value: DEFAULT_ERA, notice: null };
  if (isEraId(raw)) return { value: raw, notice: null };
  return {
    value: DEFAULT_ERA,
    notice: `The link asks for era “${raw}”, which the atlas does not have (${ERA_IDS.join(', ')}). Showing 1945 to today instead.`,
  };
}

/** A single string parameter, trimmed; null when absent or empty. */
export function readParam(search: string, name: string): string | null {
  const v = new URLSearchParams(search).get(name)?.trim();
  return v ? v : null;
}

/**
 * Sets (or, with null, removes) one query parameter in the address bar without a reload or a
 * new history entry; the hash (the map view) is kept.
 */
export function writeParam(name: string, value: string | null, loc: Location = window.location, hist: History = window.history): void {
  const url = new URL(loc.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== loc.href) hist.replaceState(hist.state, '', url.href);
}

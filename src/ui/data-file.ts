/**
 * Loading a data file of the atlas where it enters the app: fetch it from public/data, check it
 * against its contract, and report a missing or malformed file as a state the UI can show (and,
 * through `notify`, as a notice) rather than an exception. Loads start only when `start` is true,
 * so that panels wait for the map's first view and never compete with it.
 */
import { useEffect, useState } from 'react';
import type { Problems } from '../geo/geojson-schema.ts';
import { notify, type AtlasStore } from '../state/store.ts';

export type DataState<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; message: string };

/** Fetches and checks one file; rejects with a message that names the file and its problems. */
export async function loadDataFile<T>(file: string, check: (v: unknown) => Problems, fetchFn: typeof fetch = fetch): Promise<T> {
  const res = await fetchFn(new URL(`data/${file}`, window.location.href).href);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const problems = check(json);
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new Error(`${file} is malformed: ${problems.slice(0, 3).join('; ')}${more}`);
  }
  return json as T;
}

/**
 * The state of `load()`, started once `start` is true. On failure the state carries
 * `describe(error)`, and `notify` gets the same text under `noticeId`.
 */
export function useDataFile<T>(opts: {
  start: boolean;
  load: () => Promise<T>;
  noticeId: string;
  describe: (reason: string) => string;
  notify?: (n: { id: string; text: string }) => void;
}): DataState<T> {
  const [state, setState] = useState<DataState<T>>({ kind: 'loading' });
  const { start, noticeId } = opts;
  // The loader and messages are fixed for a section: kept from the first render, so the load
  // does not start again when a parent passes new closures.
  const [fixed] = useState(() => ({ load: opts.load, describe: opts.describe, notify: opts.notify }));
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    fixed.load()
      .then((data) => { if (!cancelled) setState({ kind: 'ready', data }); })
      .catch((e: unknown) => {
        if (cancelled) return;
        const message = fixed.describe(e instanceof Error ? e.message : String(e));
        setState({ kind: 'error', message });
        fixed.notify?.({ id: noticeId, text: message });
      });
    return () => { cancelled = true; };
  }, [start, noticeId, fixed]);
  return state;
}

/**
 * Loads a data file for the store: `done` gets the checked data; a failure becomes a notice
 * (and `failed`, if given, hears the message). For data several panels or the map share.
 */
export function loadInto<T>(opts: {
  file: string;
  check: (v: unknown) => Problems;
  store: AtlasStore;
  noticeId: string;
  describe: (reason: string) => string;
  done: (data: T) => void;
  failed?: (message: string) => void;
}): void {
  loadDataFile<T>(opts.file, opts.check)
    .then(opts.done)
    .catch((e: unknown) => {
      const message = opts.describe(e instanceof Error ? e.message : String(e));
      notify(opts.store, { id: opts.noticeId, text: message });
      opts.failed?.(message);
    });
}

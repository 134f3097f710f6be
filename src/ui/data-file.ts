/**
 * Loading a data file of the atlas where it enters the app: fetch it from public/data, check it
 * against its contract, and report a missing or malformed file as a state the UI can show (and,
 * through `notify`, as a notice) rather than an exception. Loads start only when `start` is true,
 * so that panels wait for the map's first view and never compete with it.
 *
 * What went wrong is a catalogue message (`DataFileError.reason`, `app.data.*`), so a feature
 * that names its failure by a message of its own (`failure`, with a `{reason}` argument) gets a
 * notice and an error state written in the interface language. `describe` (English words) is
 * kept for features not yet given one.
 */
import { useEffect, useState } from 'react';
import type { Problems } from '../geo/geojson-schema.ts';
import type { MessageId } from '../i18n/ids.ts';
import { notify, type AtlasStore, type Notice, type NoticeMessage, type NoticeValue } from '../state/store.ts';

export type DataState<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; message: string; notice?: NoticeMessage };

/** A data file that could not be used: `message` in English (for the console), `reason` as a catalogue message. */
export class DataFileError extends Error {
  constructor(message: string, readonly reason: NoticeMessage) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Why a load failed, as a notice's argument: the catalogue message of a DataFileError, else the error's own words. */
export function reasonOf(e: unknown): NoticeValue {
  if (e instanceof DataFileError) return e.reason;
  return e instanceof Error ? e.message : String(e);
}

/** Fetches and checks one file; rejects with a DataFileError that names the file and its problems. */
export async function loadDataFile<T>(file: string, check: (v: unknown) => Problems, fetchFn: typeof fetch = fetch): Promise<T> {
  const res = await fetchFn(new URL(`data/${file}`, window.location.href).href);
  if (!res.ok) throw new DataFileError(`${file}: HTTP ${res.status}`, { message: 'app.data.http', values: { file, status: res.status } });
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new DataFileError(`${file} is not valid JSON`, { message: 'app.data.json', values: { file } });
  }
  const problems = check(json);
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    const listed = problems.slice(0, 3).join('; ');
    // The contract's problems are the checker's own words (English), quoted as they are.
    throw new DataFileError(`${file} is malformed: ${listed}${more}`, { message: 'app.data.malformed', values: { file, problems: listed, more: Math.max(0, problems.length - 3) } });
  }
  return json as T;
}

/** How a feature names a failed load: its own message with a `{reason}` argument, or English words. */
interface Describe {
  /** A catalogue message with a `{reason}` argument ("The sea zones could not be loaded ({reason})."). */
  failure?: MessageId;
  /** The same in English, for features not yet given a message (and for the console). */
  describe: (reason: string) => string;
}

function failed(e: unknown, d: Describe): { message: string; notice?: NoticeMessage } {
  const message = d.describe(e instanceof Error ? e.message : String(e));
  return d.failure ? { message, notice: { message: d.failure, values: { reason: reasonOf(e) } } } : { message };
}

/**
 * The state of `load()`, started once `start` is true. On failure the state carries the
 * description, and `notify` gets the same under `noticeId`.
 */
export function useDataFile<T>(opts: Describe & {
  start: boolean;
  load: () => Promise<T>;
  noticeId: string;
  notify?: (n: Notice) => void;
}): DataState<T> {
  const [state, setState] = useState<DataState<T>>({ kind: 'loading' });
  const { start, noticeId } = opts;
  // The loader and messages are fixed for a section: kept from the first render, so the load
  // does not start again when a parent passes new closures.
  const [fixed] = useState(() => ({ load: opts.load, describe: opts.describe, failure: opts.failure, notify: opts.notify }));
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    fixed.load()
      .then((data) => { if (!cancelled) setState({ kind: 'ready', data }); })
      .catch((e: unknown) => {
        if (cancelled) return;
        const f = failed(e, fixed);
        setState({ kind: 'error', ...f });
        fixed.notify?.(f.notice ? { id: noticeId, ...f.notice } : { id: noticeId, text: f.message });
      });
    return () => { cancelled = true; };
  }, [start, noticeId, fixed]);
  return state;
}

/**
 * Loads a data file for the store: `done` gets the checked data; a failure becomes a notice
 * (and `failed`, if given, hears the English message and the catalogue one). For data several
 * panels or the map share.
 */
export function loadInto<T>(opts: Describe & {
  file: string;
  check: (v: unknown) => Problems;
  store: AtlasStore;
  noticeId: string;
  done: (data: T) => void;
  failed?: (message: string, notice?: NoticeMessage) => void;
}): void {
  loadDataFile<T>(opts.file, opts.check)
    .then(opts.done)
    .catch((e: unknown) => {
      const f = failed(e, opts);
      notify(opts.store, f.notice ? { id: opts.noticeId, ...f.notice } : { id: opts.noticeId, text: f.message });
      opts.failed?.(f.message, f.notice);
    });
}

/**
 * The imported layers kept across reloads in the browser's IndexedDB, through idb-keyval (a
 * well-kept 600-byte wrapper: IndexedDB's own API is events and transactions for what is here a
 * get, a set and a delete). One entry per layer, by its id, in a database of the atlas's own; the
 * data never leaves the browser. Storage may be refused (a private window, a full disk): then the
 * layers last for the visit, and the caller says so once.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { ImportedLayer } from './state.ts';

let db: UseStore | null = null;
const store = (): UseStore => (db ??= createStore('kuril-atlas-imports', 'layers'));

/** The layer as kept: everything but what the map or the list derive. */
const kept = (l: ImportedLayer): ImportedLayer => ({ ...l, warnings: [...l.warnings] });

/** The kept layers, oldest first. Rejects when storage cannot be read. */
export async function readKept(): Promise<ImportedLayer[]> {
  const all = await entries<string, ImportedLayer>(store());
  return all
    .map(([, l]) => l)
    .filter((l) => l && typeof l.id === 'string' && l.collection?.type === 'FeatureCollection' && Array.isArray(l.collection.features))
    .sort((a, b) => a.added - b.added);
}

export function keep(layer: ImportedLayer): Promise<void> {
  return set(layer.id, kept(layer), store());
}

export function forget(id: string): Promise<void> {
  return del(id, store());
}

/**
 * The imported layers kept across reloads in the browser's IndexedDB, through idb-keyval (a
 * well-kept 600-byte wrapper: IndexedDB's own API is events and transactions for what is here a
 * get, a set and a delete). One entry per layer, by its id, in a database of the atlas's own; the
 * data never leaves the browser. Storage may be refused (a private window, a full disk): then the
 * layers last for the visit, and the caller says so once.
 *
 * A removal must hold even when the page is reloaded or closed straight after it: IndexedDB's
 * delete lands a moment later, and a page that goes away first can lose it, bringing the layer
 * back. So a removal is first written down synchronously in localStorage (`removed`, below), and
 * the kept layers are read past that list; its entries go once their deletes have landed.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { readStored, writeStored, type KeyValueStorage } from '../../ui/storage.ts';
import type { ImportedLayer } from './state.ts';

let db: UseStore | null = null;
const store = (): UseStore => (db ??= createStore('kuril-atlas-imports', 'layers'));

/** The layer as kept: everything but what the map or the list derive. */
const kept = (l: ImportedLayer): ImportedLayer => ({ ...l, warnings: [...l.warnings] });

const REMOVED = 'kuril-atlas:imports-removed';

/** One layer among all ever imported: ids are reused once freed, the moment of import is not. */
const removalKey = (l: Pick<ImportedLayer, 'id' | 'added'>) => `${l.id}@${l.added}`;

/** The removals written down and not yet known to have landed. */
export function removedKeys(storage?: KeyValueStorage | null): Set<string> {
  try {
    const v: unknown = JSON.parse(readStored(REMOVED, storage) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeRemoved(keys: Set<string>, storage?: KeyValueStorage | null): void {
  writeStored(REMOVED, JSON.stringify([...keys]), storage);
}

export function markRemoved(l: Pick<ImportedLayer, 'id' | 'added'>, storage?: KeyValueStorage | null): void {
  writeRemoved(removedKeys(storage).add(removalKey(l)), storage);
}

export function unmarkRemoved(l: Pick<ImportedLayer, 'id' | 'added'>, storage?: KeyValueStorage | null): void {
  const keys = removedKeys(storage);
  if (keys.delete(removalKey(l))) writeRemoved(keys, storage);
}

/**
 * Splits what IndexedDB holds into the layers to show and those removed whose deletes were lost,
 * and forgets the written-down removals of layers it no longer holds (their deletes landed, or the
 * id was taken by a later import). Run once as the page opens, before anything is removed.
 */
export function pastRemovals<L extends Pick<ImportedLayer, 'id' | 'added'>>(all: readonly L[], storage?: KeyValueStorage | null): { live: L[]; removed: L[] } {
  const keys = removedKeys(storage);
  const live: L[] = [];
  const removed: L[] = [];
  for (const l of all) (keys.has(removalKey(l)) ? removed : live).push(l);
  const stillHeld = new Set(removed.map(removalKey));
  if ([...keys].some((k) => !stillHeld.has(k))) writeRemoved(stillHeld, storage);
  return { live, removed };
}

/** The kept layers, oldest first. Rejects when storage cannot be read. */
export async function readKept(): Promise<ImportedLayer[]> {
  const all = (await entries<string, ImportedLayer>(store()))
    .map(([, l]) => l)
    .filter((l) => l && typeof l.id === 'string' && l.collection?.type === 'FeatureCollection' && Array.isArray(l.collection.features));
  const { live, removed } = pastRemovals(all);
  // Removals that did not land before the page went away land now.
  for (const l of removed) void forget(l).catch(() => undefined);
  return live.sort((a, b) => a.added - b.added);
}

export function keep(layer: ImportedLayer): Promise<void> {
  return set(layer.id, kept(layer), store());
}

/** Removes a layer for good: written down at once, deleted from IndexedDB a moment later. */
export async function forget(layer: Pick<ImportedLayer, 'id' | 'added'>): Promise<void> {
  markRemoved(layer);
  await del(layer.id, store());
  unmarkRemoved(layer);
}

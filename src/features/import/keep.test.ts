/**
 * The written-down removals (keep.ts): a layer removed just before the page went away stays
 * removed on the next visit even though IndexedDB still holds it, and the list of removals does
 * not grow without end. (IndexedDB itself is exercised in a real browser: test/browser/import.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../ui/storage.ts';
import { markRemoved, pastRemovals, removedKeys, unmarkRemoved } from './keep.ts';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); } };
}

const a = { id: 'import-1', added: 100 };
const b = { id: 'import-2', added: 200 };

describe('removals written down before IndexedDB has them', () => {
  it('hides a removed layer that IndexedDB still holds, and shows the rest', () => {
    const s = memory();
    markRemoved(a, s);
    const { live, removed } = pastRemovals([a, b], s);
    expect(live).toEqual([b]);
    expect(removed).toEqual([a]);
    // Still written down until its delete lands.
    expect([...removedKeys(s)]).toEqual(['import-1@100']);
    unmarkRemoved(a, s);
    expect(removedKeys(s).size).toBe(0);
  });

  it('does not hide a later import that took a removed layer\'s id', () => {
    const s = memory();
    markRemoved(a, s);
    const later = { id: 'import-1', added: 300 };
    const { live, removed } = pastRemovals([later, b], s);
    expect(live).toEqual([later, b]);
    expect(removed).toEqual([]);
    // The old removal is forgotten: IndexedDB no longer holds that layer.
    expect(removedKeys(s).size).toBe(0);
  });

  it('reads a damaged or foreign entry as no removals, and works without storage', () => {
    const s = memory();
    s.setItem('kuril-atlas:imports-removed', '{not json');
    expect(removedKeys(s).size).toBe(0);
    s.setItem('kuril-atlas:imports-removed', JSON.stringify([1, 'import-2@200', null]));
    expect([...removedKeys(s)]).toEqual(['import-2@200']);
    expect(pastRemovals([a, b], s).live).toEqual([a]);
    expect(() => markRemoved(a, null)).not.toThrow();
    expect(pastRemovals([a], null).live).toEqual([a]);
  });
});

import { describe, expect, it } from 'vitest';
import { readStored, writeStored, type KeyValueStorage } from './storage.ts';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const refusing: KeyValueStorage = {
  getItem: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
};

describe('readStored and writeStored', () => {
  it('store and read back a value', () => {
    const s = memory();
    expect(readStored('k', s)).toBeNull();
    expect(writeStored('k', 'nmi', s)).toBe(true);
    expect(readStored('k', s)).toBe('nmi');
    expect(s.data.get('k')).toBe('nmi');
  });

  it('never throw when storage refuses, or is missing', () => {
    expect(readStored('k', refusing)).toBeNull();
    expect(writeStored('k', 'v', refusing)).toBe(false);
    expect(readStored('k', null)).toBeNull();
    expect(writeStored('k', 'v', null)).toBe(false);
  });

  it('never throw where window.localStorage itself throws on access', () => {
    const g = globalThis as { window?: unknown };
    const had = 'window' in g;
    const before = g.window;
    g.window = Object.defineProperty({}, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      expect(readStored('k')).toBeNull();
      expect(writeStored('k', 'v')).toBe(false);
    } finally {
      if (had) g.window = before;
      else delete g.window;
    }
  });
});

/**
 * Remembered choices in localStorage, for the choices that outlive a visit (the interface
 * language, the distance unit). Storage can be refused at every step: reading
 * `window.localStorage` throws where a browser blocks storage for the site, `setItem` throws in
 * some private modes and when the quota is full. Then the choice lasts for the visit only: these
 * never throw.
 */

/** The part of the Storage interface used here (tests pass their own). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The value stored under `key`, or null when there is none or storage is refused.
 *
 * @example
 * readStored('kuril-atlas:unit'); // 'nmi', or null
 */
export function readStored(key: string, storage: KeyValueStorage | null = localStorageOrNull()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores `value` under `key`; false when storage is refused (the caller need not care).
 *
 * @example
 * writeStored('kuril-atlas:unit', 'nmi'); // true
 */
export function writeStored(key: string, value: string, storage: KeyValueStorage | null = localStorageOrNull()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

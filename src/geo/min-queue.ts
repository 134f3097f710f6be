/**
 * A binary min-heap of integer ids keyed by numbers: the queue behind the best-first searches.
 * Ids and keys sit in two flat arrays, so pushing allocates nothing per entry.
 */
export class MinQueue {
  private ids: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds `id` with priority `key` (smaller comes out first).
   *
   * @example
   * const q = new MinQueue();
   * q.push(7, 2.5);
   * q.push(3, 0.5);
   * q.pop(); // 3
   */
  push(id: number, key: number): void {
    const ids = this.ids, keys = this.keys;
    let i = ids.length;
    ids.push(id);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      ids[i] = ids[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    ids[i] = id;
    keys[i] = key;
  }

  /** The smallest key in the queue (Infinity when empty). */
  peekValue(): number {
    return this.keys.length ? this.keys[0] : Infinity;
  }

  /** Removes and returns the id with the smallest key (undefined behaviour when empty: check size). */
  pop(): number {
    const ids = this.ids, keys = this.keys;
    const top = ids[0];
    const lastId = ids.pop() as number;
    const lastKey = keys.pop() as number;
    const n = ids.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r] < keys[l] ? r : l;
        if (keys[c] >= lastKey) break;
        ids[i] = ids[c];
        keys[i] = keys[c];
        i = c;
      }
      ids[i] = lastId;
      keys[i] = lastKey;
    }
    return top;
  }
}

import { describe, expect, it } from 'vitest';
import { MinQueue } from './min-queue.ts';

describe('MinQueue', () => {
  it('pops ids in order of their keys, whatever order they went in', () => {
    // A fixed shuffle of 0..199 with keys that repeat, so ties are exercised too.
    const q = new MinQueue();
    const keys = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 200) % 50);
    keys.forEach((k, id) => q.push(id, k));
    expect(q.size).toBe(200);
    const out: number[] = [];
    while (q.size) {
      const k = q.peekValue();
      const id = q.pop();
      expect(keys[id]).toBe(k);
      out.push(k);
    }
    expect(out).toEqual([...keys].sort((a, b) => a - b));
    expect(q.peekValue()).toBe(Infinity);
  });

  it('interleaves pushes and pops', () => {
    const q = new MinQueue();
    q.push(1, 5);
    q.push(2, 1);
    expect(q.pop()).toBe(2);
    q.push(3, 0);
    q.push(4, 9);
    expect([q.pop(), q.pop(), q.pop()]).toEqual([3, 1, 4]);
    expect(q.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { hasResult, NONE, withPathClosed, type Measurement } from './state.ts';

const path = (n: number, closed = false): Measurement =>
  ({ kind: 'path', points: Array.from({ length: n }, (_, i) => [140 + i, 45 + (i % 2)] as const), closed });

describe('withPathClosed', () => {
  it('closes an open path of three points or more, keeping its points', () => {
    const open = path(3);
    const closed = withPathClosed(open);
    expect(closed).toEqual({ ...open, closed: true });
    expect(withPathClosed(path(5))).toMatchObject({ kind: 'path', closed: true });
  });

  it('leaves a shorter path, a closed path and other measurements as they are', () => {
    for (const m of [path(0), path(1), path(2), path(4, true), NONE, { kind: 'pair', a: 'kunashir', b: 'hokkaido' } as Measurement]) {
      expect(withPathClosed(m)).toBe(m);
    }
  });
});

describe('hasResult', () => {
  it('is true for two places, an island and a path with a length', () => {
    expect(hasResult({ kind: 'pair', a: 'kunashir', b: 'hokkaido' })).toBe(true);
    expect(hasResult({ kind: 'area', island: 'iturup' })).toBe(true);
    expect(hasResult(path(2))).toBe(true);
    expect(hasResult(path(3, true))).toBe(true);
  });

  it('is false with nothing measured, or a path of no point or one', () => {
    expect(hasResult(NONE)).toBe(false);
    expect(hasResult(path(0))).toBe(false);
    expect(hasResult(path(1))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { hasResult, NONE, type Measurement } from './state.ts';

const path = (n: number, closed = false): Measurement =>
  ({ kind: 'path', points: Array.from({ length: n }, (_, i) => [140 + i, 45 + (i % 2)] as const), closed });

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

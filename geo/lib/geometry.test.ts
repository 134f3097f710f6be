import { describe, expect, it } from 'vitest';
import { clipPolygon, pointInPolygon, rewind, roundCoords, simplifyRingOutside, type Ring } from './geometry.ts';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('simplifyRingOutside', () => {
  // A wiggly line along y = 0 from x = 0 to 10, closed back along y = -1.
  const wiggle: Ring = [...Array.from({ length: 101 }, (_, i) => [i / 10, i % 2 ? 0.001 : 0]), [10, -1], [0, -1], [0, 0]];

  it('drops vertices within the tolerance outside the keep box', () => {
    const out = simplifyRingOutside(wiggle, 0.01, [100, 100, 101, 101]);
    expect(out.length).toBeLessThan(10);
    expect(out[0]).toEqual([0, 0]);
    expect(out[out.length - 1]).toEqual([0, 0]);
  });

  it('keeps every vertex inside the keep box', () => {
    const out = simplifyRingOutside(wiggle, 0.01, [4.95, -0.5, 6.05, 0.5]);
    const kept = out.filter(([x, y]) => x >= 4.95 && x <= 6.05 && y > -0.5);
    expect(kept.length).toBe(11);
  });
});

describe('roundCoords', () => {
  it('rounds finer inside the finer box and drops collapsed rings', () => {
    const r = roundCoords([[[0.123456, 0.123456], [1.123456, 0.1], [1.1, 1.1], [0.123456, 0.123456]], square(5, 5, 0.00001)], 2, { box: [0, 0, 0.5, 0.5], decimals: 4 });
    expect(r.length).toBe(1);
    expect(r[0][0]).toEqual([0.1235, 0.1235]);
    expect(r[0][1]).toEqual([1.12, 0.1]);
  });
});

describe('rewind and clip', () => {
  it('winds shells counterclockwise and holes clockwise', () => {
    const cw = [...square(0, 0, 4)].reverse();
    const [shell, hole] = rewind([cw, square(1, 1, 1)]);
    const area = (r: Ring) => r.slice(1).reduce((a, p, i) => a + (r[i][0] * p[1] - p[0] * r[i][1]), 0) / 2;
    expect(area(shell)).toBeGreaterThan(0);
    expect(area(hole)).toBeLessThan(0);
  });

  it('clips a polygon to a box and keeps a hole inside it', () => {
    const clipped = clipPolygon([square(0, 0, 10), square(1, 1, 1)], [0, 0, 5, 5]);
    expect(clipped).not.toBeNull();
    expect(clipped!.length).toBe(2);
    expect(Math.max(...clipped![0].map((p) => p[0]))).toBe(5);
    expect(pointInPolygon([1.5, 1.5], clipped!)).toBe(false);
    expect(pointInPolygon([3, 3], clipped!)).toBe(true);
  });

  it('returns null when nothing of the polygon is in the box', () => {
    expect(clipPolygon([square(0, 0, 1)], [5, 5, 6, 6])).toBeNull();
  });
});

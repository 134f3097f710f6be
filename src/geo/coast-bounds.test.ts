import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointToPreparedSegment } from './geodesic.ts';
import { boxGapM, chordBounds, minParallelRadius, pointGapM, scalesFor, type Bounds, type Scales } from './coast-bounds.ts';
import { coastOf, crossing, lineOf, type Coast } from './coast-index.ts';
import type { IslandCollection } from './types.ts';

const islands = (JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const coast = (id: string) => coastOf(islands.find((f) => f.properties.id === id)!);

/** Exact distance between two segments, metres: 0 if they cross, else the least end-to-segment distance. */
function exact(a: Coast, i: number, b: Coast, j: number): number {
  if (crossing(a, i, b, j)) return 0;
  let m = Infinity;
  for (let e = 0; e < 2; e++) {
    m = Math.min(m, pointToPreparedSegment(lineOf(b, j), a.seg[i * 4 + e * 2], a.seg[i * 4 + e * 2 + 1]).m);
    m = Math.min(m, pointToPreparedSegment(lineOf(a, i), b.seg[j * 4 + e * 2], b.seg[j * 4 + e * 2 + 1]).m);
  }
  return m;
}

// A fixed, spread-out choice of segment pairs (every 37th against every 53rd), near and far.
describe.each([
  ['kunashir', 'hokkaido'],
  ['shumshu', 'kamchatka'],
  ['sakhalin', 'iturup'],
])('bounds between %s and %s segments hold the exact distance', (x, y) => {
  const a = coast(x);
  const b = coast(y);
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.n; i += 37) for (let j = 0; j < b.n; j += 53) pairs.push([i, j]);

  it('lower ≤ exact ≤ upper, and the chord bounds are tight', () => {
    const out: Bounds = { lo: 0, hi: 0 };
    const sc: Scales = { kx: 0, ky: 0, ratio: 0, kyMax: 0 };
    let worst = 0;
    for (const [i, j] of pairs) {
      const d = exact(a, i, b, j);
      const lo = Math.min(a.box[i * 4 + 1], b.box[j * 4 + 1]);
      const hi = Math.max(a.box[i * 4 + 3], b.box[j * 4 + 3]);
      // Valid for any distance up to withinM: give it the exact distance (plus a little).
      scalesFor(lo, hi, d * 1.001 + 1, sc);
      chordBounds(a, i, b, j, sc, out);
      expect(out.lo).toBeLessThanOrEqual(d);
      expect(out.hi).toBeGreaterThanOrEqual(d);
      const rMin = minParallelRadius(lo, hi, d * 1.001 + 1);
      expect(boxGapM(a.box, i * 4, b.box, j * 4, rMin)).toBeLessThanOrEqual(d);
      const fromStart = pointToPreparedSegment(lineOf(b, j), a.seg[i * 4], a.seg[i * 4 + 1]).m;
      expect(pointGapM(a.seg[i * 4], a.seg[i * 4 + 1], b.box, j * 4, minParallelRadius(lo, hi, fromStart * 1.001 + 1))).toBeLessThanOrEqual(fromStart);
      if (d > 1000 && d < 50_000) worst = Math.max(worst, (out.hi - out.lo) / d);
    }
    // Within 50 km, where the search needs them, the bounds bracket the distance to 2% (measured: 1.5%).
    expect(worst).toBeLessThan(0.02);
  });
});

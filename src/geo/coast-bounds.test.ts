import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm, pointToPreparedSegment, prepareSegment } from './geodesic.ts';
import { boxGap3, bulgeM, chordChord3, geodesicFloor, pointBoxGap3, pointChord3, toEcef } from './coast-bounds.ts';

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

describe('toEcef', () => {
  it('puts the equator at radius a and the pole at radius b', () => {
    const p = new Float64Array(6);
    toEcef(0, 0, p, 0);
    toEcef(123, 90, p, 3);
    expect(p[0]).toBeCloseTo(6378137, 6);
    expect(p[5]).toBeCloseTo(6356752.314245, 5);
  });
});

describe('geodesicFloor', () => {
  it('stays below the geodesic for far pairs, and above the chord where it claims to help', () => {
    const xyz = new Float64Array(6);
    // Pairs from 1,000 to 9,000 km apart, at many latitudes and headings.
    for (let k = 0; k < 60; k++) {
      const a = [100 + k * 1.3, -70 + k * 2.3];
      const b = [a[0] + 10 + (k % 7) * 9, a[1] + ((k % 5) - 2) * 15];
      b[1] = Math.max(-85, Math.min(85, b[1]));
      toEcef(a[0], a[1], xyz, 0);
      toEcef(b[0], b[1], xyz, 3);
      const chord = Math.hypot(xyz[3] - xyz[0], xyz[4] - xyz[1], xyz[5] - xyz[2]);
      const s = geodesicDistanceKm(a, b) * 1000;
      expect(geodesicFloor(chord)).toBeLessThanOrEqual(s);
      expect(geodesicFloor(chord)).toBeGreaterThanOrEqual(chord);
      if (chord > 3e6) expect(geodesicFloor(chord)).toBeGreaterThan(chord);
    }
    expect(geodesicFloor(16000)).toBe(16000);
  });
});

describe('bulgeM', () => {
  it.each([10, 100, 500])('holds a %d km geodesic within it of the chord', (km) => {
    // A diagonal geodesic at 45°N: sample it and measure each point's distance to the chord.
    const seg = prepareSegment([140, 45], [140 + km / 110, 45 + km / 160]);
    const xyz = new Float64Array(9);
    toEcef(seg.lon1, seg.lat1, xyz, 0);
    toEcef(seg.lon2, seg.lat2, xyz, 3);
    const chord = Math.hypot(xyz[3] - xyz[0], xyz[4] - xyz[1], xyz[5] - xyz[2]);
    let worst = 0;
    for (let k = 1; k < 100; k++) {
      const x = seg.line.Position((seg.s13 * k) / 100);
      toEcef(x.lon2 ?? NaN, x.lat2 ?? NaN, xyz, 6);
      worst = Math.max(worst, pointChord3(xyz, 6, xyz, 0));
    }
    expect(worst).toBeLessThan(bulgeM(chord));
    // And the margin is no more than the doubling it is meant to be.
    expect(worst).toBeGreaterThan(bulgeM(chord) / 3);
  });
});

// A fixed, spread-out choice of segment pairs (every 37th against every 53rd), near and far.
describe.each([
  ['kunashir', 'hokkaido'],
  ['shumshu', 'kamchatka'],
  ['sakhalin', 'iturup'],
])('chord bounds between %s and %s segments', (x, y) => {
  const a = coast(x);
  const b = coast(y);
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.n; i += 37) for (let j = 0; j < b.n; j += 53) pairs.push([i, j]);

  it('never exceed the exact geodesic distance, and are tight near', () => {
    let worst = 0;
    for (const [i, j] of pairs) {
      const d = exact(a, i, b, j);
      const chordLb = chordChord3(a.xyz, i * 6, b.xyz, j * 6) - a.pad[i] - b.pad[j];
      expect(boxGap3(a.tree[0], i * 6, b.tree[0], j * 6)).toBeLessThanOrEqual(chordLb + 1e-6);
      expect(chordLb).toBeLessThanOrEqual(d);
      const fromStart = pointToPreparedSegment(lineOf(b, j), a.seg[i * 4], a.seg[i * 4 + 1]).m;
      expect(pointChord3(a.xyz, i * 6, b.xyz, j * 6) - b.pad[j]).toBeLessThanOrEqual(fromStart);
      expect(pointBoxGap3(a.xyz[i * 6], a.xyz[i * 6 + 1], a.xyz[i * 6 + 2], b.tree[0], j * 6)).toBeLessThanOrEqual(fromStart);
      if (d > 1000 && d < 100_000) worst = Math.max(worst, 1 - chordLb / d);
    }
    // Within 100 km the chord comes within a part in ten thousand of the geodesic.
    expect(worst).toBeLessThan(1e-4);
  });

  it('every tree box holds the boxes below it', () => {
    for (const c of [a, b]) {
      for (let l = 1; l < c.tree.length; l++) {
        const up = c.tree[l], down = c.tree[l - 1];
        for (let k = 0; k < down.length / 6; k++) {
          const p = Math.floor(k / 8);
          for (let ax = 0; ax < 3; ax++) {
            expect(up[p * 6 + ax]).toBeLessThanOrEqual(down[k * 6 + ax]);
            expect(up[p * 6 + ax + 3]).toBeGreaterThanOrEqual(down[k * 6 + ax + 3]);
          }
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm, geodesicLengthKm, geodesicMidpoint, geodesicPath } from './geodesic.ts';

// Textbook WGS84 figures (a = 6378137 m, f = 1/298.257223563), independent of GeographicLib:
// one degree of longitude on the equator is a·π/180; the meridian degree at the equator
// follows from the meridian radius of curvature a(1−e²).
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);

describe('geodesicDistanceKm', () => {
  it.each([
    ['a degree of longitude on the equator', [0, 0], [1, 0], (A * Math.PI) / 180 / 1000],
    ['a short meridian step at the equator', [10, -0.005], [10, 0.005], (A * (1 - E2) * Math.PI) / 180 / 100 / 1000],
  ])('%s', (_name, a, b, km) => {
    expect(geodesicDistanceKm(a, b)).toBeCloseTo(km, 6);
  });

  it('is symmetric and zero for a point to itself', () => {
    const a = [145.82, 43.38];
    const b = [146.5, 44.1];
    expect(geodesicDistanceKm(a, b)).toBeCloseTo(geodesicDistanceKm(b, a), 9);
    expect(geodesicDistanceKm(a, a)).toBe(0);
  });
});

describe('geodesicLengthKm', () => {
  it('sums the segments of a LineString and the parts of a MultiLineString', () => {
    const leg1 = geodesicDistanceKm([145, 43], [146, 43]);
    const leg2 = geodesicDistanceKm([146, 43], [146, 44]);
    expect(geodesicLengthKm([[145, 43], [146, 43], [146, 44]])).toBeCloseTo(leg1 + leg2, 9);
    // The gap between the two parts is not counted.
    expect(geodesicLengthKm([[[145, 43], [146, 43]], [[146, 44], [146, 43]]])).toBeCloseTo(leg1 + leg2, 9);
    expect(geodesicLengthKm([])).toBe(0);
  });
});

describe('geodesicPath', () => {
  it('spaces points evenly, at most stepKm apart, from a to b', () => {
    const a = [141.9, 45.5];
    const b = [142.0, 46.0];
    const pts = geodesicPath(a, b, { stepKm: 10 });
    const total = geodesicDistanceKm(a, b);
    expect(pts.length).toBe(Math.ceil(total / 10) + 1);
    expect(pts[0]).toEqual(a);
    expect(pts[pts.length - 1]).toEqual(b);
    for (let i = 1; i < pts.length; i++) {
      expect(geodesicDistanceKm(pts[i - 1], pts[i])).toBeCloseTo(total / (pts.length - 1), 6);
    }
    // On a geodesic the parts add up to the whole (a straight line in lon/lat would not).
    expect(geodesicLengthKm(pts)).toBeCloseTo(total, 6);
  });

  it('stays continuous across the antimeridian', () => {
    const pts = geodesicPath([179.9, 0], [-179.9, 0], { stepKm: 5 });
    for (let i = 1; i < pts.length; i++) expect(Math.abs(pts[i][0] - pts[i - 1][0])).toBeLessThan(0.1);
    expect(pts[pts.length - 1][0]).toBeCloseTo(180.1, 9);
  });

  it('rejects a step that is not positive', () => {
    expect(() => geodesicPath([0, 0], [1, 1], { stepKm: 0 })).toThrow(RangeError);
  });
});

describe('geodesicMidpoint', () => {
  it('is equidistant from both ends and lies on the geodesic', () => {
    const a = [145, 43];
    const b = [147, 43];
    const m = geodesicMidpoint(a, b);
    const total = geodesicDistanceKm(a, b);
    expect(geodesicDistanceKm(a, m)).toBeCloseTo(total / 2, 6);
    expect(geodesicDistanceKm(m, b)).toBeCloseTo(total / 2, 6);
    // A geodesic between two points on one parallel bends towards the pole.
    expect(m[1]).toBeGreaterThan(43);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import kinks from '@turf/kinks';
import type { Position } from 'geojson';
import { segmentsMeet, selfIntersection } from './self-intersection.ts';

const closed = (ring: Position[]): Position[] => [...ring, ring[0]];

describe('selfIntersection', () => {
  it('finds the crossing of a bow tie, and nothing in a square or a square with a hole inside', () => {
    expect(selfIntersection([closed([[0, 0], [2, 2], [2, 0], [0, 2]])])).toEqual([1, 1]);
    expect(selfIntersection([closed([[0, 0], [4, 0], [4, 4], [0, 4]])])).toBeNull();
    expect(selfIntersection([closed([[0, 0], [4, 0], [4, 4], [0, 4]]), closed([[1, 1], [1, 2], [2, 2], [2, 1]])])).toBeNull();
  });

  it('finds a hole that crosses its shell, a ring that touches itself at a vertex, and a spike that folds back', () => {
    expect(selfIntersection([closed([[0, 0], [4, 0], [4, 4], [0, 4]]), closed([[1, 1], [5, 1], [5, 2], [1, 2]])])).not.toBeNull();
    // A figure eight through (2, 2), visited twice.
    expect(selfIntersection([closed([[0, 0], [2, 2], [4, 0], [4, 4], [2, 2], [0, 4]])])).toEqual([2, 2]);
    // Out to (3, 0) and back along the same line to (2, 0).
    expect(selfIntersection([closed([[0, 0], [3, 0], [2, 0], [2, 2], [0, 2]])])).not.toBeNull();
  });

  it('passes over repeated positions, which make no edge', () => {
    expect(selfIntersection([closed([[0, 0], [4, 0], [4, 0], [4, 4], [0, 4], [0, 4]])])).toBeNull();
  });

  it('agrees with @turf/kinks, which tries every pair of edges, on random rings', () => {
    const point = fc.tuple(fc.double({ min: 145, max: 146, noNaN: true }), fc.double({ min: 43, max: 44, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), fc.option(fc.array(point, { minLength: 3, maxLength: 6 })), (shell, hole) => {
        const rings = [closed(shell), ...(hole ? [closed(hole)] : [])];
        const turf = kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;
        expect(selfIntersection(rings) !== null).toBe(turf);
      }),
      { numRuns: 1000, seed: 42 },
    );
  });

  it('the point it gives lies on two edges of the outline', () => {
    const ring = closed([[145.9, 44.0], [146.0, 43.8], [146.0, 44.0], [145.9, 43.8]]);
    const x = selfIntersection([ring]);
    expect(x?.[0]).toBeCloseTo(145.95, 12);
    expect(x?.[1]).toBeCloseTo(43.9, 12);
  });
});

describe('segmentsMeet', () => {
  it('tells crossing, touching, overlapping and apart', () => {
    expect(segmentsMeet(0, 0, 2, 2, 0, 2, 2, 0)).toEqual([1, 1]);
    expect(segmentsMeet(0, 0, 2, 0, 1, 0, 1, 5)).toEqual([1, 0]);
    expect(segmentsMeet(0, 0, 2, 0, 1, 0, 3, 0)).not.toBeNull();
    expect(segmentsMeet(0, 0, 2, 0, 3, 0, 4, 0)).toBeNull();
    expect(segmentsMeet(0, 0, 2, 0, 0, 1, 2, 1)).toBeNull();
  });
});

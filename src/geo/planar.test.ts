import { describe, expect, it } from 'vitest';
import { planarSegmentDistance, planarSignedArea } from './planar.ts';

describe('planarSignedArea', () => {
  it('is positive counterclockwise and negative clockwise', () => {
    const ccw = [[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]];
    expect(planarSignedArea(ccw)).toBe(2);
    expect(planarSignedArea([...ccw].reverse())).toBe(-2);
  });
});

describe('planarSegmentDistance', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(planarSegmentDistance([1, 1], [0, 0], [2, 0])).toBe(1);
    expect(planarSegmentDistance([5, 4], [0, 0], [2, 0])).toBe(5);
    expect(planarSegmentDistance([3, 4], [0, 0], [0, 0])).toBe(5);
  });
});

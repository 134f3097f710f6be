import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import {
  LENGTH_TOLERANCE, filterByYear, inServiceBy, lengthAgreement, openingYears,
} from './model.ts';

const line = (id: string, opened: number | null): Feature<LineString, { id: string; opened: number | null }> => ({
  type: 'Feature', properties: { id, opened }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] },
});
const lines = [line('sakhalin-1', 2006), line('espo-1', 2009), line('skv', 2011), line('hokkaido', null), line('pos', 2019)];

describe('lengthAgreement', () => {
  it.each([
    // published, computed, diffPct, within
    [1822, 1700, -6.7, true],
    [800, 708, -11.5, true],
    [800, 640, -20, true],
    [800, 639, -20.1, false],
    [800, 840, 5, true],
    [800, 841, 5.1, false],
    [1350, 1350, 0, true],
  ])('published %d, computed %d: %d%%, within %s', (published, computed, diffPct, within) => {
    expect(lengthAgreement(published, computed)).toEqual({ diffPct, within });
  });

  it('lets a line through waypoints fall short more than it may run long', () => {
    expect(LENGTH_TOLERANCE.shorter).toBeGreaterThan(LENGTH_TOLERANCE.longer);
    expect(lengthAgreement(100, 85, { shorter: 0.1, longer: 0.1 }).within).toBe(false);
  });
});

describe('filter by year opened', () => {
  it('keeps what was in service by the end of the year', () => {
    expect(filterByYear(lines, 2009).map((f) => f.properties.id)).toEqual(['sakhalin-1', 'espo-1']);
    expect(filterByYear(lines, 2005)).toEqual([]);
    expect(filterByYear(lines, 2030).map((f) => f.properties.id)).toEqual(['sakhalin-1', 'espo-1', 'skv', 'pos']);
  });

  it('keeps unbuilt lines only on request', () => {
    expect(inServiceBy({ opened: null }, 2030)).toBe(false);
    expect(filterByYear(lines, 2009, { includeUnbuilt: true }).map((f) => f.properties.id)).toEqual(['sakhalin-1', 'espo-1', 'hokkaido']);
  });

  it('gives the range of opening years for the filter', () => {
    expect(openingYears(lines)).toEqual([2006, 2019]);
    expect(openingYears([line('hokkaido', null)])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ringAreaKm2 } from './area.ts';
import { geodesicDistanceKm } from './geodesic.ts';
import { addPoint, measurePath, removeLastPoint } from './path.ts';

const A = 6378137;

describe('measurePath', () => {
  const pts: Position[] = [[145.3, 43.6], [145.45, 43.72], [145.6, 43.6]];

  it('gives each segment its geodesic length and a running total', () => {
    const p = measurePath(pts);
    expect(p.segmentsKm).toHaveLength(2);
    expect(p.segmentsKm[0]).toBeCloseTo(geodesicDistanceKm(pts[0], pts[1]), 12);
    expect(p.segmentsKm[1]).toBeCloseTo(geodesicDistanceKm(pts[1], pts[2]), 12);
    expect(p.cumulativeKm).toEqual([p.segmentsKm[0], p.segmentsKm[0] + p.segmentsKm[1]]);
    expect(p.totalKm).toBe(p.cumulativeKm[1]);
    expect(p.closed).toBe(false);
    expect(p.areaKm2).toBeNull();
  });

  it('closes the loop, adding the way back and the area inside', () => {
    const p = measurePath(pts, { closed: true });
    expect(p.segmentsKm).toHaveLength(3);
    expect(p.segmentsKm[2]).toBeCloseTo(geodesicDistanceKm(pts[2], pts[0]), 12);
    expect(p.areaKm2).toBeCloseTo(ringAreaKm2(pts), 9);
    // A triangle of ~18, 18 and 24 km: Heron's formula on the plane is within 0.1% of it.
    const [a, b, c] = p.segmentsKm;
    const s = (a + b + c) / 2;
    expect(Math.abs(p.areaKm2! / Math.sqrt(s * (s - a) * (s - b) * (s - c)) - 1)).toBeLessThan(1e-3);
  });

  it('measures a quarter of the equator as a quarter of its length', () => {
    const p = measurePath([[0, 0], [30, 0], [60, 0], [90, 0]]);
    expect(p.totalKm).toBeCloseTo((Math.PI * A) / 2 / 1000, 6);
  });

  it('treats fewer than three points as an open path even when asked to close', () => {
    const p = measurePath(pts.slice(0, 2), { closed: true });
    expect(p.closed).toBe(false);
    expect(p.segmentsKm).toHaveLength(1);
    expect(measurePath([]).totalKm).toBe(0);
    expect(measurePath([[1, 2]]).segmentsKm).toEqual([]);
  });
});

describe('addPoint and removeLastPoint', () => {
  it('return new arrays and leave the old path alone', () => {
    const start: Position[] = [[145, 43]];
    const two = addPoint(start, [146, 43]);
    expect(two).toEqual([[145, 43], [146, 43]]);
    expect(start).toHaveLength(1);
    expect(removeLastPoint(two)).toEqual([[145, 43]]);
    expect(removeLastPoint([])).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { polygonAreaKm2, ringAreaKm2 } from './area.ts';
import type { IslandCollection } from './types.ts';

// Closed form for the WGS84 area between the equator and latitude φ per radian of longitude
// (authalic latitude): an independent check on GeographicLib's polygon areas.
const A = 6378137;
const F = 1 / 298.257223563;
const E = Math.sqrt(F * (2 - F));
const B = A * (1 - F);
function zoneM2(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return ((B * B) / 2) * (s / (1 - E * E * s * s) + Math.log((1 + E * s) / (1 - E * s)) / (2 * E));
}
function cellKm2(lat0: number, lat1: number, dLonDeg: number): number {
  return ((zoneM2(lat1) - zoneM2(lat0)) * ((dLonDeg * Math.PI) / 180)) / 1e6;
}

const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('ringAreaKm2', () => {
  it('matches the closed-form area of a one-degree cell at the equator to 0.01%', () => {
    // The northern edge is a geodesic, not the parallel, but on one degree they differ by ~0.3 km².
    expect(ringAreaKm2(square) / cellKm2(0, 1, 1) - 1).toBeLessThan(1e-4);
    expect(ringAreaKm2(square) / cellKm2(0, 1, 1) - 1).toBeGreaterThan(-1e-4);
  });

  it('ignores winding and the closing vertex', () => {
    const cw = [...square].reverse();
    expect(ringAreaKm2(cw)).toBeCloseTo(ringAreaKm2(square), 6);
    expect(ringAreaKm2(square.slice(0, 4))).toBeCloseTo(ringAreaKm2(square), 6);
    expect(ringAreaKm2(square.slice(0, 2))).toBe(0);
  });
});

describe('polygonAreaKm2', () => {
  const hole: Position[] = [[0.25, 0.25], [0.25, 0.75], [0.75, 0.75], [0.75, 0.25], [0.25, 0.25]];
  const withLake: Polygon = { type: 'Polygon', coordinates: [square, hole] };

  it('counts holes as land by default and subtracts them when asked', () => {
    expect(polygonAreaKm2(withLake)).toBeCloseTo(ringAreaKm2(square), 6);
    expect(polygonAreaKm2(withLake, { fillHoles: false })).toBeCloseTo(ringAreaKm2(square) - ringAreaKm2(hole), 6);
  });

  it('adds the parts of a MultiPolygon', () => {
    const far: Position[] = square.map(([x, y]) => [x + 10, y + 40]);
    const mp = { type: 'MultiPolygon' as const, coordinates: [[square], [far]] };
    expect(polygonAreaKm2(mp)).toBeCloseTo(ringAreaKm2(square) + cellKm2(40, 41, 1), 0);
  });
});

// The shipped data against GSI's published figures. Our coastline comes from OSM land polygons
// rounded for the web, so a few tenths of a percent apart is expected; these bounds catch a
// broken build or a lost part of an island, and the test prints nothing it does not check.
const islands = JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection;
const byId = new Map(islands.features.map((f) => [f.properties.id, f]));

describe('island areas against published figures (lakes as land)', () => {
  it.each([
    ['kunashir', 1489.27, 0.01],
    ['iturup', 3166.64, 0.01],
    ['hokkaido', 77983.9, 0.01],
    ['shikotan', 247.65, 0.01],
  ])('%s: GSI %f km², ours within 1%%', (id, published, tolerance) => {
    const f = byId.get(id);
    expect(f?.properties.published_area_km2).toBe(published);
    const km2 = polygonAreaKm2(f!.geometry);
    expect(Math.abs(km2 / published - 1)).toBeLessThan(tolerance);
  });

  it('gives Kunashir more area with its lakes than without', () => {
    const g = byId.get('kunashir')!.geometry;
    expect(polygonAreaKm2(g) - polygonAreaKm2(g, { fillHoles: false })).toBeGreaterThan(10);
  });
});

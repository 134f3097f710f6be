/**
 * Fixture tests for the pure geo functions, in the way turf tests its modules: each folder
 * src/geo/__fixtures__/<function>/ holds input GeoJSON in `in/` and the expected output, also
 * GeoJSON, in `out/` under the same name; both open in any GeoJSON viewer (geojson.io, QGIS), so
 * a reader can see what was measured and where the answer lies. The test runs every input and
 * compares with the expected output, numbers within a tolerance.
 *
 * To add a case, drop an input file in `in/`; to accept new outputs after a deliberate change,
 * regenerate them and review the diff:
 *
 *   UPDATE_FIXTURES=1 npx vitest run --project unit src/geo/fixtures.test.ts
 *
 * These sit beside the tests that read the shipped data (nearest.test.ts, area.test.ts, …): the
 * fixtures are small, fixed, and independent of the next coastline build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonAreaKm2 } from './area.ts';
import { coastToCoast, nearestCoast } from './nearest.ts';
import { measurePath } from './path.ts';
import type { IslandFeature } from './types.ts';

const ROOT = new URL('./__fixtures__/', import.meta.url);
const UPDATE = process.env.UPDATE_FIXTURES === '1';

const point = (coordinates: Position, properties: Record<string, unknown>): Feature<Point> => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const line = (coordinates: Position[], properties: Record<string, unknown>): Feature<LineString> => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const islandsOf = (fc: FeatureCollection) =>
  fc.features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') as unknown as IslandFeature[];

/** Each function under test: from an input collection to the output collection a person can look at. */
const FUNCTIONS: Record<string, (input: FeatureCollection) => FeatureCollection> = {
  // The two islands of the input: their nearest points, and the geodesic line between them.
  'coast-to-coast': (input) => {
    const [a, b] = islandsOf(input);
    const r = coastToCoast(a, b);
    const ids = { a: a.properties.id, b: b.properties.id };
    return collection([
      line(r.points, { ...ids, distance_km: r.distanceKm, overlap: r.overlap }),
      point(r.points[0], { on: ids.a }),
      point(r.points[1], { on: ids.b }),
    ]);
  },
  // Each Point with a `query` property: the nearest coast point of any island in the input.
  'nearest-coast': (input) => {
    const islands = islandsOf(input);
    return collection(input.features.filter((f) => f.geometry.type === 'Point').flatMap((f) => {
      const from = (f.geometry as Point).coordinates;
      const r = nearestCoast(from, islands);
      const props = { query: f.properties?.query, island: r.islandId, distance_km: r.distanceKm, inside: r.inside };
      return [line([from, r.point], props), point(r.point, { nearest_to: f.properties?.query })];
    }));
  },
  // Each polygon, with its area on the ellipsoid: lakes counted as land, and left out.
  'geodesic-area': (input) => collection(input.features.map((f) => ({
    ...f,
    properties: {
      id: f.properties?.id,
      area_km2: polygonAreaKm2(f.geometry as Polygon | MultiPolygon),
      area_km2_without_lakes: polygonAreaKm2(f.geometry as Polygon | MultiPolygon, { fillHoles: false }),
    },
  }))),
  // Each line as a path: its segments' geodesic lengths, the total, and the area when `closed`.
  'path-length': (input) => collection(input.features.map((f) => {
    const closed = f.properties?.closed === true;
    const p = measurePath((f.geometry as LineString).coordinates, { closed });
    return { ...f, properties: { id: f.properties?.id, closed, segments_km: p.segmentsKm, total_km: p.totalKm, area_km2: p.areaKm2 } };
  })),
};

/** One feature per line: diffs stay readable and the file stays valid GeoJSON. */
function stringify(fc: FeatureCollection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * Where `actual` differs from `expected`, or null: numbers within `tol` absolute or relative
 * (coordinates to about a millimetre, km to a micrometre at these sizes), everything else equal.
 */
function difference(actual: unknown, expected: unknown, at = '', tol = 1e-9): string | null {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)) ? null : `${at}: ${actual} is not ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${at}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], `${at}[${i}]`, tol);
      if (d) return d;
    }
    return null;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return `${at}: ${JSON.stringify(actual)} is not an object`;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of keys) {
      const d = difference((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${at}.${k}`, tol);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${at}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`;
}

describe('geo fixtures', () => {
  it('every fixture folder has a function, and every function has inputs', () => {
    const folders = readdirSync(ROOT).filter((d) => existsSync(new URL(`${d}/in/`, ROOT)));
    expect(folders.sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  for (const [name, run] of Object.entries(FUNCTIONS)) {
    const dir = new URL(`${name}/`, ROOT);
    const inputs = readdirSync(new URL('in/', dir)).filter((f) => f.endsWith('.geojson')).sort();
    describe(name, () => {
      it('has inputs', () => expect(inputs.length).toBeGreaterThan(0));
      it.each(inputs)('%s', (file) => {
        const input = JSON.parse(readFileSync(new URL(`in/${file}`, dir), 'utf8')) as FeatureCollection;
        const actual = JSON.parse(JSON.stringify(run(input))) as FeatureCollection;
        const out = new URL(`out/${file}`, dir);
        if (UPDATE) writeFileSync(out, stringify(actual));
        expect(existsSync(out), `no expected output: run with UPDATE_FIXTURES=1 to write out/${file}`).toBe(true);
        const expected = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
        expect(difference(actual, expected)).toBeNull();
      });
    });
  }
});

describe('the expected outputs agree with figures known independently', () => {
  const props = (name: string, file: string) =>
    (JSON.parse(readFileSync(new URL(`${name}/out/${file}`, ROOT), 'utf8')) as FeatureCollection).features.map((f) => f.properties ?? {});
  it('a degree of the equator is a·π/180 on WGS84, a degree of meridian from the equator 110.574 km', () => {
    const [equator, meridian] = props('path-length', 'lines.geojson');
    expect(equator.total_km).toBeCloseTo((6378.137 * Math.PI) / 180, 9);
    expect(meridian.total_km).toBeCloseTo(110.574, 3);
  });
  it('a 1° × 1° cell on the equator is 12,308.78 km² on WGS84', () => {
    expect(props('geodesic-area', 'cells.geojson')[0].area_km2).toBeCloseTo(12308.78, 2);
  });
  it('squares 0.2° of latitude apart on one meridian are that meridian arc apart', () => {
    const [gap] = props('coast-to-coast', 'same-meridian.geojson');
    expect(gap.distance_km).toBeGreaterThan(0.2 * 110.9);
    expect(gap.distance_km).toBeLessThan(0.2 * 111.2);
  });
});

describe('the fixture comparison', () => {
  it('allows rounding noise and nothing more', () => {
    expect(difference({ a: [1, 2.000000000001] }, { a: [1, 2] })).toBeNull();
    expect(difference({ a: [1, 2.001] }, { a: [1, 2] })).toBe('.a[1]: 2.001 is not 2');
    expect(difference({ a: 1, b: 2 }, { a: 1 })).toBe('.b: 2 is not undefined');
    expect(difference({ a: [1] }, { a: [1, 2] })).toMatch(/^\.a: /);
    expect(difference({ overlap: true }, { overlap: false })).toBe('.overlap: true is not false');
  });
});

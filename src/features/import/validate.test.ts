import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { checkImport, type ImportResult } from './validate.ts';
import { ERROR_CODES, MORE_CODE, WARNING_CODES, type ImportProblem, type ProblemCode } from './problems.ts';
import { MAX_BYTES, MAX_FEATURES, MAX_VERTICES } from './limits.ts';

const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const files = (folder: string) => readdirSync(new URL(`${folder}/`, FIXTURES)).sort();
const read = (folder: string, name: string) => readFileSync(new URL(`${folder}/${name}`, FIXTURES), 'utf8');

/** Line and column (from 1) of an offset, counted here the plain way. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where a problem should point: at a text (the first place it occurs, plus a shift), at the k-th feature's opening brace, or at the end. */
type At = string | [string, number] | { feature: number } | 'root' | 'end';

function offsetOf(text: string, at: At): number {
  if (at === 'root') return text.search(/\S/);
  if (at === 'end') return text.length;
  if (typeof at === 'object' && 'feature' in at) {
    let i = -1;
    for (let k = 0; k <= at.feature; k++) i = text.indexOf('{ "type": "Feature"', i + 1);
    return i;
  }
  const [needle, shift] = typeof at === 'string' ? [at, 0] : at;
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture has no ${needle}`);
  return i + shift;
}

interface Expected {
  code: ProblemCode;
  /** Imported (with `code` among the warnings) rather than refused. */
  ok?: true;
  feature?: number;
  at?: At;
  /** Placed by the line of `at` alone, with no column. */
  lineOnly?: true;
  values?: Record<string, unknown>;
}

// Each bad fixture, the first problem it must give, and where that problem must point.
const BAD: Record<string, Expected> = {
  // Not JSON, or no file at all.
  'empty.json': { code: 'file.empty' },
  'whitespace-only.json': { code: 'file.empty' },
  'shapefile.shp': { code: 'file.notText' },
  'zipped-shapefile.zip': { code: 'file.otherFormat', values: { format: 'ZIP' } },
  'svg-drawing.svg': { code: 'file.otherFormat', values: { format: 'XML' } },
  // KML and GPX: read into GeoJSON, or refused as XML; placed by line only when the XML is broken.
  // (by line only: the XML reader's columns are not right)
  'kml-not-well-formed.kml': { code: 'xml.invalid', at: 'Track</Placemark>', lineOnly: true, values: { format: 'KML' } },
  'gpx-truncated.gpx': { code: 'xml.invalid', at: '</trkseg>', lineOnly: true, values: { format: 'GPX', detail: 'unclosed xml tag(s): gpx, trk' } },
  'kml-no-placemarks.kml': { code: 'collection.empty' },
  'kml-swapped.kml': { code: 'coordinates.swapped', feature: 1, values: { lon: 43.7, lat: 145.3 } },
  'json-trailing-comma.json': { code: 'json.invalid', at: [',] } },', 1] },
  'json-truncated.json': { code: 'json.truncated', at: 'end' },
  'json-single-quotes.json': { code: 'json.invalid', at: "'name'" },
  'json-nan.json': { code: 'json.invalid', at: 'NaN' },
  'json-missing-comma.json': { code: 'json.invalid', at: ['} "geometry"', 2] },
  'json-comment.json': { code: 'json.invalid', at: '//' },
  // JSON that is not GeoJSON.
  'topojson.json': { code: 'file.otherFormat', values: { format: 'TopoJSON' } },
  'root-array.json': { code: 'geojson.notObject', values: { found: 'array' } },
  'root-string.json': { code: 'geojson.notObject', values: { found: 'string' } },
  'root-null.json': { code: 'geojson.notObject', values: { found: 'null' } },
  'no-type.json': { code: 'geojson.typeMissing', at: 'root' },
  'type-misspelt.json': { code: 'geojson.typeNotAllowed', at: 'root' },
  'type-number.json': { code: 'geojson.typeNotString', at: 'root' },
  'feature-as-geometry.json': { code: 'geojson.typeNotAllowed', feature: 1, at: '{ "type": "Feature", "coordinates"' },
  'missing-coordinates.json': { code: 'geojson.memberMissing', feature: 0, at: '{ "type": "Point", "coords"', values: { member: 'coordinates' } },
  'missing-geometry.json': { code: 'geojson.memberMissing', feature: 1, at: { feature: 1 }, values: { member: 'geometry' } },
  'features-object.json': { code: 'geojson.notArray', at: '{ "type": "Feature"' },
  'coordinates-string.json': { code: 'geojson.notArray', feature: 0, at: '"145.90, 44.00"' },
  'geometry-wkt.json': { code: 'geojson.notObjectHere', feature: 0, at: '"POINT (145.9 44.0)"' },
  'line-of-numbers.json': { code: 'position.expected', feature: 1, at: '145.30, 43.70, 145.32' },
  'position-strings.json': { code: 'position.notNumber', feature: 1, at: '"145.32"' },
  'position-one-number.json': { code: 'position.tooShort', feature: 1, at: '[145.32]', values: { count: 1 } },
  'position-nested-too-deep.json': { code: 'position.tooShort', feature: 0, at: '[[[145.90, 44.00]]]' },
  'line-one-position.json': { code: 'line.tooShort', feature: 1, at: '[[145.30, 43.70]]' },
  'ring-three-positions.json': { code: 'ring.tooShort', feature: 2, at: ['[[[145.90', 1] },
  'ring-unclosed.json': { code: 'ring.unclosed', feature: 2, at: ['[[[145.90', 2] },
  'multipolygon-unclosed.json': { code: 'ring.unclosed', feature: 2, at: '[146.20, 43.90]' },
  // Numbers that are not a longitude and a latitude.
  'swapped-lat-lon.json': { code: 'coordinates.swapped', feature: 1, at: { feature: 1 }, values: { lon: 43.7, lat: 145.3 } },
  'swapped-whole-file.json': { code: 'coordinates.swapped', feature: 0, at: { feature: 0 }, values: { lon: 44, lat: 145.9 } },
  'longitude-out-of-range.json': { code: 'coordinates.outOfRange', feature: 0, at: { feature: 0 }, values: { lon: 205.9, lat: 44 } },
  'latitude-out-of-range.json': { code: 'coordinates.outOfRange', feature: 2, at: { feature: 2 }, values: { lon: 145.95, lat: 93.8 } },
  'web-mercator-metres.json': { code: 'coordinates.projected', feature: 0, at: { feature: 0 } },
  'number-overflow.json': { code: 'coordinates.outOfRange', feature: 0, at: { feature: 0 }, values: { lon: Infinity } },
  // Collections with nothing to import.
  'empty-collection.json': { code: 'collection.empty' },
  'all-null-geometries.json': { code: 'collection.noGeometry', values: { count: 2 } },
  // Imported, with a warning that says what was done.
  'null-geometry.json': { ok: true, code: 'geometry.null', feature: 1, at: { feature: 1 } },
  'empty-multipoint.json': { ok: true, code: 'geometry.empty', feature: 0, at: { feature: 0 } },
  'geometry-collection.json': { ok: true, code: 'geometry.collection', feature: 0, at: { feature: 0 } },
  'self-intersecting-polygon.json': { ok: true, code: 'polygon.selfIntersects', feature: 2, at: { feature: 2 }, values: { lon: 145.95, lat: 43.9 } },
  'hole-crossing-shell.json': { ok: true, code: 'polygon.selfIntersects', feature: 2, at: { feature: 2 } },
  'height-in-every-position.json': { ok: true, code: 'coordinates.heightDropped', feature: 1, at: { feature: 1 }, values: { count: 2 } },
  'position-four-values.json': { ok: true, code: 'coordinates.extraDropped', feature: 0, at: { feature: 0 }, values: { count: 1 } },
  'duplicate-key.json': { ok: true, code: 'geojson.duplicateKey', feature: 1, at: ['"type": "LineString", "type"', 22] },
  'collection-with-properties.json': { ok: true, code: 'geojson.foreignMember', at: '"properties": { "survey"', values: { object: 'FeatureCollection', member: 'properties' } },
  'bad-bbox.json': { ok: true, code: 'geojson.badBbox', feature: 1, at: '[145.3, 43.7, 146.0]' },
  'feature-without-properties.json': { ok: true, code: 'feature.propertiesMissing', feature: 2, at: { feature: 2 } },
  'feature-id-object.json': { ok: true, code: 'feature.badId', feature: 1, at: { feature: 1 } },
  'outside-the-map.json': { ok: true, code: 'area.outsideMap' },
};

const problemsOf = (r: ImportResult): ImportProblem[] => (r.ok ? r.warnings : r.problems);

describe('checkImport on the bad fixtures', () => {
  const names = files('bad');

  it('has at least 30 of them, each with an expectation here', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names).toEqual(Object.keys(BAD).sort());
  });

  it.each(names)('%s', (name) => {
    const want = BAD[name];
    const text = read('bad', name);
    const result = checkImport(text);
    expect(result.ok, JSON.stringify(problemsOf(result))).toBe(want.ok ?? false);
    const got = problemsOf(result)[0];
    expect(got?.code).toBe(want.code);
    expect(got.feature).toBe(want.feature);
    if (want.values) expect(got.values).toMatchObject(want.values);
    if (want.at) {
      // Counted from the start of the text, as an editor shows it (the file has no byte-order mark).
      const at = lineColumn(text, offsetOf(text, want.at));
      expect({ line: got.line, column: got.column }).toEqual(want.lineOnly ? { line: at.line, column: undefined } : at);
    } else {
      expect(got.line).toBeUndefined();
    }
  });

  it('refuses a file whose every position has latitude first, once for each feature', () => {
    const r = checkImport(read('bad', 'swapped-whole-file.json'));
    expect(r.ok).toBe(false);
    expect(problemsOf(r).map((p) => [p.code, p.feature])).toEqual([
      ['coordinates.swapped', 0],
      ['coordinates.swapped', 1],
      ['coordinates.swapped', 2],
    ]);
  });

  it('imports what is left when a feature is skipped, and says which of the file\'s features each one is', () => {
    const r = checkImport(read('bad', 'null-geometry.json'));
    if (!r.ok) throw new Error('refused');
    expect(r.sourceIndex).toEqual([0, 2]);
    expect(r.collection.features.map((f) => f.properties?.name)).toEqual(['Station A', 'Area']);
    expect(r.stats).toMatchObject({ features: 2, skipped: 1 });
  });

  it('lists the features a refused collection skipped, after the refusal', () => {
    const r = checkImport(read('bad', 'all-null-geometries.json'));
    expect(problemsOf(r).map((p) => [p.code, p.feature])).toEqual([
      ['collection.noGeometry', undefined],
      ['geometry.null', 0],
      ['geometry.null', 1],
    ]);
  });
});

/** Every position of a parsed GeoJSON value, found by walking it here. */
function positions(value: unknown): number[][] {
  if (!Array.isArray(value)) {
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([k, v]) => (k === 'properties' ? [] : positions(v)));
  }
  if (typeof value[0] === 'number') return [value as number[]];
  return value.flatMap(positions);
}

const isJson = (name: string) => /\.(geo)?json$/.test(name);

describe('checkImport on the good fixtures', () => {
  it.each(files('good').filter(isJson))('%s', (name) => {
    const text = read('good', name);
    const result = checkImport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const source = positions(JSON.parse(text.replace(/^\uFEFF/, '')));
    const imported = positions(result.collection);
    expect(result.stats.vertices).toBe(source.length);
    // The same longitudes and latitudes, in the same order, with no height left.
    expect(imported).toEqual(source.map((p) => p.slice(0, 2)));
    const heights = source.filter((p) => p.length === 3).length;
    expect(result.warnings.map((w) => w.code)).toEqual(heights ? ['coordinates.heightDropped'] : []);
    if (heights) expect(result.warnings[0].values.count).toBe(heights);
  });

  it('keeps properties and ids, and gives a feature without properties an empty object', () => {
    const r = checkImport(read('good', 'points.geojson'));
    if (!r.ok) throw new Error('refused');
    expect(r.collection.features.map((f) => [f.id, f.properties])).toEqual([
      [1, { name: 'Station A' }],
      [2, { name: 'Station B' }],
      ['c', {}],
    ]);
  });

  it('wraps a single Feature or geometry as a collection of one', () => {
    for (const name of ['kunashir-area.geojson', 'strait-lines.geojson']) {
      const r = checkImport(read('good', name));
      if (!r.ok) throw new Error('refused');
      expect(r.collection.type).toBe('FeatureCollection');
      expect(r.collection.features).toHaveLength(1);
      expect(r.sourceIndex).toEqual([0]);
    }
  });
});

describe('checkImport at the limits', () => {
  it('refuses a FeatureCollection of 200,000 points by its count, before checking its structure', () => {
    const features: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      features.push(`{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[${145 + (i % 1000) / 1000},${43 + Math.floor(i / 1000) / 200}]}}`);
    }
    const text = `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
    expect(text.length).toBeLessThan(MAX_BYTES);
    const t = performance.now();
    const r = checkImport(text);
    expect(problemsOf(r)).toEqual([{ code: 'limit.features', values: { count: 200_000, limit: MAX_FEATURES } }]);
    // The structure check alone would take seconds on this text.
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('refuses a file over the size limit from its size, as a File gives it or counted from the text', () => {
    const over = MAX_BYTES + 1;
    expect(problemsOf(checkImport('{}', { bytes: 100 * 1024 * 1024 }))).toEqual([{ code: 'file.tooLarge', values: { size: 100, limit: 20 } }]);
    const text = `{"type":"FeatureCollection","features":[]}${' '.repeat(over)}`;
    expect(problemsOf(checkImport(text))[0].code).toBe('file.tooLarge');
    // Counted in UTF-8 bytes: 7 million three-byte characters are 21 MB, in a text of 7 million characters.
    const wide = `{"type":"Point","coordinates":[145,44],"note":"${'北'.repeat(7_000_000)}"}`;
    expect(problemsOf(checkImport(wide))[0]).toMatchObject({ code: 'file.tooLarge', values: { size: 20.1, limit: 20 } });
  });

  it('refuses more positions than the limit, and takes a geometry of 100,000', () => {
    const line = (n: number) => JSON.stringify({
      type: 'LineString',
      coordinates: Array.from({ length: n }, (_, i) => [145.3 + i * 1e-6, 43.7 + 0.05 * Math.sin(i / 300)]),
    });
    expect(problemsOf(checkImport(line(MAX_VERTICES + 1)))).toEqual([{ code: 'limit.vertices', values: { count: MAX_VERTICES + 1, limit: MAX_VERTICES } }]);
    const r = checkImport(line(100_000));
    expect(r.ok && r.stats.vertices).toBe(100_000);
  });

  it('lists ten problems of a kind, then how many more', () => {
    const features = Array.from({ length: 25 }, (_, i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [43 + i / 100, 145] } }));
    const r = checkImport(JSON.stringify({ type: 'FeatureCollection', features }));
    const p = problemsOf(r);
    expect(p).toHaveLength(11);
    expect(p.slice(0, 10).map((x) => x.feature)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p[10]).toEqual({ code: MORE_CODE, values: { count: 15, kind: 'coordinates.swapped' } });
  });
});

describe('checkImport on fuzzed files', () => {
  const codes = new Set<string>([...ERROR_CODES, ...WARNING_CODES, MORE_CODE]);
  const sources = files('good').map((name) => read('good', name)).concat(files('bad').filter((n) => n.endsWith('.json')).map((n) => read('bad', n)));

  // An edit: delete a run of characters, insert a character that matters to JSON, or put one number in place of another.
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('{', '}', '[', ']', ',', '"', ':', 'null', '-', '1e999', '\n', '"type"', '"features"') }),
    fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -400, max: 400 })) }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
  function apply(text: string, edits: Edit[]): string {
    let t = text;
    for (const e of edits) {
      const at = t.length ? e.at % t.length : 0;
      if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
      else if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
      else {
        const m = /-?\d+(\.\d+)?/.exec(t.slice(at));
        if (m) t = t.slice(0, at + m.index) + JSON.stringify(e.value) + t.slice(at + m.index + m[0].length);
      }
    }
    return t;
  }

  it('never throws, and every answer is well formed: known codes, places inside the text, and imported positions on the globe', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(edit, { minLength: 1, maxLength: 4 }), (source, edits) => {
        const text = apply(source, edits);
        const r = checkImport(text);
        const lines = text.split('\n');
        const list = problemsOf(r);
        if (!r.ok) expect(list.length).toBeGreaterThan(0);
        for (const p of list) {
          expect(codes.has(p.code), p.code).toBe(true);
          if (p.line !== undefined) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lines.length);
            // A broken KML or GPX is placed by its line alone (xml.ts); the rest by line and column.
            if (p.code === 'xml.invalid') expect(p.column).toBeUndefined();
            else {
              expect(p.column).toBeGreaterThanOrEqual(1);
              expect(p.column).toBeLessThanOrEqual(lines[p.line - 1].length + 1);
            }
          }
        }
        if (r.ok) {
          expect(r.collection.features.length).toBeGreaterThan(0);
          for (const p of positions(r.collection) as Position[]) {
            expect(p).toHaveLength(2);
            expect(Math.abs(p[0])).toBeLessThanOrEqual(180);
            expect(Math.abs(p[1])).toBeLessThanOrEqual(90);
          }
        }
      }),
      { numRuns: 400, seed: 20_240_607 },
    );
  });
});

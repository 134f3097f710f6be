import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  LineStringSchema, PointSchema, PolygonSchema, collectionCheck, featureCollection, geometryOf, obj, slug, text, textOrNull,
} from './geojson-schema.ts';

const Props = obj({ id: slug('id must be a slug'), name: text('name is empty'), note: textOrNull('note must be text or null') });
const check = collectionCheck('things', featureCollection(geometryOf(PolygonSchema, PointSchema), Props, 'id'), 'id');

const shell = [[145, 43], [146, 43], [146, 44], [145, 44], [145, 43]];
const hole = [[145.2, 43.2], [145.2, 43.8], [145.8, 43.8], [145.8, 43.2], [145.2, 43.2]];
const feature = (geometry: unknown, props: Record<string, unknown> = {}) => ({
  type: 'Feature', geometry, properties: { id: 'a', name: 'A', note: null, ...props },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('collectionCheck with the GeoJSON schemas', () => {
  it('accepts good features', () => {
    expect(check(fc(feature({ type: 'Polygon', coordinates: [shell, hole] }), feature({ type: 'Point', coordinates: [145, 43] }, { id: 'b' })))).toEqual([]);
  });

  it('names the feature by index and id, and the property path', () => {
    expect(check(fc(feature({ type: 'Point', coordinates: [145, 43] }), feature({ type: 'Point', coordinates: [145, 43] }, { id: 'b', name: ' ' }))))
      .toEqual(['things feature 1 (b), properties.name: name is empty']);
  });

  it('says a missing key with the key\'s own message', () => {
    const f = feature({ type: 'Point', coordinates: [145, 43] });
    delete (f.properties as Record<string, unknown>).name;
    expect(check(fc(f))).toEqual(['things feature 0 (a), properties.name: name is empty']);
  });

  it.each([
    [{ type: 'Polygon', coordinates: [[...shell].reverse()] }, 'geometry.coordinates[0]: exterior ring is not counterclockwise (RFC 7946 §3.1.6)'],
    [{ type: 'Polygon', coordinates: [shell, [...hole].reverse()] }, 'geometry.coordinates[1]: hole is not clockwise (RFC 7946 §3.1.6)'],
    [{ type: 'Polygon', coordinates: [shell.slice(0, 4)] }, 'geometry.coordinates[0]: ring is not closed'],
    [{ type: 'Polygon', coordinates: [shell.slice(0, 3)] }, 'geometry.coordinates[0]: a linear ring needs at least 4 positions'],
    [{ type: 'Polygon', coordinates: [] }, 'geometry.coordinates: no rings'],
    [{ type: 'Point', coordinates: [200, 43] }, 'geometry.coordinates: [200, 43] is outside longitude/latitude range'],
    [{ type: 'Point', coordinates: [145, Number.NaN] }, 'geometry.coordinates: not a position'],
    [{ type: 'Point', coordinates: [145] }, 'geometry.coordinates: not a position'],
    [{ type: 'LineString', coordinates: [[145, 43], [146, 44]] }, 'geometry.type: geometry LineString is not one of Polygon, Point'],
    [null, 'geometry: geometry missing'],
  ])('reports %j', (geometry, problem) => {
    // The first problem is the one named; a short ring is also reported as not closed.
    expect(check(fc(feature(geometry)))[0]).toBe(`things feature 0 (a), ${problem}`);
  });

  it('reports a duplicate id at the second feature that has it', () => {
    const p = { type: 'Point', coordinates: [145, 43] };
    expect(check(fc(feature(p), feature(p, { id: 'b' }), feature(p)))).toEqual(['things feature 2 (a): duplicate id']);
  });

  it('reports what is not a FeatureCollection, or not a Feature', () => {
    expect(check(null)).toEqual(['things: not a GeoJSON FeatureCollection']);
    expect(check({ type: 'FeatureCollection' })).toEqual(['things features: not a GeoJSON FeatureCollection']);
    expect(check(fc({ type: 'Point' }))).toEqual(expect.arrayContaining([expect.stringMatching(/^things feature 0, type: not a Feature$/)]));
  });

  it('checks a line has two positions', () => {
    expect(v.safeParse(LineStringSchema, { type: 'LineString', coordinates: [[145, 43]] }).issues?.[0].message).toBe('a line needs at least 2 positions');
  });
});

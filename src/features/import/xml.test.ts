/**
 * KML and GPX (xml.ts): told by their root element, read into GeoJSON with togeojson, and checked
 * as GeoJSON by `checkImport`, with the problems placed in the file's own order. The refused
 * KML and GPX files are in the bad fixtures' table (validate.test.ts); the good ones are here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImport } from './validate.ts';
import { openCollections, xmlFormat } from './xml.ts';

const read = (name: string) => readFileSync(new URL(`./__fixtures__/good/${name}`, import.meta.url), 'utf8');

describe('xmlFormat', () => {
  it('tells KML and GPX by the root element, past a BOM, a declaration, comments and a doctype', () => {
    expect(xmlFormat('\uFEFF  <?xml version="1.0"?>\n<!-- a <gpx> in a comment -->\n<kml xmlns="x">')).toBe('KML');
    expect(xmlFormat('<!DOCTYPE gpx><gpx version="1.1">')).toBe('GPX');
    expect(xmlFormat('<GPX>')).toBe('GPX');
  });

  it('leaves other XML, JSON, a prefixed root and a root that only mentions a kml alone', () => {
    expect(xmlFormat('<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2">')).toBeNull();
    expect(xmlFormat('<svg><kml/></svg>')).toBeNull();
    expect(xmlFormat('<kmlfoo>')).toBeNull();
    expect(xmlFormat('{"type":"FeatureCollection"}')).toBeNull();
    expect(xmlFormat('')).toBeNull();
  });
});

describe('openCollections', () => {
  const props = { name: 'm' };
  it('makes a collection of one kind a Multi* geometry, and a mixed one a feature per kind', () => {
    const [one] = openCollections({
      type: 'Feature', properties: props,
      geometry: { type: 'GeometryCollection', geometries: [
        { type: 'Point', coordinates: [145, 44] },
        { type: 'GeometryCollection', geometries: [{ type: 'MultiPoint', coordinates: [[146, 44], [147, 44]] }] },
      ] },
    });
    expect(one.geometry).toEqual({ type: 'MultiPoint', coordinates: [[145, 44], [146, 44], [147, 44]] });
    const mixed = openCollections({
      type: 'Feature', properties: props,
      geometry: { type: 'GeometryCollection', geometries: [
        { type: 'LineString', coordinates: [[145, 44], [146, 44]] },
        { type: 'Point', coordinates: [145, 44] },
      ] },
    });
    expect(mixed.map((f) => [f.geometry?.type, f.properties])).toEqual([['LineString', props], ['Point', props]]);
  });

  it('leaves other features, and an empty collection, as they are', () => {
    const point = { type: 'Feature' as const, properties: null, geometry: { type: 'Point' as const, coordinates: [145, 44] } };
    expect(openCollections(point)).toEqual([point]);
    const empty = { type: 'Feature' as const, properties: null, geometry: { type: 'GeometryCollection' as const, geometries: [] } };
    expect(openCollections(empty)).toEqual([empty]);
  });
});

describe('KML and GPX imported', () => {
  it('reads a GPS\'s GPX: the track and its waypoints, heights dropped, times kept, and says it was converted', () => {
    const r = checkImport(read('survey-track.gpx'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.collection.features.map((f) => [f.geometry.type, f.properties?.name])).toEqual([
      ['LineString', 'Leg 1'], ['Point', 'Start buoy'], ['Point', 'End buoy'],
    ]);
    expect(r.collection.features[0].geometry.coordinates).toEqual([[145.3, 43.7], [145.32, 43.75], [145.3, 43.85], [145.28, 43.95], [145.33, 44]]);
    expect(r.collection.features[0].properties?.coordinateProperties.times).toHaveLength(5);
    expect(r.collection.features[2].properties?.desc).toBe('Left at 08:10 & logged');
    expect(r.warnings.map((w) => [w.code, w.values, w.line])).toEqual([
      ['file.converted', { format: 'GPX' }, undefined],
      ['coordinates.heightDropped', { count: 6 }, undefined],
    ]);
    expect(r.stats).toMatchObject({ features: 3, skipped: 0, vertices: 7, bytes: Buffer.byteLength(read('survey-track.gpx')) });
  });

  it('reads Google Earth\'s KML: every placemark, MultiGeometry opened, a hole kept, one without a place skipped and named', () => {
    const r = checkImport(read('survey-area.kml'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.collection.features.map((f) => [f.geometry.type, f.properties?.name])).toEqual([
      ['Point', 'Station <A>'], ['LineString', 'Transect'], ['Polygon', 'Area'], ['MultiPolygon', 'Two plots'],
      ['Point', 'Mooring and cable'], ['LineString', 'Mooring and cable'],
    ]);
    // Each feature's placemark, counted from 0 in the file.
    expect(r.sourceIndex).toEqual([0, 1, 2, 3, 4, 4]);
    const area = r.collection.features[2].geometry;
    expect(area.type === 'Polygon' && area.coordinates.length).toBe(2);
    // The sixth placemark has no place: skipped, and said as the sixth.
    expect(r.warnings.find((w) => w.code === 'geometry.null')).toMatchObject({ feature: 5 });
    expect(r.warnings.every((w) => w.line === undefined)).toBe(true);
    // HTML in a description is kept as the reader's text; the atlas never renders it.
    expect(JSON.stringify(r.collection.features[0].properties)).toContain('<img src=\\"x\\"');
  });

  it('refuses KML or GPX over its own size limit, unread, pointing to GeoJSON', () => {
    const r = checkImport(read('survey-track.gpx'), { limits: { maxXmlBytes: 500 } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([{ code: 'xml.tooLarge', values: { format: 'GPX', size: 0.1, limit: 0.1, jsonLimit: 20 } }]);
  });

  it('says what is wrong in a GPX without numbering its features (togeojson does not keep the file\'s order)', () => {
    const r = checkImport('<gpx version="1.1"><wpt lat="95" lon="145.3"><name>typo</name></wpt><trk><trkseg><trkpt lat="43.7" lon="145.3"/><trkpt lat="43.8" lon="145.3"/></trkseg></trk></gpx>');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({ code: 'coordinates.outOfRange', values: { lon: 145.3, lat: 95 } });
  });
});

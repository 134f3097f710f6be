/**
 * The measure's export file (export.ts): named after both ends, and holding the line the map
 * draws with the lengths the readout gives, worked out here from the real islands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coastToCoast } from '../../geo/nearest.ts';
import { measurePath } from '../../geo/path.ts';
import { convertKm } from '../../geo/units.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { measurementGeoJson, measurementName } from './export.ts';
import type { Computed } from './computed.ts';

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const island = (id: string) => islands.find((f) => f.properties.id === id)!;

describe('the measurement as a file', () => {
  it('is named after both islands, and holds the coast-to-coast line with its lengths in three units', () => {
    const a = island('kunashir');
    const b = island('hokkaido');
    const result = coastToCoast(a, b);
    const c: Computed = { kind: 'distance', a, b, result };
    expect(measurementName(c)).toBe('measurement-kunashir-hokkaido');
    const fc = measurementGeoJson(c, 'ja')!;
    const line = fc.features[0];
    expect(line.geometry.type).toBe('LineString');
    expect(line.properties).toMatchObject({ from: 'kunashir', to: 'hokkaido', from_name: '国後島', to_name: '北海道' });
    expect(line.properties?.length_km).toBeCloseTo(result.distanceKm, 3);
    expect(line.properties?.length_nmi).toBeCloseTo(convertKm(result.distanceKm, 'nmi'), 3);
    // The line runs between the two nearest points, which are the file's other two features.
    expect(fc.features.slice(1).map((f) => f.geometry.type === 'Point' && f.geometry.coordinates)).toEqual(result.points);
  });

  it('names an island\'s area and an open or closed path by what they are', () => {
    expect(measurementName({ kind: 'area', island: island('iturup') })).toBe('area-iturup');
    const pts: [number, number][] = [[145.5, 43.8], [145.9, 43.9], [145.7, 44.2]];
    const open = measurePath(pts, { closed: false });
    const closed = measurePath(pts, { closed: true });
    expect(measurementName({ kind: 'path', path: open, points: pts, closed: false })).toBe('path');
    expect(measurementName({ kind: 'path', path: closed, points: pts, closed: true })).toBe('closed-path');
  });
});

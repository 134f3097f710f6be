import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandCollection } from '../../geo/types.ts';
import { createAtlasStore } from '../../state/store.ts';
import { geometriesOf, importPicture, measureImport, unitOf } from './computed.ts';
import { distanceToIsland, nearestIsland } from './measure.ts';
import { layerName, nextIds, type ImportedLayer } from './state.ts';
import { checkImport, type ImportedCollection } from './validate.ts';

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const island = (id: string) => islands.find((f) => f.properties.id === id)!;

function layer(file: string, id: string, colour = 0): ImportedLayer {
  const r = checkImport(readFileSync(new URL(`./__fixtures__/good/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${file} is refused`);
  return { id, name: layerName(file), fileName: file, collection: r.collection, warnings: r.warnings, stats: r.stats, visible: true, colour, added: 0 };
}

describe('an import measured', () => {
  const area = layer('kunashir-area.geojson', 'import-1');
  const stations = layer('points.geojson', 'import-2', 1);

  it('gathers a file into one geometry of each kind it has', () => {
    const mixed: ImportedCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [145, 43] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[145.1, 43], [145.2, 43]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[145, 43.1], [145.1, 43.1]] } },
      ],
    };
    const gs = geometriesOf(mixed);
    expect(gs.map((g) => g.n)).toEqual([3, 1]);
    expect(geometriesOf(mixed)).toBe(gs);
  });

  it('to the nearest island: Kunashir, as measure.ts gives for the polygon itself', () => {
    const r = measureImport(area, { kind: 'nearest' }, islands, [area])!;
    expect(r.to.kind === 'island' && r.to.island.properties.id).toBe('kunashir');
    const direct = nearestIsland(area.collection.features[0].geometry, islands);
    expect(r.distanceKm).toBeCloseTo(direct.distanceKm, 9);
    expect(r.distanceKm).toBeGreaterThan(0);
  });

  it('to Hokkaido, farther than to Kunashir', () => {
    const r = measureImport(area, { kind: 'island', id: 'hokkaido' }, islands, [area])!;
    expect(r.distanceKm).toBeCloseTo(distanceToIsland(area.collection.features[0].geometry, island('hokkaido')).distanceKm, 9);
    expect(r.distanceKm).toBeGreaterThan(measureImport(area, { kind: 'nearest' }, islands, [area])!.distanceKm);
  });

  it('to another import: the least over their features, the same both ways; nothing for itself or a removed one', () => {
    const ab = measureImport(area, { kind: 'import', id: stations.id }, islands, [area, stations])!;
    const ba = measureImport(stations, { kind: 'import', id: area.id }, islands, [area, stations])!;
    expect(ab.distanceKm).toBeCloseTo(ba.distanceKm, 6);
    expect(ab.points[0]).toEqual(ba.points[1]);
    expect(measureImport(area, { kind: 'import', id: area.id }, islands, [area])).toBeNull();
    expect(measureImport(area, { kind: 'import', id: 'import-9' }, islands, [area])).toBeNull();
  });
});

describe('the import\'s state helpers', () => {
  it('names a layer after its file, and gives the next free id and the least used colour', () => {
    expect(layerName('survey-track.geojson')).toBe('survey-track');
    expect(layerName('C:\\data\\стан.json')).toBe('стан');
    expect(layerName('.hidden')).toBe('.hidden');
    const a = layer('points.geojson', 'import-1', 0);
    const b = layer('points.geojson', 'import-3', 1);
    expect(nextIds([a, b], 6)).toEqual({ id: 'import-2', colour: 2 });
  });

  it('reads the Measure tab\'s unit from the store, km when it is missing or wrong', () => {
    expect(unitOf(createAtlasStore({ slices: { measure: { unit: 'nmi' } } }).getState())).toBe('nmi');
    expect(unitOf(createAtlasStore({ slices: { measure: { unit: 'furlong' } } }).getState())).toBe('km');
    expect(unitOf(createAtlasStore().getState())).toBe('km');
  });

  it('adds each import as its own source; hiding one keeps its source and layers, and changes only `visible`', () => {
    const a = layer('points.geojson', 'import-1', 0);
    const s1 = createAtlasStore({ slices: { import: { layers: [a], status: { kind: 'idle' }, measure: null } } }).getState();
    const p1 = importPicture(s1);
    expect(Object.keys(p1.added!)).toEqual(['import-1']);
    expect(p1.added!['import-1'].layers.map((l) => l.id)).toEqual(['import-1-fill', 'import-1-outline', 'import-1-line', 'import-1-point']);
    const s2 = createAtlasStore({ slices: { import: { layers: [{ ...a, visible: false }], status: { kind: 'idle' }, measure: null } } }).getState();
    const p2 = importPicture(s2);
    expect(p2.added!['import-1'].visible).toBe(false);
    expect(p2.added!['import-1'].source).toBe(p1.added!['import-1'].source);
    expect(p2.added!['import-1'].layers).toBe(p1.added!['import-1'].layers);
  });
});

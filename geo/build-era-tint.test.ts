/**
 * era-tint.geojson is only a display encoding of eras.geojson: every piece must say, for every
 * era, the holder eras.geojson gives, and the map must draw the same land.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERA_IDS, type EraLandCollection, type EraTintCollection } from '../src/geo/eras.ts';
import { checkEraTint } from '../src/features/eras/contract.ts';
import { polygonAreaKm2 } from '../src/geo/area.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const eras = read<EraLandCollection>('eras.geojson');
const tint = read<EraTintCollection>('era-tint.geojson');

describe('era-tint.geojson', () => {
  it('passes its contract', () => {
    expect(checkEraTint(tint)).toEqual([]);
  });

  it('gives every piece the holder eras.geojson gives it, in every era', () => {
    for (const f of eras.features) {
      const { era, part, island, holder } = f.properties;
      // A whole island in eras.geojson may be drawn as its pieces in era-tint (Sakhalin).
      const pieces = tint.features.filter((t) => t.properties.part === part || (part === island && t.properties.island === island));
      expect(pieces.length, `${era} ${part}`).toBeGreaterThan(0);
      for (const t of pieces) expect(t.properties[`holder_${era}`], `${era} ${t.properties.part}`).toBe(holder);
    }
  });

  it('covers the same land as each era of eras.geojson, to 0.1%', () => {
    const tintKm2 = tint.features.reduce((s, f) => s + polygonAreaKm2(f.geometry), 0);
    for (const era of ERA_IDS) {
      const eraKm2 = eras.features.filter((f) => f.properties.era === era).reduce((s, f) => s + polygonAreaKm2(f.geometry), 0);
      expect(Math.abs(tintKm2 / eraKm2 - 1), era).toBeLessThan(0.001);
    }
  });

  it('splits Sakhalin at 50°N in 1905 only', () => {
    const north = tint.features.find((f) => f.properties.part === 'sakhalin/north')!.properties;
    const south = tint.features.find((f) => f.properties.part === 'sakhalin/south')!.properties;
    expect([north.holder_1855, north.holder_1875, north.holder_1905, north.holder_1945]).toEqual(['joint', 'russia', 'russia', 'russia']);
    expect([south.holder_1855, south.holder_1875, south.holder_1905, south.holder_1945]).toEqual(['joint', 'russia', 'japan', 'russia']);
  });
});

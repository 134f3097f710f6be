import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandCollection } from '../../geo/types.ts';
import type { IncidentCollection } from './model.ts';
import { coastNamer, landformOf } from './coast-names.ts';

const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8')) as T;
const ISLANDS = load<IslandCollection>('islands.geojson');
const INCIDENTS = load<IncidentCollection>('incidents.geojson');

describe('coastNamer', () => {
  it('names a coast island in the language asked, from islands.geojson', () => {
    expect(coastNamer(ISLANDS, 'en')('atlasov')).toEqual({ name: 'Atlasov Island', form: 'island' });
    expect(coastNamer(ISLANDS, 'ja')('kunashir')).toEqual({ name: '国後島', form: 'island' });
    expect(coastNamer(ISLANDS, 'ru')('suisho')).toEqual({ name: 'Танфильева', form: 'island' });
  });
  it('tells a peninsula and a group of islands from an island, and drops the Russian word the messages add', () => {
    expect(coastNamer(ISLANDS, 'ru')('kamchatka')).toEqual({ name: 'Камчатка', form: 'peninsula' });
    expect(coastNamer(ISLANDS, 'ru')('habomai')).toEqual({ name: 'Хабомаи', form: 'islands' });
    expect(coastNamer(ISLANDS, 'ru')('bering-island')).toEqual({ name: 'Беринга', form: 'island' });
    expect(landformOf({ en: 'Hokkaido', ja: '北海道', ru: 'Хоккайдо' })).toBe('island');
  });
  it('names the coast of every incident in every language, and lets the id stand until the islands load', () => {
    for (const lang of ['en', 'ja', 'ru'] as const) {
      const name = coastNamer(ISLANDS, lang);
      expect(INCIDENTS.features.filter((f) => name(f.properties.coast_island).name === f.properties.coast_island).map((f) => f.properties.id)).toEqual([]);
    }
    expect(coastNamer(null, 'ja')('kunashir')).toEqual({ name: 'kunashir', form: 'island' });
  });
});

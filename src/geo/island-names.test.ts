import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { islandNamer } from './island-names.ts';
import type { IslandCollection } from './types.ts';

const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as IslandCollection;

describe('islandNamer in a language', () => {
  it('names an island in the language asked for, English unless asked', () => {
    expect(['en', 'ja', 'ru'].map((l) => islandNamer(islands, l as 'en' | 'ja' | 'ru')('iturup'))).toEqual(['Iturup', '択捉島', 'Итуруп']);
    expect(islandNamer(islands)('atlasov')).toBe('Atlasov Island');
    expect(islandNamer(islands, 'ja')('atlasov')).toBe('阿頼度島');
  });
  it('lets the id stand for itself in every language where it has no island', () => {
    expect(islandNamer(islands, 'ru')('atlantis')).toBe('atlantis');
    expect(islandNamer(null, 'ja')('kunashir')).toBe('kunashir');
  });
});

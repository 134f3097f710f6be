import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURE_PRESETS, editDistance, normalizeName, resolvePair, resolvePlace, searchPlaces } from './places.ts';
import type { IslandCollection } from './types.ts';

const islands = (JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const id = (q: string) => {
  const r = resolvePlace(q, islands);
  return r.ok ? r.island.properties.id : null;
};

describe('resolvePlace finds an island by any name, in three scripts', () => {
  it.each([
    // Latin: names, aliases, ids, case, accents, width, "island" words.
    ['Kunashir', 'kunashir'],
    ['kunashiri', 'kunashir'],
    ['KUNASHIRI-TO', 'kunashir'],
    ['Ｋｕｎａｓｈｉｒ', 'kunashir'],
    ['Etorofu', 'iturup'],
    ['etorofu island', 'iturup'],
    ['Tanfilyev', 'suisho'],
    ['Suishō', 'suisho'],
    ['suisho-jima', 'suisho'],
    ['Hokkaidō', 'hokkaido'],
    ['Yezo', 'hokkaido'],
    ['Kamchatka Peninsula', 'kamchatka'],
    ['Saghalien', 'sakhalin'],
    ['brat-chirpoyev', 'brat-chirpoyev'],
    ['Brat Chirpoev', 'brat-chirpoyev'],
    ['Zeleny', 'shibotsu'],
    ['Polonsky', 'taraku'],
    // Japanese: kanji and katakana, with and without 島, and half-width kana.
    ['国後島', 'kunashir'],
    ['国後', 'kunashir'],
    ['択捉島', 'iturup'],
    ['水晶島', 'suisho'],
    ['北海道', 'hokkaido'],
    ['樺太', 'sakhalin'],
    ['ｻﾊﾘﾝ', 'sakhalin'],
    ['カムチャツカ半島', 'kamchatka'],
    // Cyrillic: ё and е alike, case, "остров".
    ['Кунашир', 'kunashir'],
    ['кунашир', 'kunashir'],
    ['Итуруп', 'iturup'],
    ['Танфильева', 'suisho'],
    ['Зелёный', 'shibotsu'],
    ['Зеленый', 'shibotsu'],
    ['остров Беринга', 'bering-island'],
    ['Шумшу', 'shumshu'],
  ])('%s → %s', (query, expected) => {
    expect(id(query)).toBe(expected);
  });

  it('takes a beginning only one island has', () => {
    expect(id('Kunash')).toBe('kunashir');
    expect(id('Парамуш')).toBe('paramushir');
  });
});

describe('resolvePlace does not guess', () => {
  it.each([
    ['Kunasir', 'kunashir'],
    ['Iturp', 'iturup'],
    ['Sahalin', 'sakhalin'],
    ['Кунашыр', 'kunashir'],
  ])('%s is unknown, with %s first among the suggestions', (query, first) => {
    const r = resolvePlace(query, islands);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions[0]?.properties.id).toBe(first);
  });

  it('offers several islands for a beginning they share', () => {
    const r = resolvePlace('Shi', islands);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions.map((f) => f.properties.id)).toEqual(expect.arrayContaining(['shikotan', 'shibotsu']));
  });

  it('still names the closest islands for a name nothing like any', () => {
    const r = resolvePlace('Atlantis', islands);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(r.suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it('rejects an empty name', () => {
    expect(resolvePlace('  ', islands).ok).toBe(false);
  });
});

describe('searchPlaces', () => {
  it('ranks exact before prefix before substring before near misses', () => {
    const hits = searchPlaces('kuril', islands);
    expect(hits.every((h, i) => i === 0 || hits[i - 1].score <= h.score)).toBe(true);
    expect(searchPlaces('Urup', islands)[0]).toMatchObject({ score: 0, matched: 'Urup' });
    expect(searchPlaces('paramu', islands)[0]).toMatchObject({ score: 1 });
  });

  it('respects the limit', () => {
    expect(searchPlaces('a', islands, { limit: 3 })).toHaveLength(3);
  });
});

describe('normalizeName and editDistance', () => {
  it('folds case, width, accents and punctuation', () => {
    expect(normalizeName('Ｋｕｎａｓｈｉｒｉ-tō')).toBe('kunashirito');
    expect(normalizeName('Зелёный')).toBe(normalizeName('зеленый'));
    // Kana voicing marks are letters, not accents: ド is not ト.
    expect(normalizeName('ド')).not.toBe(normalizeName('ト'));
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('kunashir', 'kunashir')).toBe(0);
    expect(editDistance('kunahsir', 'kunashir')).toBe(1);
    expect(editDistance('kunasir', 'kunashir')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('resolvePair and the presets', () => {
  it('reads "a,b" with ids or names', () => {
    const r = resolvePair('Кунашир, hokkaido', islands);
    expect(r.ok && [r.a.properties.id, r.b.properties.id]).toEqual(['kunashir', 'hokkaido']);
  });

  it('names the part it could not read', () => {
    const r = resolvePair('kunashir,atlantis', islands);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failed.map((f) => f.query)).toEqual(['atlantis']);
    expect(resolvePair('kunashir', islands).ok).toBe(false);
  });

  it('every preset names two islands in the data', () => {
    for (const p of MEASURE_PRESETS) {
      expect(id(p.a)).toBe(p.a);
      expect(id(p.b)).toBe(p.b);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_PLACE_CHARS, MEASURE_PRESETS, editDistance, normalizeName, placeTooLong, resolvePair, resolvePlace, resolveWords, searchPlaces, searchWork,
} from './places.ts';
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

/** The plain optimal-string-alignment table, every cell filled: the reference for the banded one. */
function fullDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

describe('editDistance with a bound', () => {
  it('agrees with the full table up to the bound, and says "more" beyond it', () => {
    // A small deterministic generator: strings over a 3-letter alphabet, where swaps and repeats are common.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => 'abк'[Math.floor(next() * 3)]).join('');
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      const full = fullDistance(a, b);
      expect(editDistance(a, b)).toBe(full);
      for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
    }
  });
});

// Regression: `npm run measure -- kun kun …` took 2.5 s for 50 words, 26 s for 200 and 99 s for
// 400 (every split of the words was resolved, each with full edit-distance tables against every
// name), and pasting 10,000 characters into the Measure box blocked the page for 2.3 s.
describe('place search is quadratic in words (regression)', () => {
  const workOf = (run: () => unknown) => {
    const before = searchWork();
    run();
    return searchWork() - before;
  };
  // Warm the per-island name cache, so every count below is the query's own work.
  resolvePlace('warm', islands);

  it('resolving words costs work linear in their length', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'kun');
    const w = [50, 100, 200, 400, 800].map((n) => workOf(() => resolveWords(words(n), islands)));
    // Doubling the words at most doubles the work (the fixed part is comparing with every name).
    for (let i = 1; i < w.length; i++) expect(w[i]).toBeLessThanOrEqual(2 * w[i - 1]);
    // And each added character costs a few steps, not a pass over every other split.
    expect((w[4] - w[0]) / (800 * 4 - 50 * 4)).toBeLessThan(20);
  });

  it('a pasted page costs a few steps per character in searchPlaces and resolvePlace', () => {
    const page = 'kunashir '.repeat(1200).slice(0, 10_000);
    const base = workOf(() => searchPlaces('kunashir', islands));
    expect(workOf(() => searchPlaces(page, islands)) - base).toBeLessThan(20 * page.length);
    expect(workOf(() => resolvePlace(page, islands)) - base).toBeLessThan(20 * page.length);
  });

  it('still reads the words a person types', () => {
    const r = resolveWords(['brat', 'chirpoyev', 'urup'], islands);
    expect(r.ok && [r.a.properties.id, r.b.properties.id]).toEqual(['brat-chirpoyev', 'urup']);
    const bad = resolveWords(Array.from({ length: 400 }, () => 'kun'), islands);
    expect(bad).toMatchObject({ ok: false, ambiguous: false });
  });

  it('caps a place name with a clear message', () => {
    expect(placeTooLong('Kunashir')).toBeNull();
    expect(placeTooLong('x'.repeat(MAX_PLACE_CHARS))).toBeNull();
    expect(placeTooLong('x'.repeat(10_000))).toEqual({ places: 1, max: MAX_PLACE_CHARS, length: 10_000 });
    expect(placeTooLong('x'.repeat(2 * MAX_PLACE_CHARS + 1), 2)).toBeNull();
    expect(placeTooLong('kun '.repeat(400).trim(), 2)).toEqual({ places: 2, max: 2 * MAX_PLACE_CHARS + 1, length: 1599 });
    // Every name in the data fits, with room for an "island" word.
    for (const f of islands) for (const n of [f.properties.name.en, f.properties.name.ja, f.properties.name.ru, ...f.properties.aliases]) {
      expect(placeTooLong(`${n} island`)).toBeNull();
    }
  });
});

/**
 * Every authored feature in public/data has its texts in English, Japanese and Russian: the text
 * fields (src/i18n/text-fields.ts) through the committed bundles text-ja.json and text-ru.json,
 * and the names through their per-language fields. Reads the committed files, which
 * geo/build.test.ts holds to a fresh build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectTexts, TEXT_FILES } from '../src/i18n/text-fields.ts';
import { TRANSLATED, bundleFile } from './build-text.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8')) as T;
type Props = Record<string, unknown>;
const features = (name: string) => read<{ features: { properties: Props }[] }>(name).features.map((f) => f.properties);

/** The script a translation must be written in (at least one letter of it). */
const SCRIPT: Record<(typeof TRANSLATED)[number], RegExp> = { ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, ru: /\p{Script=Cyrillic}/u };

describe('the data in three languages', () => {
  const bundles = Object.fromEntries(TRANSLATED.map((l) => [l, read<Record<string, string>>(bundleFile(l))]));
  const english = new Set(TEXT_FILES.flatMap((f) => collectTexts(f, read(f))));

  it('has texts to translate in every file that has text fields', () => {
    for (const f of TEXT_FILES) expect(collectTexts(f, read(f)).length, f).toBeGreaterThan(0);
  });

  for (const lang of TRANSLATED) {
    it(`gives every text field of every feature its ${lang === 'ja' ? 'Japanese' : 'Russian'}, and nothing the data lacks`, () => {
      const missing = [...english].filter((en) => !bundles[lang][en]?.trim());
      expect(missing.slice(0, 5), `${missing.length} texts have no ${lang}`).toEqual([]);
      expect(Object.keys(bundles[lang]).filter((en) => !english.has(en))).toEqual([]);
    });

    it(`writes each ${lang} translation of a worded text in its own script, never the English copied`, () => {
      for (const [en, t] of Object.entries(bundles[lang])) {
        if (!/[A-Za-z]{3,}/.test(en)) continue;
        expect(SCRIPT[lang].test(t), `${lang} of ${JSON.stringify(en.slice(0, 60))}: ${JSON.stringify(t.slice(0, 60))}`).toBe(true);
        expect(t).not.toBe(en);
      }
    });
  }

  it('names every island, and every label, in all three', () => {
    for (const p of features('islands.geojson')) {
      const name = p.name as Record<string, string>;
      for (const l of ['en', 'ja', 'ru']) expect(name[l]?.trim(), `${String(p.id)}.name.${l}`).toBeTruthy();
    }
    for (const p of features('labels.geojson')) {
      for (const k of ['name_en', 'name_ja', 'name_ru']) expect((p[k] as string | undefined)?.trim(), `${String(p.id)}.${k}`).toBeTruthy();
    }
  });

  it('names every named vessel in all three', () => {
    for (const p of features('incidents.geojson')) {
      for (const v of p.vessels as { name: string | null; name_ja: string | null; name_ru: string | null }[]) {
        if (v.name === null) continue;
        expect(SCRIPT.ru.test(String(v.name_ru)), `${String(p.id)}: ${v.name}.name_ru`).toBe(true);
      }
    }
  });

  it('names every pipeline and facility on the map in all three', () => {
    for (const f of ['pipelines.geojson', 'facilities.geojson']) {
      for (const p of features(f)) {
        expect(SCRIPT.ja.test(String(p.name_ja)), `${String(p.id)}.name_ja`).toBe(true);
        expect(SCRIPT.ru.test(String(p.name_ru)), `${String(p.id)}.name_ru`).toBe(true);
      }
    }
  });

  it('names each era\'s polities in all three', () => {
    const eras = read<{ eras: Record<string, { polities: Record<string, Record<string, string>> }> }>('era-texts.json').eras;
    for (const [id, e] of Object.entries(eras)) {
      for (const [holder, names] of Object.entries(e.polities)) {
        for (const l of ['en', 'ja', 'ru']) expect(names[l]?.trim(), `${id}.${holder}.${l}`).toBeTruthy();
      }
    }
  });
});

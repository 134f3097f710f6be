import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { LANGUAGES } from '../../geo/language.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { checkImport } from './validate.ts';
import { problemMessage, whereMessage } from './messages.ts';
import { ERROR_CODES, MORE_CODE, WARNING_CODES, type ImportProblem } from './problems.ts';

const catalogue = (lang: string) => JSON.parse(readFileSync(new URL(`./i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/** Every problem the fixtures give, and a few made here for the codes no fixture reaches (parse.test.ts gives file.notUtf8). */
function problems(): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const folder of ['good', 'bad']) {
    const dir = new URL(`./__fixtures__/${folder}/`, import.meta.url);
    for (const name of readdirSync(dir)) {
      const r = checkImport(readFileSync(new URL(name, dir), 'utf8'));
      out.push(...(r.ok ? r.warnings : r.problems));
    }
  }
  // The limits, met by a small file with small limits, and the size of a big file given.
  const points = readFileSync(new URL('./__fixtures__/good/points.geojson', import.meta.url), 'utf8');
  const gpx = readFileSync(new URL('./__fixtures__/good/survey-track.gpx', import.meta.url), 'utf8');
  for (const r of [
    checkImport(points, { limits: { maxFeatures: 2 } }), checkImport(points, { limits: { maxVertices: 3 } }), checkImport('{}', { bytes: 21_000_000 }),
    checkImport(gpx, { bytes: 6_000_000 }),
  ]) {
    if (r.ok) throw new Error('not refused');
    out.push(...r.problems);
  }
  out.push(
    { code: 'geojson.other', values: { detail: 'Something the check said.' }, line: 3, column: 9 },
    { code: 'file.notUtf8', values: {} },
    { code: 'feature.badProperties', values: {}, feature: 4, line: 7, column: 5 },
    { code: MORE_CODE, values: { count: 1, kind: 'coordinates.swapped' } },
    { code: MORE_CODE, values: { count: 12_345, kind: 'coordinates.swapped' } },
  );
  return out;
}

describe('the import messages', () => {
  it('have one for every code, in every language', () => {
    for (const lang of LANGUAGES) {
      const keys = Object.keys(catalogue(lang));
      for (const code of [...ERROR_CODES, ...WARNING_CODES, MORE_CODE]) expect(keys, `${lang}: ${code}`).toContain(`import.problem.${code}`);
    }
  });

  it('say every problem the fixtures give, and where it is, in English, Japanese and Russian, with the values it carries', () => {
    const list = problems();
    // Every code the validator can give shows up here at least once, but the one it gives only when something throws.
    const seen = new Set(list.map((p) => p.code));
    expect([...ERROR_CODES, ...WARNING_CODES].filter((c) => !seen.has(c))).toEqual([]);
    for (const lang of LANGUAGES) {
      const errors: string[] = [];
      const intl = createIntl({ locale: LOCALES[lang], messages: catalogue(lang), onError: (e) => errors.push(e.message) });
      for (const p of list) {
        const what = problemMessage(p);
        const text = intl.formatMessage({ id: what.id }, what.values);
        expect(text, `${lang} ${p.code}`).not.toMatch(/[{}]/);
        expect(text).not.toBe(what.id);
        const where = whereMessage(p);
        if (where) expect(intl.formatMessage({ id: where.id }, where.values)).toMatch(/\d/);
      }
      expect(errors, lang).toEqual([]);
    }
  });

  it('write a position in each language\'s own numbers, the pair kept apart where the decimal mark is a comma', () => {
    const p: ImportProblem = { code: 'coordinates.swapped', values: { lon: 43.751234, lat: 145.3 } };
    const say = (lang: 'en' | 'ja' | 'ru') => createIntl({ locale: LOCALES[lang], messages: catalogue(lang) }).formatMessage({ id: problemMessage(p).id }, p.values);
    expect(say('en')).toContain('43.751234, 145.3');
    expect(say('ja')).toContain('43.751234, 145.3');
    expect(say('ru')).toContain('43,751234; 145,3');
  });

  it('count features from 1 for the reader, and keep the file\'s index beside', () => {
    expect(whereMessage({ code: 'geometry.null', values: {}, feature: 0 })).toEqual({ id: 'import.where.feature', values: { number: 1, index: 0 } });
    expect(whereMessage({ code: 'json.invalid', values: {}, line: 2, column: 7 })).toEqual({ id: 'import.where.line', values: { line: 2, column: 7 } });
    expect(whereMessage({ code: 'file.empty', values: {} })).toBeNull();
  });
});

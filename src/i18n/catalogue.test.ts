/**
 * The message catalogues: every folder's three files hold the same keys, every message parses
 * as ICU MessageFormat with the same arguments in all three, none is empty, and no Japanese or
 * Russian message is the English one copied (names and units aside).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGUAGES } from '../geo/language.ts';

/** Each catalogue folder and the prefix its keys carry. */
function catalogueFolders(): { dir: string; prefix: string }[] {
  const out: { dir: string; prefix: string }[] = [];
  const add = (dir: string, prefix: string) => { if (existsSync(join(dir, 'i18n'))) out.push({ dir: join(dir, 'i18n'), prefix }); };
  add('src/ui', 'app');
  add('src/cli', 'cli');
  for (const f of readdirSync('src/features', { withFileTypes: true })) if (f.isDirectory()) add(join('src/features', f.name), f.name);
  return out;
}

const read = (dir: string, lang: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, unknown>;

/** The names of a message's arguments, nested ones included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) argumentsOf(o.value, into);
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

/** The forms of each cardinal plural in a message (`one`, `few`, `=0`, …), nested ones included. */
function pluralForms(elements: MessageFormatElement[], into: string[][] = []): string[][] {
  for (const e of elements) {
    if (e.type === TYPE.plural) {
      if (e.pluralType !== 'ordinal') into.push(Object.keys(e.options));
      for (const o of Object.values(e.options)) pluralForms(o.value, into);
    } else if (e.type === TYPE.select) for (const o of Object.values(e.options)) pluralForms(o.value, into);
    else if (e.type === TYPE.tag) pluralForms(e.children, into);
  }
  return into;
}

/** The words a message shows, without its arguments. */
function literalText(elements: MessageFormatElement[]): string {
  return elements.map((e) => {
    if (e.type === TYPE.literal) return e.value;
    if (e.type === TYPE.plural || e.type === TYPE.select) return Object.values(e.options).map((o) => literalText(o.value)).join(' ');
    if (e.type === TYPE.tag) return literalText(e.children);
    return ' ';
  }).join('');
}

/**
 * Words that stay as they are in every language: names of products, formats and standards, and
 * unit symbols. A Japanese or Russian message equal to the English passes only if its words are
 * all here.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'km', 'nmi', 'mi', 'ha', 'OpenStreetMap', 'ODbL', 'OSM', 'GeoJSON', 'CSV', 'PNG', 'PDF', 'KML', 'GPX', 'MapLibre', 'Noto', 'UNCLOS', 'WGS84',
  'English', '日本語', 'Русский',
]);

describe('the message catalogues', () => {
  const folders = catalogueFolders();

  it('are found in the shell, the command line and the features', () => {
    expect(folders.map((f) => f.prefix)).toEqual(expect.arrayContaining(['app', 'cli', 'incidents', 'eras', 'energy', 'measure', 'sea', 'islands']));
  });

  for (const { dir, prefix } of folders) {
    describe(dir, () => {
      const cats = Object.fromEntries(LANGUAGES.map((l) => [l, read(dir, l)]));
      const keys = Object.keys(cats.en);

      it('has the same keys in English, Japanese and Russian, each under its folder\'s prefix', () => {
        for (const l of LANGUAGES) expect(Object.keys(cats[l]).sort(), `${dir}/${l}.json`).toEqual([...keys].sort());
        for (const k of keys) expect(k.startsWith(`${prefix}.`), `${k} should start with ${prefix}.`).toBe(true);
      });

      it('has no empty message, and each parses as ICU with the same arguments in every language', () => {
        for (const k of keys) {
          const args = LANGUAGES.map((l) => {
            const m = cats[l][k];
            expect(typeof m === 'string' && m.trim().length > 0, `${l}: ${k} is empty`).toBe(true);
            let ast: MessageFormatElement[] = [];
            expect(() => { ast = parse(m as string); }, `${l}: ${k}`).not.toThrow();
            return [...argumentsOf(ast)].sort().join(',');
          });
          expect(args[1], `ja: ${k}'s arguments`).toBe(args[0]);
          expect(args[2], `ru: ${k}'s arguments`).toBe(args[0]);
        }
      });

      it('gives each plural the forms its language selects: Russian one, few, many and other (or other alone); Japanese other alone', () => {
        for (const k of keys) {
          for (const l of ['ja', 'ru'] as const) {
            for (const forms of pluralForms(parse(cats[l][k] as string))) {
              const named = forms.filter((f) => !f.startsWith('='));
              if (l === 'ja') expect(named, `ja: ${k} has forms Japanese never selects`).toEqual(['other']);
              // Russian: all four forms, or `other` alone where the words do not change with the
              // number (exact matches such as =0 and =1 aside).
              else expect([['few', 'many', 'one', 'other'], ['other']], `ru: ${k} has ${named.join(', ')}`).toContainEqual(named.sort());
            }
          }
        }
      });

      it('has no Japanese or Russian message that is the English one copied', () => {
        for (const k of keys) {
          for (const l of ['ja', 'ru'] as const) {
            if (cats[l][k] !== cats.en[k]) continue;
            const words = literalText(parse(cats.en[k] as string)).match(/[\p{L}]+/gu) ?? [];
            const foreign = words.filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
            expect(foreign, `${l}: ${k} is the English message copied`).toEqual([]);
          }
        }
      });
    });
  }
});

describe('literalText and argumentsOf', () => {
  it('read the words and the arguments of a plural message', () => {
    const ast = parse('{count, plural, one {# incident near {place}} other {# incidents}}');
    expect([...argumentsOf(ast)].sort()).toEqual(['count', 'place']);
    expect(literalText(ast)).toContain('incidents');
  });
});

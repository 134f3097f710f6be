/**
 * The data's texts in Japanese and Russian. The English of every text field (src/i18n/text-fields.ts)
 * of the built files must have a translation in geo/sources/text/<lang>/*.json, each file one
 * object from the English text to the translation. This step checks that every English text has
 * one, that none is empty or a copy of the English, that no file translates a text the data no
 * longer has (a changed English text shows up as one missing and one left over), and that two
 * files do not translate the same text differently; then it writes public/data/text-<lang>.json.
 *
 *   npm run geo:text                         checks the committed public/data and writes the bundles
 *   npm run geo:text -- --missing ja [file]  prints, as JSON to fill in, the texts Japanese lacks
 *                                            (of one data file, e.g. incidents.geojson, if given)
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectTexts, TEXT_FILES } from '../src/i18n/text-fields.ts';

/** The languages the data is translated into (English is the data's own). */
export const TRANSLATED = ['ja', 'ru'] as const;
export type Translated = (typeof TRANSLATED)[number];

export const TEXT_SOURCES = resolve(import.meta.dirname, 'sources/text');

/** A text made only of digits, signs and units needs no translation (and may equal the English). */
const NEUTRAL = /^[\d\s.,:;%+\-–—−×/()~≈<>°'"]*(?:km|nmi|m|t|Mt|bcm|mtpa|MW|kV|km²)?[\d\s.,%+\-–—−×/()]*$/;

function short(s: string): string {
  return JSON.stringify(s.length > 70 ? `${s.slice(0, 70)}…` : s);
}

/** The translations of one language, from every file of its folder, with the problems of reading them. */
export function readTranslations(lang: Translated, dir = TEXT_SOURCES): { map: Map<string, { text: string; file: string }>; problems: string[] } {
  const map = new Map<string, { text: string; file: string }>();
  const problems: string[] = [];
  const folder = join(dir, lang);
  if (!existsSync(folder)) return { map, problems: [`${folder} does not exist`] };
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const file = `${lang}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (e) {
      problems.push(`${file} is not valid JSON: ${(e as Error).message}`);
      continue;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      problems.push(`${file} must be one object from English text to its translation`);
      continue;
    }
    for (const [en, t] of Object.entries(json)) {
      if (typeof t !== 'string' || !t.trim()) { problems.push(`${file}: the translation of ${short(en)} is empty`); continue; }
      if (t === en && !NEUTRAL.test(en)) problems.push(`${file}: the translation of ${short(en)} is a copy of the English`);
      const had = map.get(en);
      if (had && had.text !== t) problems.push(`${file} and ${had.file} translate ${short(en)} differently`);
      else map.set(en, { text: t, file });
    }
  }
  return { map, problems };
}

/** The English texts of the built documents, by data file. */
export function dataTexts(docs: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of TEXT_FILES) {
    const doc = docs.get(file);
    if (doc !== undefined) out.set(file, collectTexts(file, doc));
  }
  return out;
}

/**
 * Each language's bundle (English text to translation, keys sorted), and every problem: a text
 * without a translation, a translation of a text the data does not have, or a bad file.
 */
export function buildTextBundles(docs: ReadonlyMap<string, unknown>, dir = TEXT_SOURCES): { bundles: Record<Translated, Record<string, string>>; problems: string[] } {
  const texts = dataTexts(docs);
  const all = new Set([...texts.values()].flat());
  const problems: string[] = [];
  const bundles = {} as Record<Translated, Record<string, string>>;
  for (const lang of TRANSLATED) {
    const { map, problems: read } = readTranslations(lang, dir);
    problems.push(...read);
    for (const [file, list] of texts) {
      const missing = list.filter((en) => !map.has(en));
      if (missing.length) {
        problems.push(`${lang}: ${missing.length} text(s) of ${file} have no translation, e.g. ${short(missing[0])} (npm run geo:text -- --missing ${lang} ${file})`);
      }
    }
    for (const [en, { file }] of map) {
      if (!all.has(en)) problems.push(`${file}: translates ${short(en)}, which no data file has (changed or removed English?)`);
    }
    const bundle: Record<string, string> = {};
    for (const en of [...all].sort()) {
      const t = map.get(en);
      if (t) bundle[en] = t.text;
    }
    bundles[lang] = bundle;
  }
  return { bundles, problems };
}

/** The file name of a language's bundle under public/data. */
export const bundleFile = (lang: Translated) => `text-${lang}.json`;

export function serialiseBundle(bundle: Record<string, string>): string {
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

/** Reads the committed data files that have texts. */
function readCommitted(dataDir: string): Map<string, unknown> {
  return new Map(TEXT_FILES.filter((f) => existsSync(join(dataDir, f))).map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8'))]));
}

export function main(argv: string[]): void {
  const dataDir = resolve('public/data');
  const docs = readCommitted(dataDir);
  const m = argv.indexOf('--missing');
  if (m >= 0) {
    const lang = argv[m + 1] as Translated;
    if (!TRANSLATED.includes(lang)) throw new Error(`--missing needs a language: ${TRANSLATED.join(' or ')}`);
    const only = argv[m + 2];
    const { map } = readTranslations(lang);
    const out: Record<string, string> = {};
    for (const [file, list] of dataTexts(docs)) {
      if (only && file !== only) continue;
      for (const en of list) if (!map.has(en)) out[en] = '';
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const { bundles, problems } = buildTextBundles(docs);
  if (problems.length) {
    console.error(`geo:text: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const lang of TRANSLATED) {
    writeFileSync(join(dataDir, bundleFile(lang)), serialiseBundle(bundles[lang]));
    console.log(`${bundleFile(lang)}: ${Object.keys(bundles[lang]).length} texts`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

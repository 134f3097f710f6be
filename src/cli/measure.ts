/**
 * `npm run measure -- <place> <place>`: the shortest coast-to-coast distance between two islands.
 * `npm run measure -- area <place>`: an island's area beside its published figure.
 * `npm run measure -- waters <lon>,<lat>`: which waters a point is in, whose zone under each side's
 * position, and how far the coasts and the median line are (src/cli/waters.ts; the point also as
 * two numbers, `waters 145.82 43.45`).
 * `--json` prints one JSON object instead; `--unit km|mi|nmi` picks the unit to lead with;
 * `--lang en|ja|ru` the language of the text and the messages (English by default; the JSON's
 * members and names stay as they are, for scripts). An unknown language exits with status 1.
 * An unknown name exits with status 2 and names the closest matches; a usage error exits with 1,
 * and so does a point that is not two numbers, not on the globe, or outside the atlas's waters.
 *
 * Errors: as text on stderr, with the arguments' control characters shown as escapes (`\x1b`).
 * With `--json`, as one JSON object on stdout instead, like a result, so a script reads one
 * stream and tells the two apart by the exit status and the `error` member:
 * `{"error":{"code":"unknown-place","message":"…","places":[{"query":"…","suggestions":[…]}]}}`.
 *
 * Names may be ids or any name or alias in English, Japanese or Russian; a name of several
 * words can be quoted or not (`brat chirpoyev urup` is read as two places if only one split
 * of the words names two islands).
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { SEA_BOX } from '../geo/sea-box.ts';
import { coastToCoast } from '../geo/nearest.ts';
import { placeTooLong, resolvePlace, resolveWords, type ResolvedPlace, type TooLong } from '../geo/places.ts';
import { areaJson, areaReadout, distanceJson, distanceReadout } from '../geo/readout.ts';
import type { IslandCollection, IslandFeature } from '../geo/types.ts';
import { parseUnit, type DistanceUnit } from '../geo/units.ts';
import { prepareWaters, watersAt, type MedianLines } from '../geo/waters.ts';
import { quote, terminalJson } from './escape.ts';
import { cliWords, parseLang, type CliWords } from './intl.ts';
import { readPoint, watersJson, watersText } from './waters.ts';

/** The usage lines, their placeholders in the reader's language. */
function usageText(w: CliWords): string {
  const place = `<${w.say('cli.word.place')}>`;
  const point = `<${w.say('cli.word.lon')}>,<${w.say('cli.word.lat')}>`;
  const label = w.say('cli.usage.label');
  const opts = 'npm run measure -- [--json] [--unit km|mi|nmi] [--lang en|ja|ru]';
  // The lines after the first start under the command: wide (East Asian) characters take two columns.
  const width = [...label].reduce((n, c) => n + (c.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);
  const gap = /[\u3000-\uffef]$/.test(label) ? '' : ' ';
  const pad = ' '.repeat(width + gap.length);
  return [`${label}${gap}${opts} ${place} ${place}`, `${pad}${opts} area ${place}`, `${pad}${opts} waters ${point}`].join('\n');
}

interface Args {
  json: boolean;
  unit: string | null;
  lang: string | null;
  help: boolean;
  words: string[];
}

function parseArgs(argv: string[]): Args {
  const out: Args = { json: false, unit: null, lang: null, help: false, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--unit') out.unit = argv[++i] ?? '';
    else if (a.startsWith('--unit=')) out.unit = a.slice('--unit='.length);
    else if (a === '--lang') out.lang = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) out.lang = a.slice('--lang='.length);
    else if (a === '--help' || a === '-h') out.help = true;
    else out.words.push(a);
  }
  return out;
}

/** What went wrong, for the text message and the JSON object alike. */
interface Failure {
  /**
   * A stable name for scripts: usage, unknown-unit, unknown-language, too-long, ambiguous,
   * unknown-place, and for `waters`, bad-coordinates (not two numbers, or off the globe) and
   * outside-atlas.
   */
  code: 'usage' | 'unknown-unit' | 'unknown-language' | 'too-long' | 'ambiguous' | 'unknown-place' | 'bad-coordinates' | 'outside-atlas';
  /** The message a person reads, in the language asked for, with the arguments' control characters escaped. */
  message: string;
  /** Further members of the JSON object (the arguments there are JSON strings, as given). */
  details?: Record<string, unknown>;
}

let jsonErrors = false;

function fail(f: Failure, status: 1 | 2): never {
  if (jsonErrors) console.log(terminalJson({ error: { code: f.code, message: f.message, ...f.details } }));
  else console.error(f.message);
  process.exit(status);
}

const usage = (w: CliWords): Failure => ({ code: 'usage', message: usageText(w) });

const tooLongFailure = (w: CliWords, t: TooLong): Failure => ({ code: 'too-long', message: w.say('measure.place.tooLong', { ...t }) });

function unknown(w: CliWords, r: Extract<ResolvedPlace, { ok: false }>): string {
  const names = r.suggestions.map((f) => w.say('cli.error.candidate', { name: f.properties.name[w.lang], id: f.properties.id }));
  const closest = names.length ? w.say('cli.error.closest', { names: w.intl.formatList(names, { type: 'disjunction' }) }) : '';
  return w.say('cli.error.unknownPlace', { query: quote(r.query) }) + closest;
}

function unknownPlaces(w: CliWords, failed: Extract<ResolvedPlace, { ok: false }>[]): Failure {
  return {
    code: 'unknown-place',
    message: failed.map((r) => unknown(w, r)).join('\n'),
    details: {
      places: failed.map((r) => ({
        query: r.query,
        suggestions: r.suggestions.map((f) => ({ id: f.properties.id, name: f.properties.name.en })),
      })),
    },
  };
}

/** Two places from the words: each word alone if there are two, else the one split that works. */
function twoPlaces(w: CliWords, words: string[], islands: IslandFeature[]): [IslandFeature, IslandFeature] {
  if (words.length < 2) fail(usage(w), 1);
  const tooLong = placeTooLong(words.join(' '), 2);
  if (tooLong) fail(tooLongFailure(w, tooLong), 2);
  const r = resolveWords(words, islands);
  if (r.ok) return [r.a, r.b];
  if (r.ambiguous) {
    const text = words.join(' ');
    fail({ code: 'ambiguous', message: w.say('cli.error.ambiguous', { text: quote(text) }), details: { query: text } }, 2);
  }
  fail(unknownPlaces(w, r.failed), 2);
}

const dataFile = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8')) as T;

/** `waters <lon>,<lat>`: the point's waters, from the land, the islands and the median lines. */
function waters(w: CliWords, words: string[], unit: DistanceUnit, json: boolean): void {
  if (!words.length) fail(usage(w), 1);
  const maritime = dataFile<FeatureCollection & MedianLines>('maritime.geojson');
  // The atlas's waters are the box its zones are traced in: the box of the zones themselves.
  const r = readPoint(words, [SEA_BOX.west, SEA_BOX.south, SEA_BOX.east, SEA_BOX.north], w);
  if (!r.ok) fail({ code: r.code, message: r.message, details: { point: words.join(' ') } }, 1);
  const islands = dataFile<IslandCollection>('islands.geojson');
  const index = prepareWaters(dataFile<FeatureCollection>('land.geojson'), islands, maritime);
  const answer = watersAt(index, r.point);
  console.log(json ? terminalJson(watersJson(answer, islands.features)) : watersText(answer, islands.features, unit, w).join('\n'));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  jsonErrors = args.json;
  // The language first, so that every other message is in it; an unknown one is said in English.
  const lang = args.lang == null ? 'en' : parseLang(args.lang);
  if (!lang) {
    fail({ code: 'unknown-language', message: cliWords('en').say('cli.error.lang', { lang: quote(args.lang ?? '') }), details: { lang: args.lang } }, 1);
  }
  const w = cliWords(lang);
  if (args.help) {
    console.log(usageText(w));
    process.exit(0);
  }
  const unit = args.unit == null ? 'km' : parseUnit(args.unit);
  if (!unit) fail({ code: 'unknown-unit', message: w.say('cli.error.unit', { unit: quote(args.unit ?? '') }), details: { unit: args.unit } }, 1);
  if (!args.words.length) fail(usage(w), 1);
  if (args.words[0].toLowerCase() === 'waters') return waters(w, args.words.slice(1), unit, args.json);

  const path = new URL('../../public/data/islands.geojson', import.meta.url);
  const islands = (JSON.parse(readFileSync(path, 'utf8')) as IslandCollection).features;

  if (args.words[0].toLowerCase() === 'area' && args.words.length >= 2) {
    const name = args.words.slice(1).join(' ');
    const tooLong = placeTooLong(name);
    if (tooLong) fail(tooLongFailure(w, tooLong), 2);
    const r = resolvePlace(name, islands);
    if (!r.ok) fail(unknownPlaces(w, [r]), 2);
    console.log(args.json ? terminalJson(areaJson(r.island)) : areaReadout(w, r.island, { unit }).text);
    return;
  }
  const [a, b] = twoPlaces(w, args.words, islands);
  const result = coastToCoast(a, b);
  console.log(args.json ? terminalJson(distanceJson(a, b, result)) : distanceReadout(w, a, b, result, { unit }).text);
}

main();

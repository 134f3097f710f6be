/**
 * `npm run measure -- <place> <place>`: the shortest coast-to-coast distance between two islands.
 * `npm run measure -- area <place>`: an island's area beside its published figure.
 * `npm run measure -- waters <lon>,<lat>`: which waters a point is in, whose zone under each side's
 * position, and how far the coasts and the median line are (src/cli/waters.ts; the point also as
 * two numbers, `waters 145.82 43.45`).
 * `--json` prints one JSON object instead; `--unit km|mi|nmi` picks the unit to lead with.
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
import { placeTooLong, resolvePlace, resolveWords, type ResolvedPlace } from '../geo/places.ts';
import { areaJson, areaReadout, distanceJson, distanceReadout } from '../geo/readout.ts';
import type { IslandCollection, IslandFeature } from '../geo/types.ts';
import { parseUnit, type DistanceUnit } from '../geo/units.ts';
import { prepareWaters, watersAt, type MedianLines } from '../geo/waters.ts';
import { quote, terminalJson } from './escape.ts';
import { readPoint, watersJson, watersText } from './waters.ts';

const USAGE = `usage: npm run measure -- [--json] [--unit km|mi|nmi] <place> <place>
       npm run measure -- [--json] [--unit km|mi|nmi] area <place>
       npm run measure -- [--json] [--unit km|mi|nmi] waters <lon>,<lat>`;

interface Args {
  json: boolean;
  unit: string | null;
  words: string[];
}

function parseArgs(argv: string[]): Args {
  const out: Args = { json: false, unit: null, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--unit') out.unit = argv[++i] ?? '';
    else if (a.startsWith('--unit=')) out.unit = a.slice('--unit='.length);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else out.words.push(a);
  }
  return out;
}

/** What went wrong, for the text message and the JSON object alike. */
interface Failure {
  /**
   * A stable name for scripts: usage, unknown-unit, too-long, ambiguous, unknown-place, and for
   * `waters`, bad-coordinates (not two numbers, or off the globe) and outside-atlas.
   */
  code: 'usage' | 'unknown-unit' | 'too-long' | 'ambiguous' | 'unknown-place' | 'bad-coordinates' | 'outside-atlas';
  /** The message a person reads, with the arguments' control characters escaped. */
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

const usage = (): Failure => ({ code: 'usage', message: USAGE });

function unknown(r: Extract<ResolvedPlace, { ok: false }>): string {
  const names = r.suggestions.map((f) => `${f.properties.name.en} (${f.properties.id})`);
  return `Unknown place ${quote(r.query)}.${names.length ? ` Closest matches: ${names.join(', ')}.` : ''}`;
}

function unknownPlaces(failed: Extract<ResolvedPlace, { ok: false }>[]): Failure {
  return {
    code: 'unknown-place',
    message: failed.map(unknown).join('\n'),
    details: {
      places: failed.map((r) => ({
        query: r.query,
        suggestions: r.suggestions.map((f) => ({ id: f.properties.id, name: f.properties.name.en })),
      })),
    },
  };
}

/** Two places from the words: each word alone if there are two, else the one split that works. */
function twoPlaces(words: string[], islands: IslandFeature[]): [IslandFeature, IslandFeature] {
  if (words.length < 2) fail(usage(), 1);
  const tooLong = placeTooLong(words.join(' '), 2);
  if (tooLong) fail({ code: 'too-long', message: tooLong }, 2);
  const r = resolveWords(words, islands);
  if (r.ok) return [r.a, r.b];
  if (r.ambiguous) {
    const text = words.join(' ');
    fail({ code: 'ambiguous', message: `${quote(text)} can be read as more than one pair of places; quote the names.`, details: { query: text } }, 2);
  }
  fail(unknownPlaces(r.failed), 2);
}

const dataFile = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8')) as T;

/** `waters <lon>,<lat>`: the point's waters, from the land, the islands and the median lines. */
function waters(words: string[], unit: DistanceUnit, json: boolean): void {
  if (!words.length) fail(usage(), 1);
  const maritime = dataFile<FeatureCollection & MedianLines>('maritime.geojson');
  // The atlas's waters are the box its zones are traced in: the box of the zones themselves.
  const r = readPoint(words, [SEA_BOX.west, SEA_BOX.south, SEA_BOX.east, SEA_BOX.north]);
  if (!r.ok) fail({ code: r.code, message: r.message, details: { point: words.join(' ') } }, 1);
  const islands = dataFile<IslandCollection>('islands.geojson');
  const index = prepareWaters(dataFile<FeatureCollection>('land.geojson'), islands, maritime);
  const answer = watersAt(index, r.point);
  console.log(json ? terminalJson(watersJson(answer, islands.features)) : watersText(answer, islands.features, unit).join('\n'));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  jsonErrors = args.json;
  const unit = args.unit == null ? 'km' : parseUnit(args.unit);
  if (!unit) fail({ code: 'unknown-unit', message: `Unknown unit ${quote(args.unit ?? '')}: use km, mi or nmi.`, details: { unit: args.unit } }, 1);
  if (!args.words.length) fail(usage(), 1);
  if (args.words[0].toLowerCase() === 'waters') return waters(args.words.slice(1), unit, args.json);

  const path = new URL('../../public/data/islands.geojson', import.meta.url);
  const islands = (JSON.parse(readFileSync(path, 'utf8')) as IslandCollection).features;

  if (args.words[0].toLowerCase() === 'area' && args.words.length >= 2) {
    const name = args.words.slice(1).join(' ');
    const tooLong = placeTooLong(name);
    if (tooLong) fail({ code: 'too-long', message: tooLong }, 2);
    const r = resolvePlace(name, islands);
    if (!r.ok) fail(unknownPlaces([r]), 2);
    console.log(args.json ? terminalJson(areaJson(r.island)) : areaReadout(r.island, { unit }).text);
    return;
  }
  const [a, b] = twoPlaces(args.words, islands);
  const result = coastToCoast(a, b);
  console.log(args.json ? terminalJson(distanceJson(a, b, result)) : distanceReadout(a, b, result, { unit }).text);
}

main();

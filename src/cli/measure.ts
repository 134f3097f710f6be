/**
 * `npm run measure -- <place> <place>`: the shortest coast-to-coast distance between two islands.
 * `npm run measure -- area <place>`: an island's area beside its published figure.
 * `--json` prints one JSON object instead; `--unit km|mi|nmi` picks the unit to lead with.
 * An unknown name exits with status 2 and names the closest matches.
 *
 * Names may be ids or any name or alias in English, Japanese or Russian; a name of several
 * words can be quoted or not (`brat chirpoyev urup` is read as two places if only one split
 * of the words names two islands).
 */
import { readFileSync } from 'node:fs';
import { coastToCoast } from '../geo/nearest.ts';
import { placeTooLong, resolvePlace, resolveWords, type ResolvedPlace } from '../geo/places.ts';
import { areaJson, areaReadout, distanceJson, distanceReadout } from '../geo/readout.ts';
import type { IslandCollection, IslandFeature } from '../geo/types.ts';
import { parseUnit } from '../geo/units.ts';

const USAGE = `usage: npm run measure -- [--json] [--unit km|mi|nmi] <place> <place>
       npm run measure -- [--json] [--unit km|mi|nmi] area <place>`;

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

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function unknown(r: Extract<ResolvedPlace, { ok: false }>): string {
  const names = r.suggestions.map((f) => `${f.properties.name.en} (${f.properties.id})`);
  return `Unknown place "${r.query}".${names.length ? ` Closest matches: ${names.join(', ')}.` : ''}`;
}

/** Two places from the words: each word alone if there are two, else the one split that works. */
function twoPlaces(words: string[], islands: IslandFeature[]): [IslandFeature, IslandFeature] {
  if (words.length < 2) fail(USAGE, 1);
  const tooLong = placeTooLong(words.join(' '), 2);
  if (tooLong) fail(tooLong, 2);
  const r = resolveWords(words, islands);
  if (r.ok) return [r.a, r.b];
  if (r.ambiguous) fail(`"${words.join(' ')}" can be read as more than one pair of places; quote the names.`, 2);
  fail(r.failed.map(unknown).join('\n'), 2);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const unit = args.unit == null ? 'km' : parseUnit(args.unit);
  if (!unit) fail(`Unknown unit "${args.unit}": use km, mi or nmi.`, 1);
  if (!args.words.length) fail(USAGE, 1);

  const path = new URL('../../public/data/islands.geojson', import.meta.url);
  const islands = (JSON.parse(readFileSync(path, 'utf8')) as IslandCollection).features;

  if (args.words[0].toLowerCase() === 'area' && args.words.length >= 2) {
    const name = args.words.slice(1).join(' ');
    const tooLong = placeTooLong(name);
    if (tooLong) fail(tooLong, 2);
    const r = resolvePlace(name, islands);
    if (!r.ok) fail(unknown(r), 2);
    console.log(args.json ? JSON.stringify(areaJson(r.island)) : areaReadout(r.island, { unit }).text);
    return;
  }
  const [a, b] = twoPlaces(args.words, islands);
  const result = coastToCoast(a, b);
  console.log(args.json ? JSON.stringify(distanceJson(a, b, result)) : distanceReadout(a, b, result, { unit }).text);
}

main();

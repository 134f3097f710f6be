/**
 * `npm run geo`: builds every file in public/data from the pinned upstream packages and the
 * sources authored in geo/sources. Deterministic: the same inputs give byte-identical files.
 *
 *   npm run geo               writes into public/data and public/fonts
 *   npm run geo -- --out DIR  writes into DIR/data and DIR/fonts (the determinism test uses this)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { loadCountries } from './lib/upstream.ts';
import { writeCollection } from './lib/write.ts';
import { buildLand } from './build-land.ts';
import { buildIslands } from './build-islands.ts';
import { buildLabels } from './build-labels.ts';
import { buildFacilities, buildPipelines } from './build-energy.ts';
import { buildEras } from './build-eras.ts';
import { buildIncidents } from './build-incidents.ts';
import { buildMaritime } from './build-maritime.ts';
import { seaCoasts } from '../src/geo/sea.ts';
import { prepareWaters, type MedianLines } from '../src/geo/waters.ts';
import { validateOutputs } from './validate.ts';
import { buildFonts, mapCharacters } from './build-fonts.ts';
import { claimPositions, eraSources } from './sources/eras.ts';
import { ERA_IDS, type EraText, type EraTexts } from '../src/geo/eras.ts';
import { checkEraTexts } from '../src/geo/era-texts.ts';
import { buildTextBundles, bundleFile, serialiseBundle, TRANSLATED } from './build-text.ts';

/**
 * public/data/era-texts.json: each era's treaty details, clause, notes and polities, and the two
 * governments' positions. The app loads it with the Borders tab, so the texts never weigh on
 * the first view (its span and treaty names are src/geo/eras.ts's, its label and span as the
 * reader sees them in the eras' message catalogue).
 */
export function buildEraTexts(): EraTexts {
  const eras = Object.fromEntries(ERA_IDS.map((id): [string, EraText] => {
    const { treaty, clause, notes, polities } = eraSources[id];
    const { signed, signedNote, place, signatories, inForce } = treaty;
    return [id, { treaty: { signed, ...(signedNote ? { signedNote } : {}), place, signatories, inForce }, clause, notes, polities }];
  })) as EraTexts['eras'];
  return { eras, positions: claimPositions };
}

/** Builds every output in memory; the key is the file name under public/data. */
export function buildAll(log: (s: string) => void = () => {}): Map<string, FeatureCollection> {
  const countries = loadCountries();
  const out = new Map<string, FeatureCollection>();
  const islands = buildIslands(countries);
  const land = buildLand(countries);
  out.set('land.geojson', land);
  out.set('islands.geojson', islands);
  out.set('labels.geojson', buildLabels());
  out.set('pipelines.geojson', buildPipelines());
  out.set('facilities.geojson', buildFacilities());
  // The era land takes the islands' outlying pieces from the land the map draws.
  for (const [name, fc] of buildEras(islands, land)) out.set(name, fc);
  const maritime = buildMaritime(seaCoasts(land, islands), log);
  out.set('maritime.geojson', maritime);
  // The incidents' waters come from the zones just built, so they agree with the map's lines.
  // (Every maritime feature has its kind and view: validateOutputs checks the contract below.)
  out.set('incidents.geojson', buildIncidents(islands, land, prepareWaters(land, islands, maritime as unknown as MedianLines)));
  return out;
}

/** The texts a map label may show: the flat `name_*` properties and `name` objects. */
function labelTexts(props: unknown): string[] {
  if (!props || typeof props !== 'object') return [];
  const p = props as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(p)) {
    if (k.startsWith('name') && typeof v === 'string') out.push(v);
    if (k === 'name' && v && typeof v === 'object') out.push(...Object.values(v).filter((x): x is string => typeof x === 'string'));
  }
  return out;
}

export function main(argv: string[]): void {
  const i = argv.indexOf('--out');
  const root = resolve(i >= 0 ? argv[i + 1] : 'public');
  const dir = join(root, 'data');
  const outputs = buildAll(console.log);
  const problems = validateOutputs(outputs);
  if (problems.length) {
    console.error(`geo: ${problems.length} problems in the built data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const [name, fc] of outputs) {
    const bytes = writeCollection(join(dir, name), fc);
    console.log(`${name}: ${fc.features.length} features, ${(bytes / 1024).toFixed(0)} KiB`);
  }
  const eraTexts = buildEraTexts();
  const textProblems = checkEraTexts(eraTexts);
  if (textProblems.length) {
    console.error(`geo: era-texts.json: ${textProblems.join('; ')}`);
    process.exit(1);
  }
  writeFileSync(join(dir, 'era-texts.json'), `${JSON.stringify(eraTexts, null, 1)}\n`);
  console.log('era-texts.json: written');
  // The texts in Japanese and Russian: every text field of the files above must have both.
  const { bundles, problems: untranslated } = buildTextBundles(new Map<string, unknown>([...outputs, ['era-texts.json', eraTexts]]));
  if (untranslated.length) {
    console.error(`geo: ${untranslated.length} problems with the translations:\n${untranslated.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const lang of TRANSLATED) {
    writeFileSync(join(dir, bundleFile(lang)), serialiseBundle(bundles[lang]));
    console.log(`${bundleFile(lang)}: ${Object.keys(bundles[lang]).length} texts`);
  }
  const texts = [...outputs.values()].flatMap((fc) => fc.features.flatMap((f) => labelTexts(f.properties)));
  // The measure's labels on the map write their units in the interface language (src/i18n/units.ts).
  const unitWords = readFileSync(resolve('src/i18n/units.ts'), 'utf8');
  const faces = buildFonts(mapCharacters([...texts, unitWords], resolve('src/map')), join(root, 'fonts'));
  writeFileSync(join(root, 'fonts', 'font-faces.json'), `${JSON.stringify(faces, null, 1)}\n`);
  console.log(`fonts: ${faces['Noto Sans Regular'].length} files`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

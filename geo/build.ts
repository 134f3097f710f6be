/**
 * `npm run geo`: builds every file in public/data from the pinned upstream packages and the
 * sources authored in geo/sources. Deterministic: the same inputs give byte-identical files.
 *
 *   npm run geo               writes into public/data
 *   npm run geo -- --out DIR  writes into DIR (the determinism test uses this)
 */
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { loadCountries } from './lib/upstream.ts';
import { writeCollection } from './lib/write.ts';
import { buildLand } from './build-land.ts';
import { buildIslands } from './build-islands.ts';
import { buildLabels } from './build-labels.ts';
import { validateOutputs } from './validate.ts';

/** Builds every output in memory; the key is the file name under public/data. */
export function buildAll(): Map<string, FeatureCollection> {
  const countries = loadCountries();
  const out = new Map<string, FeatureCollection>();
  const islands = buildIslands(countries);
  out.set('land.geojson', buildLand(countries));
  out.set('islands.geojson', islands);
  out.set('labels.geojson', buildLabels());
  return out;
}

export function main(argv: string[]): void {
  const i = argv.indexOf('--out');
  const dir = resolve(i >= 0 ? argv[i + 1] : 'public/data');
  const outputs = buildAll();
  const problems = validateOutputs(outputs);
  if (problems.length) {
    console.error(`geo: ${problems.length} problems in the built data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const [name, fc] of outputs) {
    const bytes = writeCollection(join(dir, name), fc);
    console.log(`${name}: ${fc.features.length} features, ${(bytes / 1024).toFixed(0)} KiB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

/**
 * The pipeline is deterministic and its committed outputs are current: a fresh build into a
 * temporary folder must equal public/ byte for byte, and every committed file must pass its
 * contract. A failure here means `npm run geo` was not run (and committed) after a change.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateOutputs } from './validate.ts';

const out = mkdtempSync(join(tmpdir(), 'kuril-geo-'));

beforeAll(() => {
  execFileSync(process.execPath, ['--import', 'tsx', 'geo/build.ts', '--out', out], { stdio: 'pipe' });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run geo', () => {
  it('rebuilds public/data byte for byte', () => {
    const built = readdirSync(join(out, 'data')).sort();
    const committed = readdirSync('public/data').filter((f) => f.endsWith('.geojson') || f.endsWith('.json')).sort();
    expect(built).toEqual(committed);
    for (const f of built) {
      const a = readFileSync(join(out, 'data', f));
      const b = readFileSync(join('public/data', f));
      expect(a.equals(b), `${f} differs from a fresh build: run npm run geo and commit`).toBe(true);
    }
  });

  it('rebuilds public/fonts byte for byte', () => {
    const built = readdirSync(join(out, 'fonts')).sort();
    expect(built).toEqual(readdirSync('public/fonts').sort());
    for (const f of built) {
      expect(readFileSync(join(out, 'fonts', f)).equals(readFileSync(join('public/fonts', f))), f).toBe(true);
    }
  });

  it('commits only outputs that pass their contracts', () => {
    const files = readdirSync('public/data').filter((f) => f.endsWith('.geojson'));
    const outputs = new Map(files.map((f) => [f, JSON.parse(readFileSync(join('public/data', f), 'utf8'))]));
    expect(validateOutputs(outputs)).toEqual([]);
  });
});

/**
 * The production build (`npm run build`: Vite's default mode) carries no test hooks: the browser
 * tests and the bench build in the `test` mode for `window.kurilAtlas` (src/map/test-hooks.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const jsOf = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'assets', f), 'utf8'));

describe('the production build', () => {
  const work = mkdtempSync(join(tmpdir(), 'kuril-prod-'));
  beforeAll(async () => {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: join(work, 'production'), emptyOutDir: true } });
    await build({ mode: 'test', logLevel: 'warn', build: { outDir: join(work, 'test'), emptyOutDir: true } });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has no test hooks: no `kurilAtlas` anywhere in its JavaScript', () => {
    const js = jsOf(join(work, 'production'));
    expect(js.length).toBeGreaterThan(1);
    expect(js.filter((code) => code.includes('kurilAtlas')).length).toBe(0);
  });

  it('while the build for the tests has them (so the check above looks for the right name)', () => {
    expect(jsOf(join(work, 'test')).some((code) => code.includes('kurilAtlas'))).toBe(true);
  });
});

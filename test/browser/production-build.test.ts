/**
 * The production build (`npm run build`: Vite's default mode) carries no test hooks: the browser
 * tests and the bench build in the `test` mode for `window.kurilAtlas` (src/map/test-hooks.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../src/features/offline/csp.ts';

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

  it('ships the Content-Security-Policy, the web app manifest and a service worker that precaches every file of the app', () => {
    const dir = join(work, 'production');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1].replace(/&#39;/g, "'");
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    // Before anything the policy governs: a <meta> policy applies only to what follows it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    // No inline script for the policy to refuse, and none injected to register the worker.
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="/.test(tag))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe('Kuril Atlas');
    for (const icon of manifest.icons) expect(readFileSync(join(dir, icon.src)).length).toBeGreaterThan(0);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    // Minified (`url:"…"`) or not (`"url": "…"`, when NODE_ENV is not production, as under vitest).
    const precached = new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]));
    const files = (sub: string) => readdirSync(join(dir, sub), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.endsWith('.woff')).map((d) => `${sub}/${join(d.parentPath, d.name).slice(join(dir, sub).length + 1)}`);
    for (const f of ['index.html', ...files('data'), ...files('fonts'), ...files('assets'), ...files('icons')]) expect(precached, f).toContain(f);
  });

  it('while the build for the tests has them (so the check above looks for the right name)', () => {
    expect(jsOf(join(work, 'test')).some((code) => code.includes('kurilAtlas'))).toBe(true);
  });
});

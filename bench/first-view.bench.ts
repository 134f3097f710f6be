/**
 * The first view, measured in a real Chromium:
 * - the data it downloads before its first idle, gzipped (budget 500 KB);
 * - the app's own JavaScript beyond MapLibre that the first view loads, gzipped (budget 120 KB;
 *   the feature sections are code-split and load after the first idle, and all chunks together
 *   are printed too);
 * - navigation to first `idle` against a bare MapLibre page drawing the same land layer alone,
 *   loaded alternately in the same browser (budget: at most 1.3 times the bare page).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildApp, serveBuilt } from '../test/browser/serve.ts';
import { budget, type Bench, type Comparison } from './harness.ts';

// Nine rounds: on two busy cores one load can be 200 ms off the next, and five medians moved the
// ratio by 0.3 between runs of the same build.
const ROUNDS = 9;

/** Navigation to the first idle, and to the interface's first render where the page has one. */
async function firstIdleMs(browser: Browser, url: string, opts: { seenBeforeIdle?: Set<string>; ui?: boolean } = {}): Promise<{ ms: number; uiMs?: number }> {
  const { seenBeforeIdle, ui = false } = opts;
  // Service workers blocked: a first visit is measured, not the app's worker precaching in the background.
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Worker fetches (the GeoJSON sources) are not in the page's resource timeline: watch the wire.
  const seen: { url: string; at: number }[] = [];
  page.on('request', (r) => seen.push({ url: r.url(), at: Date.now() }));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, null, { timeout: 120_000 });
  const { ms, idleAt } = await page.evaluate(() => {
    const t = performance.getEntriesByName('atlas-first-idle')[0].startTime;
    return { ms: t, idleAt: performance.timeOrigin + t };
  });
  // The atlas mounts its interface right after the first view (src/main.tsx): when, is printed.
  if (ui) await page.waitForFunction(() => performance.getEntriesByName('atlas-app-rendered').length > 0, null, { timeout: 120_000 });
  const uiMs = ui ? await page.evaluate(() => performance.getEntriesByName('atlas-app-rendered')[0].startTime) : undefined;
  // Only what was asked for before the first idle is part of the first view.
  if (seenBeforeIdle) for (const r of seen) if (r.at <= idleAt) seenBeforeIdle.add(new URL(r.url).pathname);
  await context.close();
  return { ms, uiMs };
}

/**
 * Every file a page in `lang` fetches until its interface is up in that language and the network
 * is quiet: the catalogues and the data texts load after the first idle, so they are measured
 * apart from the first view.
 */
async function filesUpTo(browser: Browser, url: string, lang: string): Promise<Set<string>> {
  // Service workers blocked: a first visit is measured, not the app's worker precaching in the background.
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen = new Set<string>();
  page.on('request', (r) => seen.add(new URL(r.url()).pathname));
  await page.goto(`${url}?lang=${lang}`);
  await page.waitForFunction((l) => performance.getEntriesByName('atlas-app-rendered').length > 0 && document.documentElement.lang === l, lang, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return seen;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

const bench: Bench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'kuril-bench-'));
  const appOut = join(work, 'app');
  await buildApp(appOut);
  // The bare page is served under /bench-bare/ of the same server: built into that subfolder.
  await build({ root: resolve('bench/bare'), base: './', logLevel: 'warn', build: { outDir: join(appOut, 'bench-bare') } });
  const { url, close } = await serveBuilt(appOut);
  const browser = await launchChromium();
  try {
    const firstView = new Set<string>();
    await firstIdleMs(browser, url, { seenBeforeIdle: firstView }); // warm the browser and the disk cache of the OS
    await firstIdleMs(browser, `${url}bench-bare/`);
    const atlas: number[] = [];
    const bare: number[] = [];
    const ui: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bare.push((await firstIdleMs(browser, `${url}bench-bare/`)).ms);
      const a = await firstIdleMs(browser, url, { ui: true });
      atlas.push(a.ms);
      if (a.uiMs === undefined) throw new Error('the atlas never rendered its interface');
      ui.push(a.uiMs);
    }
    const gz = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(appOut, p))).length, 0);
    const dataFiles = [...firstView].filter((p) => p.includes('/data/')).sort();
    const isOwnJs = (p: string) => p.endsWith('.js') && !/\/maplibre/.test(p);
    const firstViewJs = [...firstView].filter(isOwnJs);
    const allJs = readdirSync(join(appOut, 'assets')).map((f) => `/assets/${f}`).filter(isOwnJs);
    const dataGz = gz(dataFiles);
    const ownJsGz = gz(firstViewJs);
    console.log(`own JavaScript, all chunks together: ${(gz(allJs) / 1000).toFixed(1)} KB gzipped in ${allJs.length} files; the first view loads ${firstViewJs.length}`);
    // What each language adds: the files a page in it fetches that a page in the others does not
    // (its catalogues, and for Japanese and Russian the data's texts).
    const langs = ['en', 'ja', 'ru'];
    const files = new Map<string, Set<string>>();
    for (const l of langs) files.set(l, await filesUpTo(browser, url, l));
    for (const l of langs) {
      const others = langs.filter((o) => o !== l).map((o) => files.get(o)!);
      const own = [...files.get(l)!].filter((p) => others.every((o) => !o.has(p))).sort();
      const js = own.filter((p) => p.endsWith('.js'));
      const data = own.filter((p) => p.includes('/data/'));
      console.log(`language ${l}: catalogues ${(gz(js) / 1000).toFixed(1)} KB gzipped in ${js.length} files${data.length ? `, data texts ${(gz(data) / 1000).toFixed(1)} KB gzipped (${data.join(', ')})` : ''}; none in the first view`);
      for (const p of own) if (firstView.has(p)) throw new Error(`${p}, of language ${l}, is in the first view`);
    }
    const b = median(bare);
    const a = median(atlas);
    const comparison: Comparison = {
      name: 'navigation to first idle', baselineLabel: 'bare MapLibre + land', candidateLabel: 'Kuril Atlas',
      baselineMs: b, candidateMs: a, speedup: b / a,
    };
    console.log(`first-view data files: ${dataFiles.join(', ')}`);
    console.log(`the interface's first render: ${median(ui).toFixed(0)} ms after navigation (median), ${median(ui.map((u, i) => u - atlas[i])).toFixed(0)} ms after the first idle`);
    return {
      comparisons: [comparison],
      budgets: [
        budget('first-view data, gzipped', dataGz / 1000, 500, 'KB'),
        budget('own JavaScript beyond MapLibre in the first view, gzipped', ownJsGz / 1000, 120, 'KB'),
        budget('first idle, atlas / bare MapLibre', a / b, 1.3, '×'),
      ],
    };
  } finally {
    await browser.close();
    await close();
    rmSync(work, { recursive: true, force: true });
  }
};

export default bench;

/**
 * Whether a big import keeps the map responsive, in the built app in a real Chromium: a survey
 * track of 100,000 vertices (import-geometries.ts, 4 MB of GeoJSON) given to the Import tab's
 * file chooser, as a reader opens it.
 *
 * 1. While it is imported and drawn (the file read and checked in the import's worker, the
 *    layer added, MapLibre's worker cutting it into tiles, the first frames with it): the
 *    page's main-thread long tasks (over 50 ms, the browser's own Long Tasks API), their longest
 *    and their total blocking time (what each runs past 50 ms: the time input would wait).
 *    Baseline, interleaved in the same page: the same for a five-vertex file, and the time until
 *    each is listed and drawn. The visit's first import, which loads the import's worker and
 *    code, is said apart. Budget: no task
 *    over 200 ms, the point past which a click visibly lags (the RAIL model's 100 ms response,
 *    doubled for software WebGL on a shared two-core machine).
 * 2. Once drawn: the main-thread time of a pan (a 40-pixel `panBy`, the call and the frame after
 *    it, bracketed by animation-frame callbacks as in era-switch.bench.ts), with the layer shown
 *    against the same pan with it hidden (its box in the list unticked), interleaved. Budget:
 *    the median pan with it shown within 2× of the pan without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildApp, serveBuilt } from '../test/browser/serve.ts';
import { budget, quantile, type Bench, type BudgetResult, type Comparison } from './harness.ts';
import { surveyTrack, VERTICES } from './import-geometries.ts';

const ROUNDS = 3;
const PANS = 24;

const big = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'survey' }, geometry: surveyTrack() }] });
const small = JSON.stringify({
  type: 'Feature', properties: { name: 'area' },
  geometry: { type: 'Polygon', coordinates: [[[146.05, 43.95], [146.2, 43.95], [146.2, 44.05], [146.05, 44.05], [146.05, 43.95]]] },
});


interface Blocking { longest: number; blocking: number; tasks: number; ms: number }

/**
 * Gives the app a file as its chooser does (the input's files set, then its change event). The
 * file is fetched into the page first, outside what is measured: Playwright's setInputFiles would
 * decode the 4 MB from base64 in the page, itself a long task of the harness's, not the app's.
 */
async function choose(page: Page, name: string): Promise<void> {
  await page.evaluate(async (n) => {
    const w = window as unknown as { __file: File };
    w.__file = new File([await (await fetch(n)).blob()], n, { type: 'application/geo+json' });
  }, name);
}
const dispatchChosen = (page: Page) => page.evaluate(() => {
  const input = document.querySelector<HTMLInputElement>('#tabpanel-import input[type="file"]')!;
  const chosen = new DataTransfer();
  chosen.items.add((window as unknown as { __file: File }).__file);
  input.files = chosen.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
});

/** Imports a file and waits until it is listed and drawn; the long tasks meanwhile. Then removes it. */
async function importOnce(page: Page, name: string): Promise<Blocking> {
  await choose(page, name);
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __obs?: PerformanceObserver; __t0: number };
    w.__tasks = [];
    w.__obs?.disconnect();
    w.__obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__tasks.push(e.duration); });
    w.__obs.observe({ type: 'longtask' });
    w.__t0 = performance.now();
  });
  await dispatchChosen(page);
  const label = name.replace(/\.[^.]+$/, '');
  await page.locator('.import-layer', { hasText: label }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => window.kurilAtlas!.whenIdle());
  const got = await page.evaluate(() => new Promise<Blocking>((resolve) => {
    // A frame more, so that the observer has delivered the last tasks.
    requestAnimationFrame(() => setTimeout(() => {
      const w = window as unknown as { __tasks: number[]; __obs: PerformanceObserver; __t0: number };
      w.__obs.disconnect();
      const t = w.__tasks;
      resolve({ longest: Math.max(0, ...t), blocking: t.reduce((a, d) => a + Math.max(0, d - 50), 0), tasks: t.length, ms: performance.now() - w.__t0 });
    }, 50));
  }));
  await page.getByRole('button', { name: `Remove ${label}` }).click();
  await page.locator('.import-layer').waitFor({ state: 'detached' });
  await page.evaluate(() => window.kurilAtlas!.whenIdle());
  return got;
}

/** The main-thread time of `PANS` pans each way, the layer shown and hidden alternately. */
async function pans(page: Page, label: string): Promise<{ shown: number[]; hidden: number[] }> {
  const box = page.getByRole('checkbox', { name: new RegExp(`^Show ${label}`) });
  const shown: number[] = [];
  const hidden: number[] = [];
  for (let i = 0; i < PANS + 2; i++) {
    for (const show of [false, true]) {
      await box.setChecked(show);
      await page.evaluate(() => window.kurilAtlas!.whenIdle());
      const ms = await page.evaluate(async (dx) => {
        const { map, whenIdle } = window.kurilAtlas!;
        let frameStart = Number.NaN;
        requestAnimationFrame(() => { frameStart = performance.now(); });
        const t0 = performance.now();
        map.panBy([dx, 0], { duration: 0 });
        const sync = performance.now() - t0;
        const frameEnd = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
        await whenIdle();
        return sync + (frameEnd - frameStart);
      }, i % 2 ? 40 : -40);
      // The first two of each are warm-up.
      if (i >= 2) (show ? shown : hidden).push(ms);
    }
  }
  return { shown, hidden };
}

const bench: Bench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'kuril-bench-import-draw-'));
  const appOut = join(work, 'app');
  await buildApp(appOut);
  // The two files are served beside the app, for the page to fetch (see `choose`).
  writeFileSync(join(appOut, 'survey.geojson'), big);
  writeFileSync(join(appOut, 'area.geojson'), small);
  const { url, close } = await serveBuilt(appOut);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?tab=import#7/43.9/146`);
    await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
    await page.locator('#tabpanel-import .import-open').waitFor({ timeout: 120_000 });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());

    // The visit's first import loads what imports need (the worker, the layers' and the
    // measurement's code): said on its own, and out of the rounds compared.
    const first = await importOnce(page, 'area.geojson');
    console.log(`the visit's first import (5-vertex file): longest task ${first.longest.toFixed(0)} ms, total blocking ${first.blocking.toFixed(0)} ms, listed and drawn in ${first.ms.toFixed(0)} ms`);
    const smalls: Blocking[] = [];
    const bigs: Blocking[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      smalls.push(await importOnce(page, 'area.geojson'));
      bigs.push(await importOnce(page, 'survey.geojson'));
    }
    const med = (xs: Blocking[], k: keyof Blocking) => quantile(xs.map((x) => x[k]), 0.5);
    console.log(`${VERTICES.toLocaleString('en')}-vertex track (${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB), ${ROUNDS} imports: long tasks ${bigs.map((b) => b.tasks).join(', ')}; longest ${bigs.map((b) => b.longest.toFixed(0)).join(', ')} ms; total blocking ${bigs.map((b) => b.blocking.toFixed(0)).join(', ')} ms; listed and drawn in ${bigs.map((b) => b.ms.toFixed(0)).join(', ')} ms`);
    console.log(`5-vertex file: longest ${smalls.map((b) => b.longest.toFixed(0)).join(', ')} ms; total blocking ${smalls.map((b) => b.blocking.toFixed(0)).join(', ')} ms; listed and drawn in ${smalls.map((b) => b.ms.toFixed(0)).join(', ')} ms`);

    // Imported once more and left drawn, for the pans (the app brings it into view).
    await choose(page, 'survey.geojson');
    await dispatchChosen(page);
    await page.locator('.import-layer', { hasText: 'survey' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    const { shown, hidden } = await pans(page, 'survey');
    const zoom = await page.evaluate(() => window.kurilAtlas!.map.getZoom());
    console.log(`pans at zoom ${zoom.toFixed(1)}, ${PANS} each: median shown ${quantile(shown, 0.5).toFixed(2)} ms, hidden ${quantile(hidden, 0.5).toFixed(2)} ms; p90 shown ${quantile(shown, 0.9).toFixed(2)} ms, hidden ${quantile(hidden, 0.9).toFixed(2)} ms`);

    const row = (name: string, b: number, c: number, bl: string, cl: string): Comparison => ({ name, baselineLabel: bl, candidateLabel: cl, baselineMs: b, candidateMs: c, speedup: b / c });
    const comparisons = [
      row(`import listed and drawn, median of ${ROUNDS}`, med(smalls, 'ms'), med(bigs, 'ms'), '5-vertex file', `${VERTICES.toLocaleString('en')}-vertex track`),
      row(`main-thread blocking while importing and drawing, median of ${ROUNDS}`, med(smalls, 'blocking'), med(bigs, 'blocking'), '5-vertex file', `${VERTICES.toLocaleString('en')}-vertex track`),
      row('pan (call + next frame), median', quantile(hidden, 0.5), quantile(shown, 0.5), 'track hidden', 'track drawn'),
    ];
    const budgets: BudgetResult[] = [
      budget(`longest main-thread task while a ${VERTICES.toLocaleString('en')}-vertex track is imported and drawn (worst of ${ROUNDS})`, Math.max(...bigs.map((b) => b.longest)), 200, 'ms'),
      budget('pan with the track drawn, against hidden (median ratio)', quantile(shown, 0.5) / quantile(hidden, 0.5), 2, '×'),
    ];
    return { comparisons, budgets };
  } finally {
    await context.close();
    await browser.close();
    await close();
    rmSync(work, { recursive: true, force: true });
  }
};

export default bench;

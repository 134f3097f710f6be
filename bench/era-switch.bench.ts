/**
 * The main-thread cost of one era switch, in the built app in a real Chromium: the synchronous
 * `showEra` call (the era, and the energy sites' feature state when the era crosses 1945) plus
 * the work of the frame after it. The frame's work
 * is bracketed by two animation-frame callbacks, one queued before the call (it runs before
 * MapLibre's render callback in that frame) and one after (it runs after it). The map is idle
 * before each sample, so no frame of MapLibre's is already queued.
 *
 * Baseline, interleaved in the same page: the same measurement for a write to a global-state key
 * no layer reads, which costs MapLibre's bookkeeping and one redraw but re-evaluates no paint.
 * Budget: the median switch within 4 ms. Printed besides: the medians of the switches that cross
 * into or out of 1945–today (the energy layers fade too) and of those that do not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildApp, serveBuilt } from '../test/browser/serve.ts';
import { budget, quantile, type Bench, type Comparison } from './harness.ts';

const SAMPLES = 48;
const WARMUP = 4;

interface Sample { sync: number; frame: number; crosses: boolean }


const bench: Bench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'kuril-bench-era-'));
  const appOut = join(work, 'app');
  await buildApp(appOut);
  const { url, close } = await serveBuilt(appOut);
  const browser = await launchChromium();
  try {
    const comparisons: Comparison[] = [];
    const budgets = [];
    for (const view of VIEWS) {
      console.log(`view: ${view.label}`);
      const { median, p90 } = await measureView(browser, `${url}${view.hash}`);
      comparisons.push({ ...median, name: `${median.name}, ${view.label}` }, { ...p90, name: `${p90.name}, ${view.label}` });
      budgets.push(budget(`era switch main-thread time, median, ${view.label}`, median.candidateMs, 4, 'ms'));
    }
    return { comparisons, budgets };
  } finally {
    await browser.close();
    await close();
    rmSync(work, { recursive: true, force: true });
  }
};

/**
 * Two views: the whole frontier, where every era layer has tiles to redraw; and southern
 * Sakhalin at zoom 6, where the energy layers draw in full (flow chevrons from zoom 5).
 */
const VIEWS = [
  { label: 'whole frontier (z4.7)', hash: '#4.7/47.6/145.5' },
  { label: 'Sakhalin (z6)', hash: '#6/47.5/143' },
];

async function measureView(browser: Browser, pageUrl: string): Promise<{ median: Comparison; p90: Comparison }> {
  // Service workers blocked: a first visit is measured, not the app's worker precaching in the background.
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    // Measured once the page has settled as a reader finds it: the interface mounted (it comes
    // right after the first view, with the era control), its sections loaded, and the islands and
    // incidents they load then drawn; before that, their loading shares the frames measured.
    await page.waitForFunction(() => performance.getEntriesByName('atlas-app-rendered').length > 0
      && ![...document.querySelectorAll('[role="status"]')].some((e) => /Loading/.test(e.textContent ?? ''))
      && window.kurilAtlas!.map.querySourceFeatures('islands').length > 0
      && window.kurilAtlas!.map.querySourceFeatures('incidents').length > 0, null, { timeout: 120_000, polling: 100 });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    const run = () => page.evaluate(async ({ samples, warmup }) => {
      // No named function in here: tsx's keep-names helper does not exist in the page.
      const { map, whenIdle, showEra } = window.kurilAtlas!;
      const eras = ['1855', '1875', '1905', '1945'];
      const era: Sample[] = [];
      const noop: Sample[] = [];
      let e = eras.indexOf(map.getGlobalState().era as string);
      for (let i = 0; i < warmup + samples; i++) {
        const prev = eras[e];
        e = (e + 1) % eras.length;
        const next = eras[e];
        const crosses = prev === '1945' || next === '1945';
        // The era as the app switches it (with the state that follows the era), against a no-op.
        const runs = [() => showEra(next as Parameters<typeof showEra>[0]), () => map.setGlobalStateProperty('bench-unused', i)];
        const got: Sample[] = [];
        for (const apply of runs) {
          let frameStart = Number.NaN;
          requestAnimationFrame(() => { frameStart = performance.now(); });
          const t0 = performance.now();
          apply();
          const sync = performance.now() - t0;
          const frameEnd = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
          await whenIdle();
          got.push({ sync, frame: frameEnd - frameStart, crosses });
        }
        if (i >= warmup) { era.push(got[0]); noop.push(got[1]); }
      }
      return { era, noop };
    }, { samples: SAMPLES, warmup: WARMUP });
    const { era, noop } = await run();

    const total = (xs: Sample[]) => xs.map((s) => s.sync + s.frame);
    const row = (name: string, q: number): Comparison => {
      const b = quantile(total(noop), q);
      const c = quantile(total(era), q);
      return {
        name, baselineLabel: 'write to an unused key', candidateLabel: 'era switch',
        baselineMs: b, candidateMs: c, speedup: b / c,
      };
    };
    const ms = (v: number) => v.toFixed(3);
    console.log(`${SAMPLES} samples each; synchronous call alone, median: era ${ms(quantile(era.map((s) => s.sync), 0.5))} ms, unused key ${ms(quantile(noop.map((s) => s.sync), 0.5))} ms`);
    console.log(`next frame alone, median: era ${ms(quantile(era.map((s) => s.frame), 0.5))} ms, unused key ${ms(quantile(noop.map((s) => s.frame), 0.5))} ms; worst era switch ${ms(Math.max(...total(era)))} ms`);
    const crossing = era.filter((s) => s.crosses);
    const within = era.filter((s) => !s.crosses);
    console.log(`median of the ${crossing.length} switches into or out of 1945–today ${ms(quantile(total(crossing), 0.5))} ms; of the other ${within.length} ${ms(quantile(total(within), 0.5))} ms`);
    return { median: row('era switch, call + next frame, median', 0.5), p90: row('era switch, call + next frame, p90', 0.9) };
  } finally {
    await context.close();
  }
}

export default bench;

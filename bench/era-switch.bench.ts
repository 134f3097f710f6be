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
import { build } from 'vite';
import { launchChromium } from '../test/browser/chromium.ts';
import { serveStatic } from './static-server.ts';
import { budget, type Bench, type Comparison } from './harness.ts';

const SAMPLES = 48;
const WARMUP = 4;

interface Sample { sync: number; frame: number; crosses: boolean }

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

const bench: Bench = async () => {
  const work = mkdtempSync(join(tmpdir(), 'kuril-bench-era-'));
  const appOut = join(work, 'app');
  await build({ logLevel: 'warn', build: { outDir: appOut } });
  const { url, server } = await serveStatic(appOut);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    // The whole frontier in view, so every era layer has tiles to redraw.
    await page.goto(`${url}#4.7/47.6/145.5`);
    await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
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
    const median = row('era switch, call + next frame, median', 0.5);
    const crossing = era.filter((s) => s.crosses);
    const within = era.filter((s) => !s.crosses);
    console.log(`median of the ${crossing.length} switches into or out of 1945–today ${ms(quantile(total(crossing), 0.5))} ms; of the other ${within.length} ${ms(quantile(total(within), 0.5))} ms`);
    return {
      comparisons: [median, row('era switch, call + next frame, p90', 0.9)],
      budgets: [budget('era switch main-thread time, median', median.candidateMs, 4, 'ms')],
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
};

export default bench;

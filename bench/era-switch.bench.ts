/**
 * The main-thread cost of one era switch, in the built app in a real Chromium: the synchronous
 * `showEra` call (the era, and the energy symbols' state when the era crosses 1945) plus the work
 * of the frame after it. The frame's work
 * is bracketed by two animation-frame callbacks, one queued before the call (it runs before
 * MapLibre's render callback in that frame) and one after (it runs after it). The map is idle
 * before each sample, so no frame of MapLibre's is already queued.
 *
 * Baseline, interleaved in the same page: the same measurement for a write to a global-state key
 * no layer reads, which costs MapLibre's bookkeeping and one redraw but re-evaluates no paint.
 * Budget: the median switch within 4 ms.
 *
 * Then, as a printed diagnostic only, the same again with any symbol layer's era-dependent
 * paint pinned to a constant: that share is the symbol placement MapLibre redoes on every
 * paint change of a symbol layer.
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

interface Sample { sync: number; frame: number }

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
        e = (e + 1) % eras.length;
        const next = eras[e];
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
          got.push({ sync, frame: frameEnd - frameStart });
        }
        if (i >= warmup) { era.push(got[0]); noop.push(got[1]); }
      }
      return { era, noop };
    }, { samples: SAMPLES, warmup: WARMUP });
    const { era, noop } = await run();

    // Diagnostic, after the measurement: MapLibre redoes symbol placement whenever a symbol
    // layer's paint changes, so symbol layers that read `era` cost every switch a placement.
    // Pin those paint values to their present-era value and measure again, to show that share.
    const pinned = await page.evaluate(() => {
      const { map } = window.kurilAtlas!;
      const out: string[] = [];
      for (const layer of map.getStyle().layers) {
        if (layer.type !== 'symbol' || !layer.paint) continue;
        for (const [name, value] of Object.entries(layer.paint)) {
          if (!JSON.stringify(value).includes('["global-state","era"]')) continue;
          map.setPaintProperty(layer.id, name as 'text-opacity', 1);
          out.push(`${layer.id} ${name}`);
        }
      }
      return out;
    });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    const diag = pinned.length ? await run() : null;

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
    if (diag) {
      console.log(`diagnostic: with the era pinned out of ${pinned.join(', ')}: era switch median ${ms(quantile(total(diag.era), 0.5))} ms, p90 ${ms(quantile(total(diag.era), 0.9))} ms; unused key median ${ms(quantile(total(diag.noop), 0.5))} ms`);
    }
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

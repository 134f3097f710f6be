/**
 * Paired first-idle runs of two or more builds of the app, against the bench's bare MapLibre page:
 *   npx tsx scripts/ab-first-idle.mts [--rounds=25] [--path='#6/47.5/143'] name=/built/dir name2=/other/dir …
 * Each `name=dir` is a folder built with `npx vite build --mode test --outDir dir` from some
 * variant of the code. Each round loads every page once (a new browser context per load), in an
 * order that rotates from round to round, so machine noise and order effects hit every variant
 * alike. Prints each variant's median first idle and its ratio to the bare page's median, and for
 * each variant against the first one the median of the per-round differences with the
 * interquartile range of those differences: a difference whose range straddles 0 is noise.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { serveBuilt } from '../test/browser/serve.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(arg('rounds') ?? 25);
const path = arg('path') ?? '';
const variants = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => {
  const [name, dir] = a.split('=');
  if (!name || !dir) throw new Error(`expected name=dir, got ${a}`);
  return { name, dir: resolve(dir) };
});
if (variants.length < 1) throw new Error('give at least one name=dir');

async function firstIdleMs(browser: Browser, url: string, tries = 3): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, null, { timeout: 60_000 });
    return await page.evaluate(() => performance.getEntriesByName('atlas-first-idle')[0].startTime);
  } catch (e) {
    // On a machine this busy a load can stall; say so and load the page again.
    if (tries <= 1) throw e;
    console.warn(`${url}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}; loading again`);
    return firstIdleMs(browser, url, tries - 1);
  } finally {
    await context.close();
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
};

const work = mkdtempSync(join(tmpdir(), 'kuril-ab-'));
// One served folder (the project's one static server): each build in a subfolder of its own name,
// the bare page under bench-bare/, and the first variant's data at the root, which the bare page
// reads as ../data/land.geojson.
const root = join(work, 'root');
await build({ root: resolve('bench/bare'), base: './', logLevel: 'warn', build: { outDir: join(root, 'bench-bare') } });
for (const v of variants) cpSync(v.dir, join(root, v.name), { recursive: true });
cpSync(join(variants[0].dir, 'data'), join(root, 'data'), { recursive: true });
const { url, close } = await serveBuilt(root);
const browser = await launchChromium();
try {
  const pages = [{ name: 'bare', url: `${url}bench-bare/` }, ...variants.map((v) => ({ name: v.name, url: `${url}${v.name}/${path}` }))];
  for (const p of pages) await firstIdleMs(browser, p.url); // warm the browser and the OS's disk cache
  const times: Record<string, number[]> = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < pages.length; k++) {
      const p = pages[(i + k) % pages.length];
      times[p.name].push(await firstIdleMs(browser, p.url));
    }
    process.stdout.write(`round ${i + 1}/${rounds}\r`);
  }
  const bare = quantile(times.bare, 0.5);
  console.log(`\n${rounds} rounds; median first idle, ms from navigation (ratio to bare; IQR of the loads)`);
  for (const p of pages) {
    const m = quantile(times[p.name], 0.5);
    console.log(`${p.name.padEnd(20)} ${m.toFixed(0).padStart(6)}  ${(m / bare).toFixed(3)}×  [${quantile(times[p.name], 0.25).toFixed(0)}–${quantile(times[p.name], 0.75).toFixed(0)}]`);
  }
  const ref = variants[0].name;
  for (const v of variants.slice(1)) {
    const d = times[v.name].map((t, i) => t - times[ref][i]);
    const r = times[v.name].map((t, i) => t / times.bare[i]);
    console.log(`${v.name} − ${ref}: median paired difference ${quantile(d, 0.5).toFixed(0)} ms (IQR ${quantile(d, 0.25).toFixed(0)} to ${quantile(d, 0.75).toFixed(0)}); `
      + `median per-round ratio to bare ${quantile(r, 0.5).toFixed(3)}×`);
  }
  const r0 = times[ref].map((t, i) => t / times.bare[i]);
  console.log(`${ref}: median per-round ratio to bare ${quantile(r0, 0.5).toFixed(3)}× (IQR ${quantile(r0, 0.25).toFixed(3)}–${quantile(r0, 0.75).toFixed(3)})`);
} finally {
  await browser.close();
  await close();
  rmSync(work, { recursive: true, force: true });
}

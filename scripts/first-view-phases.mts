/**
 * Where the first view's time goes, phase by phase, against the bench's bare MapLibre page:
 *   npx tsx scripts/first-view-phases.mts [--rounds=7] [--path='?era=1905']
 * Builds both pages as the first-view bench does, loads them alternately in one browser (a new
 * context per load), and prints the median time from navigation of: the map's creation, each
 * source's data parsed by the worker (`meta:`), its tiles all loaded (`loaded:`), the number of
 * frames drawn, and the first idle. A diagnostic, not a budget: `npm run bench` owns those.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildApp, serveBuilt } from '../test/browser/serve.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(arg('rounds') ?? 7);
const work = mkdtempSync(join(tmpdir(), 'kuril-phases-'));
await buildApp(join(work, 'app'));
// The bare page under /bench-bare/ of the same server, as the first-view bench serves it.
await build({ root: resolve('bench/bare'), base: './', logLevel: 'warn', build: { outDir: join(work, 'app', 'bench-bare') } });
const { url, close } = await serveBuilt(join(work, 'app'));
const browser = await launchChromium();

// Runs in the page before its scripts: follows the map's events from the moment it exists.
const follow = `(() => {
  const at = window.__phases = {};
  const first = (k) => { if (!(k in at)) at[k] = performance.now(); };
  const poll = setInterval(() => {
    const map = window.kurilAtlas && window.kurilAtlas.map;
    if (!map) return;
    clearInterval(poll);
    let frames = 0;
    map.on('render', () => { at.frames = ++frames; });
    map.on('sourcedata', (e) => {
      if (e.sourceDataType === 'metadata') first('meta:' + e.sourceId);
      if (e.isSourceLoaded && e.sourceDataType !== 'metadata') at['loaded:' + e.sourceId] = performance.now();
    });
  }, 1);
})()`;

async function load(page: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  await context.addInitScript(follow);
  const tab = await context.newPage();
  await tab.goto(page);
  await tab.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, null, { timeout: 120_000 });
  // A string, not a function: tsx's helpers do not exist in the page.
  const phases = (await tab.evaluate(`({
    'map created': performance.getEntriesByName('atlas-map-created')[0]?.startTime,
    ...window.__phases,
    'first idle': performance.getEntriesByName('atlas-first-idle')[0].startTime,
  })`)) as Record<string, number>;
  await context.close();
  return phases;
}

const pages = { bare: `${url}bench-bare/`, atlas: `${url}${arg('path') ?? ''}` };
try {
  await load(pages.atlas); // warm the browser and the disk cache
  await load(pages.bare);
  const runs: Record<keyof typeof pages, Record<string, number>[]> = { bare: [], atlas: [] };
  for (let i = 0; i < rounds; i++) {
    runs.bare.push(await load(pages.bare));
    runs.atlas.push(await load(pages.atlas));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const of = (which: keyof typeof pages, key: string) => {
    const xs = runs[which].map((r) => r[key]).filter((x) => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const keys = [...new Set([...runs.atlas, ...runs.bare].flatMap((r) => Object.keys(r)))]
    .sort((a, b) => (a === 'frames' ? 1 : b === 'frames' ? -1 : (of('atlas', a) ?? of('bare', a) ?? 0) - (of('atlas', b) ?? of('bare', b) ?? 0)));
  const cell = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0)).padStart(7);
  console.log(`median of ${rounds} loads each, ms from navigation (frames: count)`);
  console.log(`${'phase'.padEnd(30)}${'bare'.padStart(7)}${'atlas'.padStart(7)}`);
  for (const k of keys) console.log(`${k.padEnd(30)}${cell(of('bare', k))}${cell(of('atlas', k))}`);
} finally {
  await browser.close();
  await close();
  rmSync(work, { recursive: true, force: true });
}

/**
 * Where the first view's time goes: builds the app, loads it once in Chromium with tracing on,
 * and prints the busiest trace events per thread up to the first idle.
 *   npx tsx scripts/prof.mts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/browser/chromium.ts';
import { buildAndServe } from '../test/browser/serve.ts';
const { url, outDir, dispose } = await buildAndServe();
const tracePath = join(outDir, 'trace.json');
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, null, { timeout: 120000 });
const t = await page.evaluate(() => performance.getEntriesByName('atlas-first-idle')[0].startTime);
await browser.stopTracing();
console.log('first idle', t);
const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
const ev = trace.traceEvents ?? trace;
const names = new Map<string, string>();
for (const e of ev) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const agg = new Map<string, number>();
for (const e of ev) {
  if (e.ph !== 'X' || !e.dur) continue;
  const th = names.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
  if (!/Main|Worker|Compositor/.test(th)) continue;
  const k = `${th} | ${e.name}${e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}`;
  agg.set(k, (agg.get(k) ?? 0) + e.dur / 1000);
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(0).padStart(6), k);
await browser.close();
await dispose();

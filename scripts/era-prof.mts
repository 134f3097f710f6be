/**
 * Where an era switch's main-thread time goes: builds the app unminified, opens it in Chromium,
 * records a V8 CPU profile over many era switches, and prints the functions with the most self
 * time. A diagnostic for bench/era-switch.bench.ts, not a measurement.
 *   npx tsx scripts/era-prof.mts [switches]
 */
import { launchChromium } from '../test/browser/chromium.ts';
import { buildAndServe } from '../test/browser/serve.ts';

const switches = Number(process.argv[2] ?? 80);
const eraList = (process.argv[3] ?? '1855,1875,1905,1945').split(',');
const { url, dispose } = await buildAndServe({ minify: false });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
await page.goto(`${url}#4.7/47.6/145.5`);
await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
await page.evaluate(() => window.kurilAtlas!.whenIdle());
// Past the panels' loading after the first idle, and past the first drawing of every era (which
// compiles shader programs once): only steady-state switches are profiled.
await page.waitForTimeout(4000);
await page.evaluate(async (eras) => {
  const { whenIdle, showEra } = window.kurilAtlas!;
  for (const era of [...eras, ...eras]) { showEra(era as Parameters<typeof showEra>[0]); await whenIdle(); }
}, ['1855', '1875', '1905', '1945']);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(async ({ n, eras }) => {
  const { whenIdle, showEra } = window.kurilAtlas!;
  for (let i = 0; i < n; i++) {
    showEra(eras[i % eras.length] as Parameters<typeof showEra>[0]);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await whenIdle();
  }
}, { n: switches, eras: eraList });
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const keyOf = (id: number) => {
  const { callFrame: f } = byId.get(id)!;
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
};
profile.samples.forEach((id, i) => {
  const k = keyOf(id);
  self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
// Inclusive time per function: a node's samples plus its descendants', counted once per name per stack.
const parent = new Map<number, number>();
for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = keyOf(cur);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
});
console.log('inclusive:');
for (const [k, v] of [...incl].filter(([k]) => !/^\((idle|program|garbage|root)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / switches).toFixed(3).padStart(8), 'ms/switch', k);
console.log('self:');
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${switches} switches; sampled ${total.toFixed(0)} ms`);
for (const [k, v] of [...self].filter(([k]) => !/^\((idle|program|garbage)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / switches).toFixed(3).padStart(8), 'ms/switch', k);
for (const k of ['(idle)', '(program)', '(garbage collector)']) for (const [kk, v] of self) if (kk.startsWith(k)) console.log((v / switches).toFixed(3).padStart(8), 'ms/switch', kk);
await browser.close();
await dispose();

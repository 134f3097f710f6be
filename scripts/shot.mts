/**
 * Screenshots the built app in headless Chromium, for looking at the atlas (and for the README):
 *   npx tsx scripts/shot.mts [--path='?era=1905#6/46/143'] [--out=/tmp/shot.png] [--size=390x844] [--touch] [--skip] [--settle]
 * --skip reuses the last build in /tmp/kuril-shot-dist; --settle also waits for the panels' data
 * (loaded after the first idle: the incidents' count is the sign) and the map's next idle. Prints console messages and any request
 * that leaves the local server.
 */
import { build } from 'vite';
import { buildAndServe } from '../test/browser/serve.ts';
import { launchChromium } from '../test/browser/chromium.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = '/tmp/kuril-shot-dist';
if (!process.argv.includes('--skip')) await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const { url, dispose } = await buildAndServe({ outDir });
const browser = await launchChromium();
const [w, h] = (arg('size') ?? '1280x800').split('x').map(Number);
const touch = process.argv.includes('--touch');
const page = await browser.newPage({ viewport: { width: w, height: h }, hasTouch: touch, isMobile: touch });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('request', (r) => { if (!r.url().startsWith(url)) console.log('EXTERNAL', r.url()); });
const t = Date.now();
await page.goto(url + (arg('path') ?? ''));
await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 60000 });
await page.evaluate(() => window.kurilAtlas!.whenIdle());
console.log('idle after', Date.now() - t, 'ms');
if (process.argv.includes('--settle')) {
  // The panels mount after the map's first idle and then load their data: wait for the
  // incidents' count (digits in any language), the last of them to show, then for the network and the map to rest.
  await page.waitForFunction(() => /\d/.test(document.querySelector('.incident-count')?.textContent ?? ''), null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.kurilAtlas!.whenIdle());
}
await page.screenshot({ path: arg('out') ?? '/tmp/shot.png' });
await browser.close();
await dispose();

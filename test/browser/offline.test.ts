/**
 * Take it with you (src/features/offline/): the built app's Content-Security-Policy holds while a
 * reader uses every part of it, the Share control's <iframe> snippet embeds the map in another
 * site's page, and the service worker keeps the whole atlas working with the network off.
 *
 * Each test watches for CSP violations in every frame (`securitypolicyviolation` events, and
 * Chromium's console errors, which also carry a worker's): none may happen.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.ts';
import { serveBuilt } from './serve.ts';
import { openAtlas, colourDistance, hex } from './atlas-page.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/features/offline/csp.ts';
import { PALETTE } from '../../src/map/palette.ts';

const baseUrl = inject('baseUrl');
const builtDir = inject('builtDir');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Collects CSP violations in each frame it runs in (an init script runs in every frame). */
const WATCH_CSP = `(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
})()`;

const violationsIn = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Console errors of a page (CSP refusals are console errors, a worker's included) and its uncaught errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function whenIdle(frame: Page | Frame): Promise<void> {
  await frame.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
  await frame.evaluate(() => window.kurilAtlas!.whenIdle());
  await frame.waitForFunction(() => performance.getEntriesByName('atlas-app-rendered').length > 0 && !document.querySelector('.map-overlay[role="status"]'), null, { timeout: 120_000 });
}

/** Opens each tab in turn and waits until its panel has loaded (no "Loading…" left in it) and the map is idle. */
/** The side panel's tabs: Islands, Incidents, Borders, Sea, Energy, Measure and Import. */
const TAB_COUNT = 7;

async function openEveryTab(page: Page): Promise<string[]> {
  const names = await page.getByRole('tab').allInnerTexts();
  for (const name of names) {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => panel.locator('.section-loading').count(), { timeout: 60_000 }).toBe(0);
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
  }
  return names;
}

/** RGB of the map's pixel at [lon, lat]. */
async function pixelAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  const canvas = page.locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the map canvas is not on the page');
  const pt = await page.evaluate((ll) => window.kurilAtlas!.map.project(ll), lngLat);
  const png = PNG.sync.read(await canvas.screenshot());
  const i = (png.width * Math.round((pt.y * png.height) / box.height) + Math.round((pt.x * png.width) / box.width)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

describe('the Content-Security-Policy', () => {
  it('is in the built page, and loading, every tab, every era, the three languages and the embed dialog raise no violation', async () => {
    const atlas = await openAtlas(browser, baseUrl, '#5/45/146', { init: WATCH_CSP });
    try {
      await atlas.idle();
      const { page } = atlas;
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');

      expect(await openEveryTab(page)).toHaveLength(TAB_COUNT);
      for (const era of ['1855', '1875', '1905', '1945']) {
        await page.getByRole('radio', { name: new RegExp(`^${era}`) }).click();
        await page.waitForFunction((e) => window.kurilAtlas!.map.getGlobalState().era === e, era);
        await page.evaluate(() => window.kurilAtlas!.whenIdle());
      }
      for (const lang of ['ja', 'ru', 'en']) {
        await page.locator(`label[lang="${lang}"]`).click();
        await page.waitForFunction((l) => window.kurilAtlas!.map.getGlobalState().lang === l && document.documentElement.lang === l, lang);
        await page.evaluate(() => window.kurilAtlas!.whenIdle());
      }

      // The Share control's snippet: this screen's link with embed=1, titled in the language.
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this map' });
      await dialog.waitFor({ state: 'visible' });
      const code = await dialog.getByRole('textbox').inputValue();
      expect(code).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="Kuril Atlas: a map of the Japan–Russia frontier" width="100%" height="480"/);
      expect(code).toContain('era=1945');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      expect(await violationsIn(page)).toEqual([]);
      expect(atlas.consoleErrors).toEqual([]);
      expect(atlas.externalRequests).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('the embed snippet in another site’s page', () => {
  let host: Server;
  let hostUrl = '';
  let snippet = '';
  let context: BrowserContext;

  beforeAll(async () => {
    // The snippet as the Share control gives it, for a screen with an incident open.
    const atlas = await openAtlas(browser, baseUrl, '?era=1945&incident=2006-08-16-kisshin-maru-31#7/43.6/145.7');
    try {
      await atlas.idle();
      await atlas.page.getByRole('button', { name: 'Embed', exact: true }).click();
      snippet = await atlas.page.getByRole('dialog').getByRole('textbox').inputValue();
    } finally {
      await atlas.close();
    }
    // The article, served from another origin (another port) than the atlas.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>` +
      `<body style="margin:0"><h1>Fishing boats in the Nemuro Strait</h1><div id="figure" style="width:760px">${snippet}</div></body></html>`;
    host = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    context = await browser.newContext({ viewport: { width: 1000, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(WATCH_CSP);
  });
  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  it('shows the map, its era control, legend and the open incident in the frame, with no header or panel, and a link out to the full atlas', async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(hostUrl);
    const inFrame = page.frameLocator('#figure iframe');
    const frame = page.frames().find((f) => f.url().includes('embed=1'))
      ?? await page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('embed=1') });
    await whenIdle(frame);

    await inFrame.locator('.maplibregl-canvas').waitFor({ state: 'visible' });
    await inFrame.locator('.era-control').waitFor({ state: 'visible' });
    expect(await inFrame.getByRole('radio', { name: /^1945/ }).getAttribute('aria-checked')).toBe('true');
    await inFrame.locator('.map-legend').waitFor({ state: 'visible' });
    await inFrame.locator('.incident-popup').waitFor({ state: 'visible' });
    expect(await inFrame.locator('.app-header').isVisible()).toBe(false);
    expect(await inFrame.locator('#side').isVisible()).toBe(false);

    // The link out: the same screen without embed, in a new tab.
    const out = inFrame.getByRole('link', { name: 'Open the full atlas' });
    const href = new URL((await out.getAttribute('href'))!);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('incident')).toBe('2006-08-16-kisshin-maru-31');
    expect(href.hash).toMatch(/^#\d/);
    expect(await out.getAttribute('target')).toBe('_blank');

    // Responsive: the map fills the frame, 100% of the article's column by 480, and follows it.
    const size = () => frame.evaluate(() => ({ w: window.kurilAtlas!.map.getCanvas().clientWidth, h: window.kurilAtlas!.map.getCanvas().clientHeight }));
    expect(await size()).toEqual({ w: 760, h: 480 });
    await page.evaluate(() => { document.getElementById('figure')!.style.width = '420px'; });
    await expect.poll(size).toEqual({ w: 420, h: 480 });
    await frame.evaluate(() => window.kurilAtlas!.whenIdle());
    // A narrow frame has no bottom sheet: the incident stays open over the map.
    await inFrame.locator('.incident-popup').waitFor({ state: 'visible' });
    await inFrame.locator('.era-control').waitFor({ state: 'visible' });

    expect(await violationsIn(page)).toEqual([]);
    expect(await violationsIn(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the installed atlas with the network off', () => {
  it('installs its service worker after the first view, then reloads offline with the map drawn and every tab, era and language working', async () => {
    // No request routing here: Playwright's routing makes Chromium bypass service workers.
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'allow' });
    await context.addInitScript(WATCH_CSP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const origin = new URL(baseUrl).origin;
    const outside: string[] = [];
    context.on('request', (r) => { if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
    try {
      await page.goto(new URL('?era=1905#6/44.3/144.8', baseUrl).href);
      await whenIdle(page);
      const precache = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        const names = await caches.keys();
        const name = names.find((n) => n.includes('precache'));
        const keys = name ? await (await caches.open(name)).keys() : [];
        return { state: reg.active?.state, scope: reg.scope, names, urls: keys.map((r) => new URL(r.url).pathname) };
      });
      expect(precache.scope).toBe(baseUrl);
      const has = (re: RegExp) => precache.urls.some((u) => re.test(u));
      expect(has(/\/index\.html$/)).toBe(true);
      expect(has(/\/data\/land\.geojson$/)).toBe(true);
      expect(has(/\/data\/text-ja\.json$/)).toBe(true);
      expect(has(/\/data\/text-ru\.json$/)).toBe(true);
      expect(has(/\/fonts\/font-faces\.json$/)).toBe(true);
      expect(has(/\/fonts\/noto-sans-jp-\d+-400-normal\.woff2$/)).toBe(true);
      expect(has(/\/assets\/noto-sans-jp-.*\.woff2$/)).toBe(true);
      expect(has(/\/manifest\.webmanifest$/)).toBe(true);
      // The reader is told, once.
      await page.getByText('The atlas is saved in this browser').waitFor();

      await context.setOffline(true);
      await page.reload();
      await whenIdle(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // Land where land is, sea where sea is.
      const sea = hex(PALETTE.sea);
      expect(colourDistance(await pixelAt(page, [146.5, 46.0]), sea)).toBeLessThanOrEqual(6);
      expect(colourDistance(await pixelAt(page, [142.8, 43.4]), sea)).toBeGreaterThan(12);

      expect(await openEveryTab(page)).toHaveLength(TAB_COUNT);
      await page.getByRole('radio', { name: /^1945/ }).click();
      await page.waitForFunction(() => window.kurilAtlas!.map.getGlobalState().era === '1945');
      await page.locator('label[lang="ja"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ja' && document.title !== 'Kuril Atlas');
      await page.evaluate(() => window.kurilAtlas!.whenIdle());
      // Data that failed to load would be a notice: there is none.
      expect(await page.locator('.notice').count()).toBe(0);

      expect(await violationsIn(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a new version, once the atlas is installed', () => {
  it('says an update is ready, and Reload brings the page under the new version\'s worker, also when it took over on its own', async () => {
    // A copy of the build of our own, whose service worker can change under the installed one.
    const dir = mkdtempSync(join(tmpdir(), 'kuril-atlas-update-'));
    cpSync(builtDir, dir, { recursive: true });
    const server = await serveBuilt(dir);
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'allow' });
    await context.addInitScript(WATCH_CSP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(new URL('?era=1905#6/44.3/144.8', server.url).href);
      await whenIdle(page);
      await page.getByText('The atlas is saved in this browser').waitFor({ timeout: 120_000 });
      const first = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
      expect(first).toBe(new URL('sw.js', server.url).href);
      // A later visit, the page under the installed worker: only then does a new one wait for it.
      await page.reload();
      await whenIdle(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      expect(await page.getByText('A new version of the atlas is ready.').count()).toBe(0);

      // A new build: its worker differs by a byte, and the browser's update check finds it.
      appendFileSync(join(dir, 'sw.js'), '\n// the next build\n');
      await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
      const notice = page.locator('.offline-update');
      await notice.getByText('A new version of the atlas is ready.').waitFor({ timeout: 120_000 });
      // It waits for the reader: the old worker still controls the page, the new one is waiting.
      expect(await page.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration())!;
        return { waiting: reg.waiting?.state, controlled: navigator.serviceWorker.controller !== null };
      })).toEqual({ waiting: 'installed', controlled: true });

      // "Not now" puts it away, keyboard first; the waiting worker stays for the next visit.
      await notice.getByRole('button', { name: 'Not now' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => notice.count()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);

      // On the next visit it says so again, and Reload activates the new worker and reloads into it.
      await page.reload();
      await whenIdle(page);
      await notice.getByText('A new version of the atlas is ready.').waitFor({ timeout: 120_000 });
      const loads = await page.evaluate(() => performance.timeOrigin);
      await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
      await whenIdle(page);
      const after = await page.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration())!;
        return { timeOrigin: performance.timeOrigin, waiting: reg.waiting, active: reg.active?.state, controlled: navigator.serviceWorker.controller?.state };
      });
      expect(after.timeOrigin).toBeGreaterThan(loads);
      expect(after).toMatchObject({ waiting: null, active: 'activated', controlled: 'activated' });
      expect(await notice.count()).toBe(0);

      // A build after that, whose worker takes over on its own while the notice is up (as the
      // browser does once no page uses the old one): Reload still brings the page into it.
      appendFileSync(join(dir, 'sw.js'), '\n// the build after\n');
      await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
      await notice.getByText('A new version of the atlas is ready.').waitFor({ timeout: 120_000 });
      await page.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration())!;
        const taken = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        reg.waiting!.postMessage({ type: 'SKIP_WAITING' });
        await taken;
      });
      const before = await page.evaluate(() => performance.timeOrigin);
      await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
      await whenIdle(page);
      expect(await page.evaluate(() => performance.timeOrigin)).toBeGreaterThan(before);

      expect(await violationsIn(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // Three installs of the whole precache (13 MB) and five loads in software WebGL: on a busy
    // two-core machine more than the browser tests' usual three minutes.
  }, 360_000);
});

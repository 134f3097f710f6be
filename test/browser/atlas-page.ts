/**
 * A page of the built atlas in a real Chromium, with what every test wants to know recorded:
 * console errors, requests that leave the local origin, and helpers to wait for the map's own
 * `idle` event and to read rendered pixels at a longitude/latitude.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';

export interface AtlasPage {
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
  requests: string[];
  /** Waits until the map exists and is idle (the map's own event, no timers). */
  idle: () => Promise<void>;
  /** RGB of the rendered pixel at [lon, lat]. */
  pixelAt: (lngLat: [number, number]) => Promise<[number, number, number]>;
  close: () => Promise<void>;
}

/**
 * `viewport` (default 1200×800) and `touch` (a phone's touch screen) set up the page's browser
 * context. Service workers are blocked unless `serviceWorkers: 'allow'`: the app registers its
 * worker after the first view (src/features/offline/worker.ts), and a worker that precaches the
 * whole atlas in the background, or serves a page's requests from its cache, is not what the other
 * tests measure (test/browser/offline.test.ts tests it).
 */
export async function openAtlas(
  browser: Browser, baseUrl: string, path = '',
  opts: { init?: string; viewport?: { width: number; height: number }; touch?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<AtlasPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1200, height: 800 }, hasTouch: opts.touch ?? false, isMobile: opts.touch ?? false,
    serviceWorkers: opts.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  if (opts.init) await page.addInitScript(opts.init);
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const requests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Anything not from our own server is recorded and refused, so no test can reach the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  await page.goto(new URL(path, baseUrl).href);
  const idle = async () => {
    await page.waitForFunction(() => window.kurilAtlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    // The interface mounts right after the first view (src/main.tsx); its loading notices cover
    // the map until then.
    await page.waitForFunction(() => performance.getEntriesByName('atlas-app-rendered').length > 0 && !document.querySelector('.map-overlay[role="status"]'), null, { timeout: 120_000 });
  };
  const pixelAt = async (lngLat: [number, number]): Promise<[number, number, number]> => {
    const canvas = page.locator('.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map canvas is not on the page');
    const pt = await page.evaluate((ll) => window.kurilAtlas!.map.project(ll), lngLat);
    const png = PNG.sync.read(await canvas.screenshot());
    // The screenshot may be at device pixels; scale the CSS point into it.
    const x = Math.round((pt.x * png.width) / box.width);
    const y = Math.round((pt.y * png.height) / box.height);
    if (x < 0 || y < 0 || x >= png.width || y >= png.height) throw new Error(`[${lngLat.join(', ')}] is outside the view`);
    const i = (png.width * y + x) * 4;
    return [png.data[i], png.data[i + 1], png.data[i + 2]];
  };
  return { page, consoleErrors, externalRequests, requests, idle, pixelAt, close: () => context.close() };
}

/** Parses `#rrggbb`. */
export function hex(c: string): [number, number, number] {
  const n = parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest channel difference between two colours. */
export function colourDistance(a: [number, number, number], b: [number, number, number]): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

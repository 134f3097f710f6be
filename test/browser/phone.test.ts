/**
 * The phone layout at 390×844 with touch: the map takes most of the screen with the sheet at its
 * peek, the sheet's handle raises and lowers it by tap, key and swipe, every tab is reachable,
 * and a tapped incident opens its details in the sheet, inside the screen, with no popup over
 * the map.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('on a phone', () => {
  let atlas: AtlasPage;
  let page: Page;
  beforeAll(async () => {
    // An incident far from others, unclustered at zoom 7: the 2006 Kisshin Maru shooting.
    atlas = await openAtlas(browser, baseUrl, '?era=1945#7.5/43.45/145.85', { viewport: PHONE, touch: true });
    page = atlas.page;
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  const sheetHeight = () => page.locator('#side').evaluate((el) => el.getBoundingClientRect().height);
  const handle = () => page.locator('.sheet-handle');

  it('gives the map at least 60% of the screen with the sheet at its peek', async () => {
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas!.height / PHONE.height).toBeGreaterThanOrEqual(0.6);
    expect(await page.locator('#side').getAttribute('data-sheet')).toBe('peek');
    // The era control keeps to one row.
    const era = await page.locator('.era-control').boundingBox();
    expect(era!.height).toBeLessThan(48);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('raises and lowers the sheet by tap, by key and by swipe', async () => {
    const peek = await sheetHeight();
    await handle().tap();
    await expect.poll(() => page.locator('#side').getAttribute('data-sheet'), { message: 'a tap raises it to half' }).toBe('half');
    await handle().focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('#side').getAttribute('data-sheet')).toBe('full');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#side').getAttribute('data-sheet')).toBe('peek');
    // The sheet eases to its height: wait until it is down, so the handle is where it will stay.
    await expect.poll(sheetHeight).toBeLessThan(peek + 1);
    // A swipe up on the handle: pointer down, move, up, as a finger does.
    const box = (await handle().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 120, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#side').getAttribute('data-sheet'), { message: 'a swipe up raises it to half' }).toBe('half');
    await expect.poll(sheetHeight).toBeGreaterThan(peek * 1.5);
  });

  it('reaches every tab, each on one row', async () => {
    const tabs = page.getByRole('tab');
    const n = await tabs.count();
    expect(n).toBe(7);
    for (let i = 0; i < n; i++) {
      const tab = tabs.nth(i);
      await tab.tap();
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      const panel = await tab.getAttribute('aria-controls');
      await expect.poll(() => page.locator(`#${panel}`).isVisible()).toBe(true);
    }
    const tops = await Promise.all(Array.from({ length: n }, async (_, i) => (await tabs.nth(i).boundingBox())!.y));
    expect(Math.max(...tops) - Math.min(...tops), tops.join(', ')).toBeLessThanOrEqual(2);
  });

  it('opens a tapped incident\'s details in the sheet, inside the screen, with no popup over the map', async () => {
    await page.getByRole('tab', { name: 'Islands' }).tap();
    await page.waitForFunction(() => window.kurilAtlas!.map.queryRenderedFeatures({ layers: ['incident-markers'] }).length > 0, null, { timeout: 60_000 });
    const at = await page.evaluate(() => {
      const f = window.kurilAtlas!.map.queryRenderedFeatures({ layers: ['incident-markers'] })
        .find((x) => x.properties.id === '2006-08-16-kisshin-maru-31')!;
      return window.kurilAtlas!.map.project(f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0]);
    });
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.touchscreen.tap(canvas.x + at.x, canvas.y + at.y);
    const details = page.locator('.incident-sheet-details');
    await details.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Incidents' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.maplibregl-popup').isVisible().catch(() => false)).toBe(false);
    await details.scrollIntoViewIfNeeded();
    const box = (await details.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 0.5);
    expect(await details.innerText()).toContain('Kisshin Maru');
  });

  it('measures a path by taps and closes it on its first point with its area', async () => {
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [151, 45.5], zoom: 5 }));
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    await page.getByRole('tab', { name: 'Measure' }).tap();
    await page.getByRole('button', { name: 'Measure a path' }).tap();
    const body = page.locator('.measure-readout-body');
    await body.getByText('Path: no points yet.').waitFor();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // Three taps in the part of the map the sheet leaves, then the first again.
    const taps = [[80, 120], [300, 150], [200, 300]].map(([x, y]) => ({ x: box.x + x, y: box.y + Math.min(y, box.height - 60) }));
    for (const t of taps) await page.touchscreen.tap(t.x, t.y);
    await body.getByText('Segment 2:').waitFor();
    await page.touchscreen.tap(taps[0].x + 5, taps[0].y + 4);
    await body.getByText(/Area: [\d,.]+ km²/).waitFor({ timeout: 30_000 });
    expect(await body.innerText()).toMatch(/Segment 3:/);
  });
});

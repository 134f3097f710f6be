/**
 * The sea in the built app: the point of view recolours the four islands and swaps the zones
 * (read in pixels), a click or tap on the sea and the W key answer "which waters is this?", and
 * the link brings the same view back in a fresh browser.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { colourDistance, hex, openAtlas, type AtlasPage } from './atlas-page.ts';
import { ERA_COLORS, LAND_OPACITY, japanLandShown } from '../../src/features/eras/layers.ts';
import { TERRITORIAL_OPACITY } from '../../src/features/sea/layers.ts';
import { PALETTE, STATE_COLORS } from '../../src/map/palette.ts';

/** A point as the English readout titles it (the readout writes it from the catalogue: src/features/sea/readout.ts). */
const englishPoint = ([lon, lat]: readonly number[]) => `${Math.abs(lat).toFixed(3)}°${lat >= 0 ? 'N' : 'S'} ${Math.abs(lon).toFixed(3)}°${lon >= 0 ? 'E' : 'W'}`;

type Rgb = [number, number, number];
const baseUrl = inject('baseUrl');
let browser: Browser;

// Inland on northern Kunashir, away from its label; and the sea 8.5 km off its Pacific coast,
// inside its 12-mile limit, 56 km from Hokkaido: Japan's territorial sea in Japan's position,
// Russia's in Russia's. No incidents (types=), so no marker covers either.
const KUNASHIR_LAND: [number, number] = [146.0, 44.3];
const OFF_KUNASHIR: [number, number] = [145.98, 44.0];
const PATH = '?era=1945&types=&tab=sea#7.2/44.05/145.9';

const over = (base: string, top: string, alpha: number): Rgb => {
  const b = hex(base), t = hex(top);
  return [0, 1, 2].map((i) => Math.round(b[i] * (1 - alpha) + t[i] * alpha)) as Rgb;
};
const WASH = { japan: over(PALETTE.sea, STATE_COLORS.japan, TERRITORIAL_OPACITY), russia: over(PALETTE.sea, STATE_COLORS.russia, TERRITORIAL_OPACITY) };
const RUSSIA_LAND = over(PALETTE.land, ERA_COLORS.russia, LAND_OPACITY);

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the sea', () => {
  let atlas: AtlasPage;
  let page: Page;
  let shared = '';
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, PATH);
    page = atlas.page;
    await atlas.idle();
    // The zones load with the interface, after the first view.
    await page.waitForFunction(() => window.kurilAtlas!.map.getSource('sea-zones') !== undefined
      && window.kurilAtlas!.map.querySourceFeatures('sea-zones').length > 0, null, { timeout: 60_000 });
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  const settle = async (pov: string) => {
    await page.waitForFunction((p) => window.kurilAtlas!.map.getGlobalState().pov === p, pov);
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
  };
  const radio = (name: RegExp) => page.getByRole('radio', { name });
  const readout = () => page.getByRole('status', { name: 'Which waters' });

  it('switches the four islands\' colour and the zones around them with the point of view', async () => {
    // On the water today: Kunashir Russian (under the claim's stripes), its waters Russia's.
    expect(colourDistance(await atlas.pixelAt(OFF_KUNASHIR), WASH.russia)).toBeLessThanOrEqual(10);
    await radio(/^Japan’s position/).click();
    await settle('japan');
    expect(colourDistance(await atlas.pixelAt(KUNASHIR_LAND), hex(japanLandShown()))).toBeLessThanOrEqual(10);
    expect(colourDistance(await atlas.pixelAt(OFF_KUNASHIR), WASH.japan)).toBeLessThanOrEqual(10);
    await radio(/^Russia’s position/).click();
    await settle('russia');
    expect(colourDistance(await atlas.pixelAt(KUNASHIR_LAND), RUSSIA_LAND)).toBeLessThanOrEqual(10);
    expect(colourDistance(await atlas.pixelAt(OFF_KUNASHIR), WASH.russia)).toBeLessThanOrEqual(10);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('pov'))).toBe('russia');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('draws Japan\'s border in the Vries (Friz) Strait in Japan\'s position only', async () => {
    // Along the 1855 line between Iturup and Urup: in Japan's position some of its dashes are
    // dark on the sea; in Russia's none are.
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [149.15, 45.55], zoom: 7 }));
    const along: [number, number][] = Array.from({ length: 24 }, (_, i) => [148.95 + (0.4 * i) / 23, 45.88 - (0.66 * i) / 23]);
    const dark = async () => {
      await page.evaluate(() => window.kurilAtlas!.whenIdle());
      let n = 0;
      for (const p of along) { const c = await atlas.pixelAt(p); if (Math.max(...c) < 90) n++; }
      return n;
    };
    await radio(/^Japan’s position/).click();
    await settle('japan');
    expect(await dark()).toBeGreaterThan(3);
    await radio(/^Russia’s position/).click();
    await settle('russia');
    expect(await dark()).toBe(0);
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [145.9, 44.05], zoom: 7.2 }));
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
  });

  it('answers which waters a click on the sea lies in, in both positions', async () => {
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const xy = await page.evaluate((p) => window.kurilAtlas!.map.project(p), OFF_KUNASHIR);
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    await expect.poll(() => readout().innerText(), { timeout: 60_000 }).toContain('Russia’s territorial sea, as Russia’s position draws it.');
    const text = await readout().innerText();
    expect(text).toMatch(/Nearest land: Kunashir, \d+\.\d km/);
    expect(text).toContain('The two positions give these waters to different states: Japan’s territorial sea in Japan’s, Russia’s territorial sea in Russia’s.');
    const waters = await page.evaluate(() => new URLSearchParams(window.location.search).get('waters'));
    expect(waters).toMatch(/^145\.9\d*,44\.0\d*$/);
    shared = await page.evaluate(() => window.location.href);
  });

  it('asks about the map\'s centre with W', async () => {
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('w');
    const c = await page.evaluate(() => window.kurilAtlas!.map.getCenter().toArray());
    await expect.poll(() => page.locator('.sea-waters-title').innerText()).toBe(englishPoint(c));
  });

  it('opens the same view from the link in a fresh browser', async () => {
    const other = await openAtlas(browser, baseUrl, shared.slice(new URL(baseUrl).href.length));
    try {
      await other.idle();
      await expect.poll(() => other.page.getByRole('radio', { name: /^Russia’s position/ }).isChecked()).toBe(true);
      // The answer waits for the islands, the zones and the land to load and the index to be built.
      await expect.poll(() => other.page.getByRole('status', { name: 'Which waters' }).innerText(), { timeout: 60_000 }).toContain('Russia’s territorial sea, as Russia’s position draws it.');
      expect(await other.page.evaluate(() => window.kurilAtlas!.map.getGlobalState().seaView)).toBe('russia');
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

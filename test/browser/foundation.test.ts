import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { colourDistance, hex, openAtlas, type AtlasPage } from './atlas-page.ts';
import { PALETTE } from '../../src/map/palette.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the atlas opens on real coastlines', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    // A view over Hokkaido, the Nemuro Strait and Kunashir, so that each sample point is on screen.
    atlas = await openAtlas(browser, baseUrl, '#6/44.3/144.8');
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  it('reaches idle with no console error and no request outside localhost', () => {
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
    expect(atlas.requests.some((u) => u.endsWith('/data/land.geojson'))).toBe(true);
  });

  it('draws land where land is and sea where sea is', async () => {
    const sea = hex(PALETTE.sea);
    const inlandHokkaido = await atlas.pixelAt([142.8, 43.4]);
    const okhotsk = await atlas.pixelAt([146.5, 46.0]);
    const kunashir = await atlas.pixelAt([145.85, 44.12]);
    const pacific = await atlas.pixelAt([147.5, 42.5]);
    expect(colourDistance(okhotsk, sea)).toBeLessThanOrEqual(6);
    expect(colourDistance(pacific, sea)).toBeLessThanOrEqual(6);
    expect(colourDistance(inlandHokkaido, sea)).toBeGreaterThan(12);
    expect(colourDistance(kunashir, sea)).toBeGreaterThan(12);
  });

  it('draws the first view at full size once, complete: the frames while its tiles loaded were small and hidden', async () => {
    // src/map/complete-first-view.ts: public API only (the map's pixel ratio and its canvas).
    const first = await atlas.page.evaluate(() => {
      const { map, firstView } = window.kurilAtlas!;
      return {
        held: firstView.held, small: firstView.skipped(), ratio: map.getPixelRatio(), screen: window.devicePixelRatio,
        width: map.getCanvas().width, cssWidth: map.getCanvas().clientWidth, visibility: map.getCanvas().style.visibility,
      };
    });
    expect(first.held).toBe(true);
    expect(first.small).toBeGreaterThan(0);
    expect(first.ratio).toBe(first.screen);
    expect(first.width).toBe(Math.floor(first.cssWidth * first.screen));
    expect(first.visibility).toBe('');
  });

  it('shows the page’s own loading notice until the first view, then mounts the interface', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toMatch(/id="map-loading" role="status">Loading the map…</);
    const order = await atlas.page.evaluate(() => ({
      idle: performance.getEntriesByName('atlas-first-idle')[0]?.startTime,
      rendered: performance.getEntriesByName('atlas-app-rendered')[0]?.startTime,
      notice: document.getElementById('map-loading') !== null,
      tabs: document.querySelectorAll('[role="tab"]').length,
      // Added at the first idle (src/map/first-view-layers.ts, create-map.ts).
      layers: window.kurilAtlas!.map.getStyle().layers.map((l) => l.id),
      controls: document.querySelectorAll('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-scale, .maplibregl-ctrl-attrib').length,
    }));
    expect(order.idle).toBeGreaterThan(0);
    expect(order.rendered).toBeGreaterThanOrEqual(order.idle);
    expect(order.notice).toBe(false);
    expect(order.tabs).toBe(7);
    expect(order.layers).toEqual(expect.arrayContaining(['coastline', 'island-hit', 'incident-markers', 'measure-path-line', 'measure-distance-line']));
    expect(order.controls).toBe(3);
  });

  it('names OpenStreetMap in the attribution', async () => {
    const text = await atlas.page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(text).toContain('OpenStreetMap contributors');
  });

  it('keeps the view in the URL hash, and a link reopens the same view', async () => {
    const view = await atlas.page.evaluate(() => { const m = window.kurilAtlas!.map; return { z: m.getZoom(), c: m.getCenter() }; });
    expect(view.z).toBeCloseTo(6, 5);
    expect(view.c.lat).toBeCloseTo(44.3, 3);
    expect(view.c.lng).toBeCloseTo(144.8, 3);
    await atlas.page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [146.1, 43.6], zoom: 8.25 }));
    await atlas.page.waitForFunction(() => window.location.hash.startsWith('#8.25/43.6/146.1'));
    const hash = await atlas.page.evaluate(() => window.location.hash);
    const again = await openAtlas(browser, baseUrl, hash);
    await again.idle();
    const reopened = await again.page.evaluate(() => { const m = window.kurilAtlas!.map; return { z: m.getZoom(), c: m.getCenter() }; });
    await again.close();
    expect(reopened.z).toBeCloseTo(8.25, 5);
    expect(reopened.c.lat).toBeCloseTo(43.6, 3);
    expect(reopened.c.lng).toBeCloseTo(146.1, 3);
  });

  it('labels the map in Japanese and Russian from the bundled fonts', async () => {
    const fontRequests = () => atlas.requests.filter((u) => u.includes('/fonts/'));
    expect(fontRequests().some((u) => u.includes('noto-sans-latin-400'))).toBe(true);
    await atlas.page.locator('label[lang="ja"]').click();
    await atlas.idle();
    await atlas.page.waitForFunction(() => window.kurilAtlas!.map.getGlobalState().lang === 'ja');
    await atlas.idle();
    // MapLibre downloads a font file only to draw a character it covers.
    expect(fontRequests().some((u) => /noto-sans-jp-\d+-400/.test(u))).toBe(true);
    await atlas.page.locator('label[lang="ru"]').click();
    await atlas.page.waitForFunction(() => window.kurilAtlas!.map.getGlobalState().lang === 'ru');
    await atlas.idle();
    expect(fontRequests().some((u) => u.includes('noto-sans-cyrillic-400'))).toBe(true);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

describe('without WebGL', () => {
  it('says so plainly instead of a blank page', async () => {
    const atlas = await openAtlas(browser, baseUrl, '', {
      init: `HTMLCanvasElement.prototype.getContext = function () { return null; };`,
    });
    const alert = atlas.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/WebGL/);
    await atlas.close();
  });
});

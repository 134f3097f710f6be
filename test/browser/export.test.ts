/**
 * Export and print (src/features/export/): the picture decoded (its size at 1× and 2×, the title
 * and legend drawn), one printed page with its title and a source as text, and the incidents
 * shown saved as CSV and GeoJSON and read back. Lean: one page, one era, software WebGL.
 */
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { FeatureCollection } from 'geojson';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';
import { localDay } from '../../src/features/export/names.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const INCIDENT = '1945-08-18-shumshu-landing';

/** Opens the menu (if closed), runs `click`, and gives the download it starts. */
async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return d;
}

const bytesOf = async (d: Download) => readFile((await d.path())!);

/**
 * The pictures of a PDF as Chromium writes them (8-bit, Flate-compressed image XObjects): each
 * one's size and how many colours its pixels have, read from the decompressed stream.
 */
function pdfImages(pdf: Buffer): { width: number; height: number; colours: number }[] {
  const out: { width: number; height: number; colours: number }[] = [];
  const text = pdf.toString('latin1');
  const head = /<<([^<>]*?\/Subtype\s*\/Image[^<>]*?)>>\s*stream\r?\n/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const dict = m[1];
    const num = (k: string) => Number(new RegExp(`/${k}\\s+(\\d+)`).exec(dict)?.[1]);
    const width = num('Width');
    const height = num('Height');
    // (a length given as a reference to another object is not followed: Chromium writes them directly)
    if (!/FlateDecode/.test(dict) || num('BitsPerComponent') !== 8 || /\/Length\s+\d+\s+\d+\s+R/.test(dict)) continue;
    const start = m.index + m[0].length;
    const raw = inflateSync(pdf.subarray(start, start + num('Length')));
    const channels = Math.round(raw.length / (width * height));
    const colours = new Set<string>();
    for (let i = 0; i + channels <= raw.length && colours.size < 1000; i += channels * 7) colours.add(raw.subarray(i, i + channels).toString('hex'));
    out.push({ width, height, colours: colours.size });
  }
  return out;
}

/** How many pixels of a rectangle differ from white. */
function inked(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) n++;
    }
  }
  return n;
}

describe('export and print, the 1905 era with an incident open', () => {
  let atlas: AtlasPage;
  let mapBox: { width: number; height: number };
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, `?era=1905&incident=${INCIDENT}#5/46/146`);
    await atlas.idle();
    await atlas.page.locator('.map-legend li').first().waitFor({ state: 'attached' });
    mapBox = await atlas.page.evaluate(() => {
      const r = window.kurilAtlas!.map.getContainer().getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
  });
  afterAll(async () => { await atlas.close(); });

  /** The text of the page as printed now (page.pdf() raises beforeprint and afterprint as the dialog does). */
  const printedText = async (page: Page) => {
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    return { pdf, pages: doc.numPages, text: content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ') };
  };

  it('prints the sources from the browser\'s own print command, the Export menu never opened', async () => {
    const { page } = atlas;
    expect(await page.getByRole('button', { name: 'Export', exact: true }).getAttribute('aria-expanded')).toBe('false');
    // The sources are gathered in the background a moment after the state rests.
    await expect.poll(async () => (await printedText(page)).text, { timeout: 60_000, interval: 1000 })
      .toContain('Cabinet Office of Japan');
    // Ctrl+P takes the Print button's way: the browser's dialog is opened by the app, after gathering.
    await page.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = 'key'; }; });
    await page.locator('body').press('Control+p');
    await page.waitForFunction(() => document.documentElement.dataset.printed === 'key');
    expect(await page.getByRole('button', { name: 'Export', exact: true }).getAttribute('aria-expanded')).toBe('false');
  });

  it('never prints the sources of the state before: printed straight after an era switch, the 1905 treaty is gone', async () => {
    const { page } = atlas;
    // To 1945–today, whose years hold the open incident too, so it stays open for the tests after.
    await page.evaluate(() => window.kurilAtlas!.showEra('1945'));
    const { text } = await printedText(page);
    expect(text).toContain('1945–today');
    expect(text).not.toContain('Foreign Relations of the United States, 1905');
    await page.evaluate(() => window.kurilAtlas!.showEra('1905'));
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
  });

  it('saves a picture at the map\'s size with the title above and the legend below, named after the era and the day', async () => {
    const { page } = atlas;
    const d = await download(page, () => page.getByRole('button', { name: 'Save picture' }).click());
    expect(d.suggestedFilename()).toBe(`kuril-atlas_1905_${localDay(new Date())}.png`);
    const png = PNG.sync.read(await bytesOf(d));
    expect(png.width).toBe(mapBox.width);
    expect(png.height).toBeGreaterThan(mapBox.height + 100);
    // The title band: text on white above the map.
    expect(inked(png, 0, 0, Math.min(400, png.width), 30)).toBeGreaterThan(200);
    // The legend, under the map at the left: symbols and words.
    const foot = png.height - mapBox.height;
    expect(inked(png, 0, png.height - foot + 70, 300, png.height)).toBeGreaterThan(300);
    // The map itself is drawn, not blank: many colours in its middle row.
    const colours = new Set<number>();
    const y = Math.round(60 + mapBox.height / 2);
    for (let x = 0; x < png.width; x += 3) { const i = (png.width * y + x) * 4; colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]); }
    expect(colours.size).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved kuril-atlas_1905' }).count()).toBe(1);
  });

  it('saves it at twice the size, drawn at twice the resolution', async () => {
    const { page } = atlas;
    await page.getByRole('radio', { name: /^Double/ }).check();
    const d = await download(page, () => page.getByRole('button', { name: 'Save picture' }).click());
    expect(d.suggestedFilename()).toBe(`kuril-atlas_1905_2x_${localDay(new Date())}.png`);
    const png = PNG.sync.read(await bytesOf(d));
    expect(png.width).toBe(mapBox.width * 2);
    expect(inked(png, 0, 0, Math.min(800, png.width), 60)).toBeGreaterThan(800);
    // The map is back at its own pixel ratio.
    expect(await page.evaluate(() => window.kurilAtlas!.map.getPixelRatio())).toBe(1);
  });

  it('prints one page with the map, the title and the sources as text', async () => {
    const { page } = atlas;
    // The browser's print dialog stands in for nothing here: page.pdf() prints the page as the dialog would.
    await page.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = '1'; }; });
    await page.getByRole('button', { name: 'Print…' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.printed === '1');
    const { pdf, pages, text } = await printedText(page);
    expect(pages).toBe(1);
    expect(text).toContain('Kuril Atlas · 1905–1945: Treaty of Portsmouth');
    expect(text).toContain('Papers Relating to the Foreign Relations of the United States, 1905');
    expect(text).toContain('Cabinet Office of Japan');
    // (the PDF's text runs may drop the comma between two runs)
    expect(text).toMatch(/OpenStreetMap contributors,? ODbL/);
    expect(text).toContain(`era=1905`);
    expect(text).toMatch(/Made on \d+ \w+ \d{4}/);
    expect(text).not.toContain('Save picture');
    // The map is in the PDF as a picture with the map's colours in it, not a blank WebGL canvas.
    const pictures = pdfImages(pdf);
    const map = pictures.find((p) => p.width >= mapBox.width * 0.9);
    expect(map, `images: ${pictures.map((p) => `${p.width}×${p.height}`).join(', ')}`).toBeDefined();
    expect(map!.colours).toBeGreaterThan(20);
    // The sheet is gone once printed (afterprint).
    expect(await page.locator('.export-print').count()).toBe(0);
  });

  it('saves the incidents shown as CSV (UTF-8 with a BOM) and as GeoJSON, and both read back', async () => {
    const { page } = atlas;
    const shown = await page.evaluate(async () => {
      const src = window.kurilAtlas!.map.getSource('incidents') as unknown as { getData: () => Promise<FeatureCollection> };
      return (await src.getData()).features.length;
    });
    const csv = await download(page, () => page.getByRole('button', { name: /^Incidents shown \(\d+\), as CSV/ }).click());
    expect(csv.suggestedFilename()).toBe(`kuril-atlas_incidents-1905_${localDay(new Date())}.csv`);
    const bytes = await bytesOf(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,date,date_end,type,type_name,title,/);
    expect(lines[0]).toContain('coast_distance_km');
    expect(lines[0]).toContain('japan_account,russia_account');
    expect(bytes.toString('utf8')).toContain(INCIDENT);

    const gj = await download(page, () => page.getByRole('button', { name: /^Incidents shown \(\d+\), as GeoJSON$/ }).click());
    expect(gj.suggestedFilename()).toBe(`kuril-atlas_incidents-1905_${localDay(new Date())}.geojson`);
    const fc = JSON.parse((await bytesOf(gj)).toString('utf8')) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBe(shown);
    expect(fc.features.map((f) => f.properties?.id)).toContain(INCIDENT);
    expect(lines.length - 1).toBe(shown);
  });

  it('saves the era\'s land and borders as GeoJSON', async () => {
    const { page } = atlas;
    const d = await download(page, () => page.getByRole('button', { name: 'Land and borders, 1905–1945, as GeoJSON' }).click());
    expect(d.suggestedFilename()).toBe(`kuril-atlas_era-1905_${localDay(new Date())}.geojson`);
    const fc = JSON.parse((await bytesOf(d)).toString('utf8')) as FeatureCollection;
    const layers = new Set(fc.features.map((f) => f.properties?.layer));
    expect([...layers].sort()).toEqual(['border', 'land']);
    expect(fc.features.every((f) => f.properties?.era === '1905')).toBe(true);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

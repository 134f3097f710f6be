import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';
import { geodesicDistanceKm } from '../../src/geo/geodesic.ts';
import { KM_PER_UNIT } from '../../src/geo/units.ts';
import { MEASURE_SOURCE } from '../../src/features/measure/layers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const readout = (page: Page) => page.getByRole('status', { name: 'Measurement' });

/** The first "<number> <unit>" of a text, e.g. 16.2 and 'km' from "Kunashir ↔ Hokkaido: 16.2 km · 8.8 nmi". */
function firstLength(text: string): { value: number; unit: string } {
  const m = /(\d[\d,]*(?:\.\d+)?) (km|mi|nmi)\b/.exec(text);
  if (!m) throw new Error(`no length in “${text}”`);
  return { value: Number(m[1].replace(/,/g, '')), unit: m[2] };
}

/** The numbers of the readout's "Segment n: x km" lines, in order. */
function segments(text: string): number[] {
  return [...text.matchAll(/Segment \d+: (\d[\d,]*(?:\.\d+)?) km/g)].map((m) => Number(m[1].replace(/,/g, '')));
}

const sourceData = (page: Page, id: string) => page.evaluate(async (src) => {
  const s = window.kurilAtlas!.map.getSource(src) as unknown as { getData: () => Promise<FeatureCollection> };
  return s.getData();
}, id);

const firstLine = (text: string) => text.split('\n')[0].trim();

const kinds = (fc: FeatureCollection) => fc.features.map((f) => String(f.properties?.kind));

describe('a link to a measurement, the unit switch, the search box and a clicked path', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, '?measure=kunashir,hokkaido');
    await atlas.idle();
    await readout(atlas.page).getByText('↔').waitFor();
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  it('opens on the Measure tab with about 16 km between Kunashir and Hokkaido', async () => {
    expect(await atlas.page.getByRole('tab', { name: 'Measure' }).getAttribute('aria-selected')).toBe('true');
    const text = await readout(atlas.page).innerText();
    expect(text).toContain('Kunashir ↔ Hokkaido');
    const d = firstLength(text);
    expect(d.unit).toBe('km');
    expect(d.value).toBeGreaterThanOrEqual(15.5);
    expect(d.value).toBeLessThanOrEqual(17);
    // Both nearest points, with coordinates.
    expect(text).toMatch(/Nearest points: 43\.\d{4}° N, 145\.\d{4}° E on Kunashir and 43\.\d{4}° N, 145\.\d{4}° E on Hokkaido/);
  });

  it('draws the line with its label and fits the view to it', async () => {
    const fc = await sourceData(atlas.page, MEASURE_SOURCE.distance);
    expect(kinds(fc).sort()).toEqual(['end', 'end', 'label', 'line']);
    const label = fc.features.find((f) => f.properties?.kind === 'label')?.properties?.label as string;
    expect(firstLength(label).value).toBe(firstLength(await readout(atlas.page).innerText()).value);
    const view = await atlas.page.evaluate(() => {
      const m = window.kurilAtlas!.map;
      return { zoom: m.getZoom(), contains: [[145.4389, 43.7167], [145.3312, 43.5936]].map((p) => m.getBounds().contains(p as [number, number])) };
    });
    expect(view.contains).toEqual([true, true]);
    expect(view.zoom).toBeGreaterThan(8);
  });

  it('switches units: nautical miles are km / 1.852, and the choice is remembered', async () => {
    const km = firstLength(await readout(atlas.page).innerText()).value;
    await atlas.page.getByLabel('nmi (nautical miles)').check();
    await readout(atlas.page).getByText(/: [\d.]+ nmi/).waitFor();
    const nmi = firstLength(await readout(atlas.page).innerText());
    expect(nmi.unit).toBe('nmi');
    // Both are rounded to tenths.
    expect(Math.abs(nmi.value - km / KM_PER_UNIT.nmi)).toBeLessThanOrEqual(0.1);
    expect(await atlas.page.evaluate(() => localStorage.getItem('kuril-atlas:unit'))).toBe('nmi');
    await atlas.page.getByLabel('km (kilometres)').check();
    await readout(atlas.page).getByText(/: [\d.]+ km/).waitFor();
    // The chosen unit's dot is drawn, not read out: its name stays its words.
    expect(await atlas.page.getByRole('radio', { name: 'km (kilometres)', exact: true }).isChecked()).toBe(true);
  });

  it('copies the readout, and says so plainly when the browser refuses', async () => {
    const { page } = atlas;
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { w.copied.push(t); } } });
    });
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied').waitFor();
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(1);
    expect(copied[0].split('\n')[0]).toBe(firstLine(await readout(page).innerText()));
    expect(copied[0]).toContain('Nearest points:');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('The browser did not allow copying').waitFor();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Kunashir ↔ Hokkaido');
  });

  it('writes the measurement back into the address', async () => {
    await atlas.page.getByRole('button', { name: /Iturup – Urup/ }).click();
    await readout(atlas.page).getByText('Iturup ↔ Urup').waitFor();
    // The address is rewritten once per burst of changes, right after the task that made them.
    await expect.poll(() => new URL(atlas.page.url()).searchParams.get('measure')).toBe('iturup,urup');
  });

  it('finds Kunashir by its Japanese name in the search box, and chooses it from the keyboard', async () => {
    const box = atlas.page.getByRole('combobox', { name: 'From' });
    await box.fill('国後島');
    const list = atlas.page.getByRole('listbox', { name: 'From: suggestions' });
    await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Kunashir')]);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option').first().getAttribute('id'));
    await box.press('Enter');
    // From is now Kunashir and To is still Urup, from the preset.
    await readout(atlas.page).getByText('Kunashir ↔ Urup').waitFor();
    expect(await box.inputValue()).toBe('Kunashir');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('Кунашир');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
  });

  it('measures a path clicked at sea, segment by segment, and Backspace removes the last point', async () => {
    const { page } = atlas;
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [151, 45.5], zoom: 5 }));
    await atlas.idle();
    await page.getByRole('button', { name: 'Measure a path' }).click();
    const box = await page.locator('.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('no map canvas');
    // Three points over open sea (the Pacific south-east of the chain), far apart on screen so
    // that a pixel's rounding is a small part of each segment.
    const clicks = [[220, 560], [560, 520], [520, 240]].map(([x, y]) => ({ x: Math.round(box.x + x), y: Math.round(box.y + y) }));
    for (const c of clicks) await page.mouse.click(c.x, c.y);
    await readout(page).getByText('Segment 2:').waitFor();
    const at = await page.evaluate((pts) => pts.map((p) => window.kurilAtlas!.map.unproject(p)).map((ll) => [ll.lng, ll.lat]),
      clicks.map((c) => [c.x - box.x, c.y - box.y] as [number, number]));
    const want = [geodesicDistanceKm(at[0], at[1]), geodesicDistanceKm(at[1], at[2])];
    const text = await readout(page).innerText();
    const segs = segments(text);
    expect(segs).toHaveLength(2);
    segs.forEach((km, i) => expect(Math.abs(km / want[i] - 1)).toBeLessThan(0.005));
    const total = firstLength(text);
    expect(text).toMatch(/^Path: /);
    expect(Math.abs(total.value / (want[0] + want[1]) - 1)).toBeLessThan(0.005);
    const drawn = await sourceData(page, MEASURE_SOURCE.path);
    expect(kinds(drawn).filter((k) => k === 'segment')).toHaveLength(2);
    expect(kinds(drawn).filter((k) => k === 'vertex')).toHaveLength(3);

    await page.keyboard.press('Backspace');
    await expect.poll(async () => segments(await readout(page).innerText())).toHaveLength(1);
    expect(Math.abs(firstLength(await readout(page).innerText()).value / want[0] - 1)).toBeLessThan(0.005);

    // The keyboard's point goes to the map's centre.
    const centre = await page.evaluate(() => { const c = window.kurilAtlas!.map.getCenter(); return [c.lng, c.lat]; });
    await page.locator('.maplibregl-canvas').first().focus();
    await page.keyboard.press('Enter');
    await readout(page).getByText('Segment 2:').waitFor();
    const keyed = segments(await readout(page).innerText())[1];
    expect(Math.abs(keyed / geodesicDistanceKm(at[1], centre) - 1)).toBeLessThan(0.005);

    await page.getByRole('button', { name: 'Close path' }).click();
    await readout(page).getByText(/Area: [\d,.]+ km²/).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Measure a path' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.maplibregl-canvas-container.is-path-tool').count()).toBe(0);

    // On land, too, a click belongs to the path while the tool is on: the Islands tab (mounted,
    // hidden) does not pick Kunashir. P adds the centre and Esc ends the path; then the same
    // click picks the island again.
    // Inland Kunashir, some 15 km from any incident marker or energy site.
    const kunashir: [number, number] = [146.0, 44.2];
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [145.9, 44.0], zoom: 8 }));
    await atlas.idle();
    await page.getByRole('button', { name: 'Measure a path' }).click();
    expect(await page.locator('.maplibregl-canvas-container.is-path-tool').count()).toBe(1);
    const onLand = await page.evaluate((ll) => window.kurilAtlas!.map.project(ll), kunashir);
    await page.mouse.click(box.x + onLand.x, box.y + onLand.y);
    await readout(page).getByText('Path: one point').waitFor();
    const picked = page.locator('.island-picker select');
    expect(await picked.inputValue()).toBe('');
    await page.keyboard.press('p');
    await readout(page).getByText('Segment 1:').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Measure a path' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.maplibregl-canvas-container.is-path-tool').count()).toBe(0);
    await page.mouse.click(box.x + onLand.x, box.y + onLand.y);
    await expect.poll(() => picked.inputValue()).toBe('kunashir');
    // The island's tab comes forward; the path's readout waits in the Measure tab.
    expect(await page.getByRole('tab', { name: 'Islands' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Measure' }).click();
    expect(segments(await readout(page).innerText())).toHaveLength(1);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });

  it('closes the path when its first point is clicked, and shows the area; Copy waits for a length', async () => {
    const { page } = atlas;
    const copy = page.getByRole('button', { name: 'Copy' });
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [151, 45.5], zoom: 5 }));
    await atlas.idle();
    await page.getByRole('button', { name: 'Measure a path' }).click();
    await readout(page).getByText('Path: no points yet.').waitFor();
    expect(await copy.isDisabled()).toBe(true);
    const box = await page.locator('.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('no map canvas');
    const clicks = [[220, 560], [560, 520], [520, 240]].map(([x, y]) => ({ x: Math.round(box.x + x), y: Math.round(box.y + y) }));
    await page.mouse.click(clicks[0].x, clicks[0].y);
    await readout(page).getByText('Path: one point').waitFor();
    expect(await copy.isDisabled()).toBe(true);
    await page.mouse.click(clicks[1].x, clicks[1].y);
    await readout(page).getByText('Segment 1:').waitFor();
    expect(await copy.isDisabled()).toBe(false);
    await page.mouse.click(clicks[2].x, clicks[2].y);
    await readout(page).getByText('Segment 2:').waitFor();
    expect(await readout(page).innerText()).not.toMatch(/Area:/);

    // A click a few pixels off the first point's centre, inside its circle.
    await page.mouse.click(clicks[0].x + 4, clicks[0].y - 3);
    await readout(page).getByText(/Area: [\d,.]+ km²/).waitFor();
    const text = await readout(page).innerText();
    // Closed, not a fourth point: three segments, the third back to the start.
    expect(segments(text)).toHaveLength(3);
    const at = await page.evaluate((pts) => pts.map((p) => window.kurilAtlas!.map.unproject(p)).map((ll) => [ll.lng, ll.lat]),
      clicks.map((c) => [c.x - box.x, c.y - box.y] as [number, number]));
    expect(Math.abs(segments(text)[2] / geodesicDistanceKm(at[2], at[0]) - 1)).toBeLessThan(0.005);
    const drawn = await sourceData(page, MEASURE_SOURCE.path);
    expect(kinds(drawn).filter((k) => k === 'vertex')).toHaveLength(3);
    expect(kinds(drawn)).toContain('area');
    await expect.poll(() => new URL(page.url()).searchParams.get('closed')).toBe('1');
    // The tool lets go of the map, as the Close path button does; Copy has the area to copy.
    await expect.poll(() => page.getByRole('button', { name: 'Measure a path' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.maplibregl-canvas-container.is-path-tool').count()).toBe(0);
    expect(await copy.isDisabled()).toBe(false);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('a link with a name the atlas does not know', () => {
  it('names the closest places in a notice, keeps the known one, and the map still works', async () => {
    const atlas = await openAtlas(browser, baseUrl, '?measure=kunashir,atlantis');
    await atlas.idle();
    const notice = atlas.page.locator('.notice', { hasText: 'atlantis' });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('Atlasov');
    expect(await atlas.page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Kunashir');
    expect(await readout(atlas.page).innerText()).toContain('Nothing measured yet');
    expect(await atlas.page.getByRole('button', { name: 'Copy' }).isDisabled()).toBe(true);
    // The atlas goes on working: the view moves and the map reaches idle again.
    await atlas.page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [145.6, 43.9], zoom: 7 }));
    await atlas.idle();
    await expect.poll(() => new URL(atlas.page.url()).searchParams.get('measure')).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

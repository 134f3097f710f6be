/**
 * The border eras in the built app: the timeline by mouse and keyboard, the colours on the map,
 * the URL, the Borders tab and the side-by-side comparison. Two page loads in all.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.ts';
import { colourDistance, hex, openAtlas, type AtlasPage } from './atlas-page.ts';
import { ERA_COLORS, LAND_OPACITY } from '../../src/features/eras/layers.ts';
import { PALETTE } from '../../src/map/palette.ts';
import type { EraId } from '../../src/geo/eras.ts';

type Rgb = [number, number, number];
type LngLat = [number, number];

const baseUrl = inject('baseUrl');
let browser: Browser;

// Inland points, away from the pipelines drawn across Sakhalin and from any label.
const SOUTH_SAKHALIN: LngLat = [142.35, 47.6];
const NORTH_SAKHALIN: LngLat = [142.75, 51.5];
const HOKKAIDO: LngLat = [143.3, 44.1];
const POINTS = [SOUTH_SAKHALIN, NORTH_SAKHALIN, HOKKAIDO];
const VIEW = '#4.7/47.6/145.5';

/** The colour the era layer gives land of a holder: its tint over the base land. */
function tint(holder: 'japan' | 'russia'): Rgb {
  const land = hex(PALETTE.land);
  const c = hex(ERA_COLORS[holder]);
  return [0, 1, 2].map((i) => Math.round(land[i] * (1 - LAND_OPACITY) + c[i] * LAND_OPACITY)) as Rgb;
}

const mainEra = (page: Page) => page.evaluate(() => window.kurilAtlas!.map.getGlobalState().era as string);

/** Waits until the map shows `era` and has settled (idle comes after the paint transition). */
async function settle(page: Page, era: EraId): Promise<void> {
  await page.waitForFunction((e) => window.kurilAtlas?.map.getGlobalState().era === e, era);
  await page.evaluate(() => window.kurilAtlas!.whenIdle());
}

/**
 * The composited colours at `points` (both maps and the controls over them), read from one
 * screenshot of the map area. Read again after two animation frames until two reads agree, in
 * case idle came before the last frame of a transition; bounded, and never a timer.
 */
async function pixels(page: Page, points: LngLat[]): Promise<Rgb[]> {
  const read = async (): Promise<Rgb[]> => {
    const wrap = page.locator('.map-wrap');
    const box = await wrap.boundingBox();
    if (!box) throw new Error('no map on the page');
    const png = PNG.sync.read(await wrap.screenshot());
    const xy = await page.evaluate((ps) => ps.map((p) => window.kurilAtlas!.map.project(p)), points);
    return xy.map(({ x, y }) => {
      const px = Math.round((x * png.width) / box.width);
      const py = Math.round((y * png.height) / box.height);
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) throw new Error('point outside the view');
      const i = (png.width * py + px) * 4;
      return [png.data[i], png.data[i + 1], png.data[i + 2]] as Rgb;
    });
  };
  let last = await read();
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const next = await read();
    if (next.every((c, j) => colourDistance(c, last[j]) === 0)) return next;
    last = next;
  }
  throw new Error('the map did not settle within 16 frames');
}

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('border eras', () => {
  let atlas: AtlasPage;
  let page: Page;
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, `?era=1905${VIEW}`);
    page = atlas.page;
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  const radio = (label: string) => page.getByRole('radio', { name: new RegExp(`^${label}`) });
  const url = () => page.evaluate(() => ({ search: window.location.search, hash: window.location.hash }));

  it('opens the era the link names', async () => {
    expect(await mainEra(page)).toBe('1905');
    expect(await radio('1905').getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('.era-caption').innerText()).toBe('1905–1945: Treaty of Portsmouth');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('recolours southern Sakhalin from 1905 to 1875, and not Hokkaido or northern Sakhalin; the URL follows', async () => {
    const before = await pixels(page, POINTS);
    const hashBefore = (await url()).hash;
    await radio('1875').click();
    await settle(page, '1875');
    const after = await pixels(page, POINTS);
    // Southern Sakhalin: Japanese in 1905, Russian in 1875.
    expect(colourDistance(before[0], tint('japan'))).toBeLessThanOrEqual(12);
    expect(colourDistance(after[0], tint('russia'))).toBeLessThanOrEqual(12);
    // Northern Sakhalin stays Russian, Hokkaido Japanese.
    expect(colourDistance(before[1], tint('russia'))).toBeLessThanOrEqual(12);
    expect(colourDistance(before[2], tint('japan'))).toBeLessThanOrEqual(12);
    expect(colourDistance(after[1], before[1])).toBeLessThanOrEqual(2);
    expect(colourDistance(after[2], before[2])).toBeLessThanOrEqual(2);
    await expect.poll(async () => new URLSearchParams((await url()).search).get('era')).toBe('1875');
    const now = await url();
    expect(now.hash).toBe(hashBefore);
    expect(hashBefore).toMatch(/^#4\.7\/47\.6\/145\.5/);
  });

  it('moves through the eras with the arrow keys, Home and End, and stops at the ends', async () => {
    await radio('1875').focus();
    const steps: [string, EraId][] = [['ArrowRight', '1905'], ['Home', '1855'], ['ArrowLeft', '1855'], ['End', '1945'], ['ArrowRight', '1945'], ['ArrowLeft', '1905']];
    for (const [key, want] of steps) {
      await page.keyboard.press(key);
      await settle(page, want);
      expect(await mainEra(page), key).toBe(want);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.era), key).toBe(want);
      await expect.poll(async () => new URLSearchParams((await url()).search).get('era'), { message: key }).toBe(want);
    }
    expect(await page.locator('.era-caption').innerText()).toBe('1905–1945: Treaty of Portsmouth');
    expect((await url()).hash).toMatch(/^#4\.7\/47\.6\/145\.5/);
  });

  it('plays through the eras to the last and stops; a choice stops the player', async () => {
    await radio('1905').press('Home');
    await settle(page, '1855');
    // Record what the live caption announces while playing.
    await page.evaluate(() => {
      const caption = document.querySelector('.era-caption')!;
      const seen: string[] = [];
      (window as unknown as { eraSeen: string[] }).eraSeen = seen;
      new MutationObserver(() => seen.push(caption.textContent ?? '')).observe(caption, { childList: true, characterData: true, subtree: true });
    });
    const play = page.locator('.era-play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => document.querySelector('.era-play')?.getAttribute('aria-pressed') === 'false', null, { timeout: 30_000 });
    await settle(page, '1945');
    const seen = await page.evaluate(() => (window as unknown as { eraSeen: string[] }).eraSeen);
    expect([...new Set(seen)]).toEqual(['1875–1905: Treaty of Saint Petersburg', '1905–1945: Treaty of Portsmouth', '1945–today: Soviet occupation and the de facto line']);
    // Play from the last era starts again at the first; a click on an era stops it there.
    await play.click();
    await settle(page, '1855');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await radio('1905').click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await settle(page, '1905');
  });

  it('explains the era in the Borders tab: treaty, date, clause with sources, the land that changed, the legend', async () => {
    await page.getByRole('tab', { name: 'Borders' }).click();
    const panel = page.locator('.era-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('Treaty of Portsmouth');
    await panel.locator('summary').click();
    const text = await panel.innerText();
    expect(text).toContain('5 September 1905');
    expect(text).toContain('50th parallel');
    expect(text).toMatch(/In all, 3\d,\d{3} km² changed hands/);
    expect(text).toContain('Sakhalin, south of 50°N');
    for (const block of await panel.locator('.era-cited').all()) {
      expect(await block.locator('cite').count()).toBeGreaterThan(0);
    }
    const legend = await page.locator('.era-legend').innerText();
    for (const name of ['Empire of Japan', 'Russian Empire', 'Soviet Union', 'Russian Federation', 'Japan']) expect(legend).toContain(name);
    // The undivided and claimed swatches carry stripes of the map's own hatch colours.
    const stripes = await page.evaluate(() => {
      const colours = (kind: string) => {
        const c = document.querySelector<HTMLCanvasElement>(`.era-legend-items canvas[data-swatch="${kind}"]`)!;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const set = new Set<string>();
        for (let i = 0; i < d.length; i += 4) set.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
        return [...set];
      };
      return { joint: colours('joint'), claim: colours('claim'), japan: colours('japan') };
    });
    const rgb = (h: string) => hex(h).join(',');
    expect(stripes.joint).toEqual(expect.arrayContaining([rgb(ERA_COLORS.japan), rgb(ERA_COLORS.russia)]));
    expect(stripes.claim).toContain(rgb(ERA_COLORS.claim));
    expect(stripes.japan).toHaveLength(1);
    // The present: both positions, San Francisco and the Joint Declaration.
    await radio('1905').press('End');
    await settle(page, '1945');
    // The panel follows the era a render later (it is deferred so the map's frame comes first).
    await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toContain('The two positions on the four islands');
    const present = await panel.innerText();
    expect(present).toMatch(/San Francisco.*1951/);
    expect(present).toMatch(/Joint Declaration.*1956/);
    expect(await page.locator('.era-holders tr[aria-current="true"] th').innerText()).toContain('1945–today');
  });

  it('compares two eras on two maps with one camera, a swipe divider and a picker for the second era', async () => {
    await radio('1945').click();
    await radio('1945').press('ArrowLeft');
    await settle(page, '1905');
    await page.getByRole('button', { name: 'Compare two eras side by side' }).click();
    await page.waitForFunction(() => window.kurilAtlasCompare !== undefined);
    await page.evaluate(() => window.kurilAtlasCompare!.whenIdle());
    expect(await page.locator('.maplibregl-canvas').count()).toBe(2);
    expect(await page.evaluate(() => window.kurilAtlasCompare!.map.getGlobalState().era)).toBe('1875');
    expect(await mainEra(page)).toBe('1905');

    // One camera, both ways; the main map keeps the URL hash.
    const camera = (which: 'kurilAtlas' | 'kurilAtlasCompare') => page.evaluate((w) => {
      const m = window[w]!.map;
      return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
    }, which);
    await page.evaluate(() => window.kurilAtlas!.map.jumpTo({ center: [145.2, 47.9], zoom: 4.8 }));
    expect(await camera('kurilAtlasCompare')).toEqual(await camera('kurilAtlas'));
    await page.evaluate(() => window.kurilAtlasCompare!.map.jumpTo({ center: [145.5, 47.6], zoom: 4.7 }));
    expect(await camera('kurilAtlas')).toEqual(await camera('kurilAtlasCompare'));
    await page.waitForFunction(() => window.location.hash.startsWith('#4.7/47.6/145.5'));
    await page.evaluate(() => Promise.all([window.kurilAtlas!.whenIdle(), window.kurilAtlasCompare!.whenIdle()]));

    // Regression: the second map drew no coastlines, as nothing filled its islands source. Now it
    // holds the main map's islands and draws the same coasts on the same view.
    const islandsIn = (which: 'kurilAtlas' | 'kurilAtlasCompare') => page.evaluate(async (w) => {
      const m = window[w]!.map;
      const held = (await m.getSource<GeoJSONSource>('islands')!.getData()) as FeatureCollection;
      const drawn = m.queryRenderedFeatures({ layers: ['coastline'] }).map((f) => String(f.properties.id));
      return { held: held.features.length, drawn: [...new Set(drawn)].sort() };
    }, which);
    const [mainIslands, compareIslands] = [await islandsIn('kurilAtlas'), await islandsIn('kurilAtlasCompare')];
    // 41 islands and the Habomai group, which the islands source holds as a place of its own.
    expect(compareIslands.held).toBe(42);
    expect(compareIslands.drawn).toEqual(expect.arrayContaining(['iturup', 'kunashir', 'urup']));
    expect(compareIslands).toEqual(mainIslands);

    // The divider from the keyboard: End shows the left (1905) over southern Sakhalin, Home the right (1875).
    const divider = page.getByRole('separator', { name: 'Swipe between the two eras' });
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await divider.getAttribute('aria-valuenow')).toBe('45');
    await page.keyboard.press('End');
    expect(Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(95);
    expect(colourDistance((await pixels(page, [SOUTH_SAKHALIN]))[0], tint('japan'))).toBeLessThanOrEqual(12);
    await page.keyboard.press('Home');
    expect(Number(await divider.getAttribute('aria-valuenow'))).toBeLessThan(5);
    expect(colourDistance((await pixels(page, [SOUTH_SAKHALIN]))[0], tint('russia'))).toBeLessThanOrEqual(12);

    // And with the mouse: drag the divider to the far right.
    const wrap = (await page.locator('.map-wrap').boundingBox())!;
    const handle = (await divider.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(wrap.x + wrap.width * 0.8, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(Number(await divider.getAttribute('aria-valuenow'))).toBe(80);

    // The picker sets the second map's era; the left era cannot be picked for the right.
    const picker = page.getByLabel('Right side era');
    expect(await picker.locator('option[value="1905"]').isDisabled()).toBe(true);
    await picker.selectOption('1855');
    await page.waitForFunction(() => window.kurilAtlasCompare!.map.getGlobalState().era === '1855');
    expect(await mainEra(page)).toBe('1905');

    // Leaving compare removes the second map; the main map carries on.
    await page.getByRole('button', { name: 'Close the comparison' }).first().click();
    await page.waitForFunction(() => window.kurilAtlasCompare === undefined);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    await atlas.idle();
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

describe('a bad ?era=', () => {
  it('shows a notice, opens the present era and keeps working', async () => {
    const atlas = await openAtlas(browser, baseUrl, `?era=1939${VIEW}`);
    await atlas.idle();
    const notice = await atlas.page.locator('.notice').innerText();
    expect(notice).toContain('“1939”');
    expect(await mainEra(atlas.page)).toBe('1945');
    expect(await atlas.page.getByRole('radio', { name: /^1945/ }).getAttribute('aria-checked')).toBe('true');
    await atlas.page.getByRole('radio', { name: /^1855/ }).click();
    await settle(atlas.page, '1855');
    await expect.poll(() => atlas.page.evaluate(() => new URLSearchParams(window.location.search).get('era'))).toBe('1855');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

/**
 * The Energy tab in the built app: a click on a drawn pipeline opens its panel, proposed routes
 * are dashed on screen, the year filter takes lines off the map, the list works from the
 * keyboard, and the layers give way in the other border eras. One page, moved between views.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './chromium.ts';
import { colourDistance, hex, openAtlas, type AtlasPage } from './atlas-page.ts';
import type { PipelineCollection } from '../../src/features/energy/model.ts';
import { COMMODITY_STYLE, ENERGY_LAYER, ENERGY_SOURCE, STATUS_STYLE } from '../../src/features/energy/layers.ts';

const baseUrl = inject('baseUrl');
const pipelines = JSON.parse(readFileSync('public/data/pipelines.geojson', 'utf8')) as PipelineCollection;
const line = (id: string) => {
  const f = pipelines.features.find((x) => x.properties.id === id);
  if (!f || f.geometry.type !== 'LineString') throw new Error(`${id} is not a LineString in the data`);
  return { coords: f.geometry.coordinates as [number, number][], props: f.properties };
};
const SKV = line('sakhalin-khabarovsk-vladivostok');
const HOKKAIDO = line('sakhalin-hokkaido');
// Waypoints run from, via..., to: [2] Lazarev → [3] Komsomolsk-on-Amur, a stretch no other line shares.
const SKV_STRETCH: [[number, number], [number, number]] = [SKV.coords[2], SKV.coords[3]];
// [1] Wakkanai → [2] Nayoro, over Hokkaido.
const PROPOSED_STRETCH: [[number, number], [number, number]] = [HOKKAIDO.coords[1], HOKKAIDO.coords[2]];
const mid = ([a, b]: [[number, number], [number, number]]): [number, number] => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const GAS = hex(COMMODITY_STYLE.gas.colour);

let browser: Browser;
let atlas: AtlasPage;

beforeAll(async () => {
  browser = await launchChromium();
  atlas = await openAtlas(browser, baseUrl, '#5/47/137');
  await atlas.idle();
  await atlas.page.getByRole('tab', { name: 'Energy' }).click();
  await atlas.page.locator('.energy-list button').first().waitFor();
});
afterAll(async () => { await atlas?.close(); await browser?.close(); });

const page = () => atlas.page;
const state = (key: string) => page().evaluate((k) => window.kurilAtlas!.map.getGlobalState()[k], key);
const countText = () => page().getByTestId('energy-count').innerText();

async function view(center: [number, number], zoom: number): Promise<void> {
  await page().evaluate(([c, z]) => window.kurilAtlas!.map.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom] as const);
  await atlas.idle();
}

/** The canvas point of [lon, lat] in page coordinates, for mouse events. */
async function pagePoint(lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = await page().locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const p = await page().evaluate((ll) => window.kurilAtlas!.map.project(ll), lngLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * Walks a stretch of line on screen pixel by pixel (its middle 70%, clear of the towns at the
 * ends) and says, at each step, whether any pixel across a ±10 px strip has the gas colour: the
 * strip covers the line's offset from its geometry.
 */
async function gasAlong(stretch: [[number, number], [number, number]]): Promise<boolean[]> {
  const canvas = page().locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const [a, b] = await page().evaluate((s) => s.map((ll) => window.kurilAtlas!.map.project(ll as [number, number])), stretch);
  const png = PNG.sync.read(await canvas.screenshot());
  const scale = png.width / box.width;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
  const out: boolean[] = [];
  for (let t = len * 0.15; t <= len * 0.85; t += 1) {
    let hit = false;
    for (let d = -10; d <= 10 && !hit; d += 0.5) {
      const x = Math.round((a.x + ux * t - uy * d) * scale);
      const y = Math.round((a.y + uy * t + ux * d) * scale);
      const i = (png.width * y + x) * 4;
      hit = colourDistance([png.data[i], png.data[i + 1], png.data[i + 2]], GAS) <= 60;
    }
    out.push(hit);
  }
  return out;
}

/** Lengths of the runs of gaps (false) in a walk. */
const gaps = (walk: boolean[]) => walk.join('').replace(/true/g, '1').replace(/false/g, '0').split('1').filter((g) => g.length > 0).map((g) => g.length);

describe('the Energy tab', () => {
  it('loads with no console error and no request outside localhost', () => {
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
    expect(atlas.requests.some((u) => u.endsWith('/data/pipelines.geojson'))).toBe(true);
  });

  it('draws proposed routes dashed and operating ones solid', async () => {
    const paint = await page().evaluate((ids) => {
      const m = window.kurilAtlas!.map;
      return ids.map((id) => JSON.stringify(m.getPaintProperty(id, 'line-dasharray') ?? null));
    }, [ENERGY_LAYER.unfinished, ENERGY_LAYER.operating]);
    expect(paint[0]).toContain(`["literal",${JSON.stringify(STATUS_STYLE.proposed.dash)}]`);
    // Operating lines have no dash pattern; the pixels below show that they draw solid.
    expect(paint[1]).toBe('null');

    await view(mid(PROPOSED_STRETCH), 7);
    const dashed = await gasAlong(PROPOSED_STRETCH);
    await view(mid(SKV_STRETCH), 7);
    const solid = await gasAlong(SKV_STRETCH);

    // A dash and a gap are 4 and 2.5 line widths: 8.8 px and 5.5 px for gas.
    const period = (STATUS_STYLE.proposed.dash[0] + STATUS_STYLE.proposed.dash[1]) * COMMODITY_STYLE.gas.width;
    const dashGaps = gaps(dashed).filter((g) => g >= 2);
    expect(dashed.length).toBeGreaterThan(8 * period);
    expect(dashGaps.length).toBeGreaterThanOrEqual(Math.floor(dashed.length / period) - 2);
    expect(dashed.filter(Boolean).length / dashed.length).toBeGreaterThan(0.4);
    expect(dashed.filter(Boolean).length / dashed.length).toBeLessThan(0.85);
    // The solid line breaks only where a flow chevron's halo crosses it.
    expect(solid.length).toBeGreaterThan(100);
    expect(solid.filter(Boolean).length / solid.length).toBeGreaterThan(0.9);
    expect(gaps(solid).filter((g) => g >= 2).length).toBeLessThanOrEqual(Math.ceil(solid.length / 80));
  });

  it('opens the panel of a pipeline clicked on the map', async () => {
    const at = await pagePoint(mid(SKV_STRETCH));
    await page().mouse.move(at.x, at.y);
    await page().waitForFunction(
      ([source, id]) => window.kurilAtlas!.map.getFeatureState({ source, id }).hover === true,
      [ENERGY_SOURCE.pipelines, SKV.props.id] as const,
    );
    await page().mouse.click(at.x, at.y);
    const panel = page().locator('.energy-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(SKV.props.name);
    expect(await panel.getByTestId('energy-status').innerText()).toMatch(/^Operating/);
    expect(await panel.getByTestId('energy-opened').innerText()).toBe('2011');
    const lengths = await panel.getByTestId('energy-lengths').innerText();
    // One formatter for every distance: one decimal of a km.
    expect(lengths).toContain('1,822.0 km');
    expect(lengths).toContain('1,427.0 km');
    expect(lengths).toMatch(/−21\.7%/);
    expect(await panel.innerText()).toContain('Gazprom');
    expect(await panel.locator('.energy-sources a').count()).toBeGreaterThan(0);
    expect(await state('selectedEnergy')).toBe(SKV.props.id);
  });

  it('keeps the name under the pointer inside the map at its right edge, beside the panel', async () => {
    // The stretch's middle 15 px from the map's right edge.
    await view(mid(SKV_STRETCH), 7);
    const width = await page().evaluate(() => window.kurilAtlas!.map.getContainer().clientWidth);
    await page().evaluate((dx) => window.kurilAtlas!.map.panBy([dx, 0], { animate: false }), -(width / 2 - 15));
    await atlas.idle();
    const at = await pagePoint(mid(SKV_STRETCH));
    await page().mouse.move(at.x, at.y);
    const tip = page().locator('.energy-tooltip');
    await tip.waitFor();
    expect(await tip.innerText()).toBe(SKV.props.name);
    const [box, map] = [await tip.boundingBox(), await page().locator('#map').boundingBox()];
    if (!box || !map) throw new Error('no tooltip or map box');
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    // Left of the pointer, not over it.
    expect(box.x + box.width).toBeLessThan(at.x);
    await page().mouse.move(1, 1);
    await tip.waitFor({ state: 'detached' });
    await view(mid(SKV_STRETCH), 7);
  });

  it('takes lines off the map by the year they opened', async () => {
    await page().getByRole('button', { name: 'Close energy panel' }).click();
    expect(await state('selectedEnergy')).toBe('');
    await view(mid(SKV_STRETCH), 7);
    const rendered = () => page().evaluate((layer) => window.kurilAtlas!.map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.id as string), ENERGY_LAYER.operating);
    expect(await rendered()).toContain(SKV.props.id);
    expect(await countText()).toMatch(/Showing 11 of 11 routes/);

    await page().locator('#energy-year-input').fill('2008');
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().energyYear === 2008);
    await atlas.idle();
    expect(await rendered()).not.toContain(SKV.props.id);
    const walk = await gasAlong(SKV_STRETCH);
    expect(walk.filter(Boolean).length).toBe(0);
    // Sakhalin-1 and the Sakhalin-2 oil line (2006, 2008) and the three unbuilt routes remain.
    expect(await countText()).toMatch(/Showing 5 of 11 routes/);
    expect(await page().locator(`.energy-list button[data-energy-id="${SKV.props.id}"]`).count()).toBe(0);

    await page().getByLabel(/Also show routes and sites not in service/).uncheck();
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().energyShowUnbuilt === false);
    expect(await countText()).toMatch(/Showing 2 of 11 routes/);

    await page().locator('#energy-year-input').fill('2011');
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().energyYear === 2011);
    await atlas.idle();
    expect(await rendered()).toContain(SKV.props.id);

    // Back to everything, for the tests that follow.
    await page().locator('#energy-year-input').fill('2022');
    await page().getByLabel(/Also show routes and sites not in service/).check();
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().energyYear === 9999);
    expect(await countText()).toMatch(/Showing 11 of 11 routes/);
  });

  it('gives way in the other border eras, and says so', async () => {
    await view(mid(SKV_STRETCH), 7);
    expect((await gasAlong(SKV_STRETCH)).filter(Boolean).length).toBeGreaterThan(50);
    await page().locator('.era-option[data-era="1905"]').click();
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().era === '1905');
    await atlas.idle();
    // Idle waits for the 400 ms fade to finish.
    expect((await gasAlong(SKV_STRETCH)).filter(Boolean).length).toBe(0);
    expect(await page().locator('.energy-era-note').innerText()).toMatch(/only in the 1945–today era/);
    // A click where the line is opens nothing while it is not drawn.
    const at = await pagePoint(mid(SKV_STRETCH));
    await page().mouse.click(at.x, at.y);
    expect(await page().locator('.energy-panel').count()).toBe(0);
    await page().locator('.era-option[data-era="1945"]').click();
    await atlas.idle();
    await page().waitForFunction(() => window.kurilAtlas!.map.getGlobalState().era === '1945');
    await atlas.idle();
    expect((await gasAlong(SKV_STRETCH)).filter(Boolean).length).toBeGreaterThan(50);
    expect(await page().locator('.energy-era-note').count()).toBe(0);
  });

  it('draws the sites only in 1945–today, also on a map that opens on another era', async () => {
    // The LNG plant at Prigorodnoye, a gas-coloured square; the pipelines are hidden so that only
    // the marker can have the gas colour at its point.
    const site: [number, number] = [142.9028, 46.6275];
    const marker = async (a: AtlasPage) => {
      await a.page.evaluate((ids) => { for (const id of ids) window.kurilAtlas!.map.setLayoutProperty(id, 'visibility', 'none'); },
        [ENERGY_LAYER.unfinished, ENERGY_LAYER.operating, ENERGY_LAYER.flow]);
      await a.idle();
      return colourDistance(await a.pixelAt(site), GAS) < 40;
    };
    const other = await openAtlas(browser, baseUrl, '?era=1905#9/46.62/142.9');
    try {
      await other.idle();
      expect(await marker(other)).toBe(false);
      await other.page.locator('.era-option[data-era="1945"]').click();
      await other.page.waitForFunction(() => window.kurilAtlas!.map.getGlobalState().era === '1945');
      await other.idle();
      expect(await marker(other)).toBe(true);
      await other.page.locator('.era-option[data-era="1875"]').click();
      await other.page.waitForFunction(() => window.kurilAtlas!.map.getGlobalState().era === '1875');
      await other.idle();
      expect(await marker(other)).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('opens a panel from the keyboard: Tab to the list, Enter, and the map flies to the line', async () => {
    await page().getByRole('tab', { name: 'Energy' }).focus();
    let onList = false;
    for (let i = 0; i < 12 && !onList; i++) {
      await page().keyboard.press('Tab');
      onList = await page().evaluate(() => document.activeElement?.matches('.energy-list button') ?? false);
    }
    expect(onList).toBe(true);
    const id = await page().evaluate(() => (document.activeElement as HTMLElement).dataset.energyId);
    const first = pipelines.features[0].properties;
    expect(id).toBe(first.id);
    await page().keyboard.press('Enter');
    const panel = page().locator('.energy-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(first.name);
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('energy-panel-title');
    await page().waitForFunction(() => !window.kurilAtlas!.map.isMoving());
    await atlas.idle();
    const inView = await page().evaluate((coords) => {
      const b = window.kurilAtlas!.map.getBounds();
      return coords.every((c) => b.contains(c as [number, number]));
    }, (pipelines.features[0].geometry.coordinates as number[][]));
    expect(inView).toBe(true);
    expect(await state('selectedEnergy')).toBe(first.id);
    // Escape closes the panel and hands focus back to the list.
    await page().keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page().evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.energyId)).toBe(first.id);
    expect(await state('selectedEnergy')).toBe('');
  });

  it('ends with no console error', () => {
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

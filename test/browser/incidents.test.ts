import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';
import { INCIDENT_TYPES, type IncidentCollection, type IncidentFeature } from '../../src/features/incidents/model.ts';
import { eraYears, visibleIncidents } from '../../src/features/incidents/filter.ts';
import { formatPartialDate } from '../../src/i18n/locale.ts';

const baseUrl = inject('baseUrl');
const DATA_TEXT = readFileSync(new URL('../../public/data/incidents.geojson', import.meta.url), 'utf8');
const DATA = JSON.parse(DATA_TEXT) as IncidentCollection;
const ALL = DATA.features;
const byId = (id: string): IncidentFeature => {
  const f = ALL.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no incident ${id} in the data`);
  return f;
};
const at = (f: IncidentFeature) => f.geometry.coordinates as [number, number];

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const popup = (page: Page) => page.locator('.incident-popup');
const listItem = (page: Page, id: string) => page.locator(`.incident-list [data-incident="${id}"]`);
const countText = (page: Page) => page.locator('.incident-count').innerText();

/**
 * An init script that serves `features` as incidents.geojson. Every tab is mounted from the
 * start, so the file is fetched at once: the script answers the app's fetch of it before any
 * page script runs.
 */
function servingIncidents(features: IncidentFeature[]): string {
  const body = JSON.stringify({ ...DATA, features });
  return `{
    const body = ${JSON.stringify(body)};
    const fetch0 = window.fetch.bind(window);
    window.fetch = (input, opts) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (new URL(url, location.href).pathname.endsWith('/data/incidents.geojson')) {
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/geo+json' } }));
      }
      return fetch0(input, opts);
    };
  }`;
}

async function jump(atlas: AtlasPage, center: [number, number], zoom: number) {
  await atlas.page.evaluate(([c, z]) => window.kurilAtlas!.map.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom] as const);
  await atlas.idle();
}

/** Clicks the map where [lon, lat] is drawn, with a real mouse. */
async function clickMap(page: Page, lngLat: [number, number]) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const pt = await page.evaluate((ll) => window.kurilAtlas!.map.project(ll), lngLat);
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
}

/** How many incidents the map's source holds now: what the markers and clusters are drawn from. */
const sourceCount = (page: Page) => page.evaluate(async () => {
  const src = window.kurilAtlas!.map.getSource('incidents') as unknown as { getData: () => Promise<{ features: unknown[] }> };
  return (await src.getData()).features.length;
});

async function waitForSourceCount(page: Page, n: number) {
  await page.waitForFunction(async (want) => {
    const src = window.kurilAtlas!.map.getSource('incidents') as unknown as { getData: () => Promise<{ features: unknown[] }> };
    return (await src.getData()).features.length === want;
  }, n);
}

describe('a link to an incident, and the list and the map in step', () => {
  const KISSHIN = byId('2006-08-16-kisshin-maru-31');
  let atlas: AtlasPage;
  beforeAll(async () => {
    // The 1905–1945 era hides a 2006 event: the link must widen the view to all years to show it.
    atlas = await openAtlas(browser, baseUrl, `?era=1905&incident=${KISSHIN.properties.id}`);
    await atlas.idle();
    await popup(atlas.page).waitFor();
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  it('opens with the linked incident selected, in view, its popup open, on the Incidents tab', async () => {
    const { page } = atlas;
    expect(await page.getByRole('tab', { name: 'Incidents' }).getAttribute('aria-selected')).toBe('true');
    const text = await popup(page).innerText();
    expect(text).toContain(KISSHIN.properties.title);
    expect(text).toContain('16 August 2006');
    expect(text).toContain('Russia’s account');
    // The waters, in both positions, as a line of text under the coast.
    expect(await popup(page).locator('dd.incident-waters').innerText()).toMatch(
      /^2\.1 nmi off Suisho: inside the territorial sea Russia claims and enforces; Japan regards these waters as its own territorial sea\. Only the area is known/,
    );
    expect(await listItem(page, KISSHIN.properties.id).getAttribute('aria-current')).toBe('true');
    expect(await page.getByLabel('All years').isChecked()).toBe(true);
    const view = await page.evaluate((ll) => {
      const m = window.kurilAtlas!.map;
      const p = m.project(ll);
      const hit = m.queryRenderedFeatures([p.x, p.y], { layers: ['incident-hit'] }).map((f) => f.properties.id as string);
      return { zoom: m.getZoom(), inView: m.getBounds().contains(ll), hit, state: m.getGlobalState().selectedIncident };
    }, at(KISSHIN));
    expect(view.zoom).toBeGreaterThanOrEqual(7);
    expect(view.inView).toBe(true);
    expect(view.hit).toContain(KISSHIN.properties.id);
    expect(view.state).toBe(KISSHIN.properties.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('incident')).toBe(KISSHIN.properties.id);
  });

  it('closes the popup with its button', async () => {
    await popup(atlas.page).getByRole('button', { name: 'Close' }).click();
    await popup(atlas.page).waitFor({ state: 'detached' });
    expect(await atlas.page.evaluate(() => window.kurilAtlas!.map.getGlobalState().selectedIncident)).toBe('');
    await expect.poll(() => new URL(atlas.page.url()).searchParams.get('incident')).toBeNull();
  });

  it('map → list: clicking a marker opens its popup with its date and title, and marks its list item', async () => {
    const { page } = atlas;
    const eiho = byId('2021-05-28-eiho-maru-172');
    await jump(atlas, at(eiho), 8);
    await clickMap(page, at(eiho));
    await popup(page).waitFor();
    const text = await popup(page).innerText();
    expect(text).toContain(eiho.properties.title);
    expect(text).toContain('28 May 2021');
    expect(await listItem(page, eiho.properties.id).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('.incident-list [aria-current="true"]').count()).toBe(1);
  });

  it('list → map: clicking a list item flies to its marker and opens its popup', async () => {
    const { page } = atlas;
    const shoyo = byId('2020-01-15-shoyo-maru-68');
    await jump(atlas, [158.5, 53], 7);
    await listItem(page, shoyo.properties.id).click();
    await popup(page).getByText(shoyo.properties.title).waitFor();
    await atlas.idle();
    // The map flew there; the popup may then have panned it a little, to stand clear of the
    // era timeline and the map's edges. The marker stays in view, unclustered.
    const view = await page.evaluate((ll) => { const m = window.kurilAtlas!.map; return { inView: m.getBounds().contains(ll), z: m.getZoom() }; }, at(shoyo));
    expect(view.inView).toBe(true);
    expect(view.z).toBeGreaterThanOrEqual(7);
    expect(await popup(page).count()).toBe(1);
    const [p, era, map] = await Promise.all(['.incident-popup', '.era-control', '.maplibregl-canvas'].map((s) => page.locator(s).boundingBox()));
    expect(p!.y + p!.height <= era!.y || p!.y >= era!.y + era!.height || p!.x >= era!.x + era!.width || p!.x + p!.width <= era!.x).toBe(true);
    expect(p!.y).toBeGreaterThanOrEqual(map!.y);
    expect(p!.y + p!.height).toBeLessThanOrEqual(map!.y + map!.height);
  });

  it('from the keyboard: Enter on a list item opens the popup with focus in it; Esc closes it and gives focus back', async () => {
    const { page } = atlas;
    const koei = byId('1956-10-15-koei-maru');
    await listItem(page, koei.properties.id).focus();
    await page.keyboard.press('Enter');
    await popup(page).getByText(koei.properties.title).waitFor();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.incident-popup')))).toBe(true);
    await page.keyboard.press('Escape');
    await popup(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.incident)).toBe(koei.properties.id);
    await atlas.idle();
  });

  it('offers a choice where two markers share a point (Kunashir, 2010 and 2012)', async () => {
    const { page } = atlas;
    const visits = [byId('2010-11-01-medvedev-kunashir'), byId('2012-07-03-medvedev-kunashir')];
    expect(at(visits[0])).toEqual(at(visits[1]));
    await jump(atlas, at(visits[0]), 9);
    await clickMap(page, at(visits[0]));
    const chooser = popup(page).locator('.incident-chooser');
    await chooser.waitFor();
    expect(await chooser.locator('[data-incident]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.incident).sort()))
      .toEqual(visits.map((v) => v.properties.id).sort());
    await chooser.locator(`[data-incident="${visits[1].properties.id}"]`).click();
    await popup(page).locator('.incident-meta', { hasText: '3 July 2012' }).waitFor();
    expect(await popup(page).innerText()).toContain(visits[1].properties.title);
    expect(await listItem(page, visits[1].properties.id).getAttribute('aria-current')).toBe('true');
  });

  it('stands aside while the path measure owns the clicks', async () => {
    const { page } = atlas;
    const eiho = byId('2021-05-28-eiho-maru-172');
    if (await popup(page).count()) await popup(page).getByRole('button', { name: 'Close' }).click();
    await jump(atlas, at(eiho), 8);
    await page.getByRole('tab', { name: 'Measure' }).click();
    await page.locator('.measure-toggle').click();
    await page.waitForFunction(() => window.kurilAtlas!.store.getState().tool === 'path');
    await clickMap(page, at(eiho));
    await atlas.idle();
    expect(await popup(page).count()).toBe(0);
    expect(await page.evaluate(() => window.kurilAtlas!.map.getGlobalState().selectedIncident)).toBe('');
    await page.getByRole('tab', { name: 'Incidents' }).click();
    await page.waitForFunction(() => window.kurilAtlas!.store.getState().tool !== 'path');
  });

  it('filters by type and by years: fewer markers, fewer items, and the count says so', async () => {
    const { page } = atlas;
    await expect.poll(() => countText(page)).toBe(`${ALL.length} of ${ALL.length} incidents`);
    expect(await sourceCount(page)).toBe(ALL.length);

    await page.locator('.incident-types label', { hasText: 'Seizure' }).getByRole('checkbox').uncheck();
    const noSeizures = new Set(INCIDENT_TYPES.filter((t) => t !== 'seizure'));
    const span = { from: 1945, to: 2021 };
    const expected1 = visibleIncidents(ALL, { types: noSeizures, years: span, era: null }).length;
    expect(expected1).toBeLessThan(ALL.length);
    await waitForSourceCount(page, expected1);
    await expect.poll(() => countText(page)).toBe(`${expected1} of ${ALL.length} incidents`);
    await expect.poll(() => page.locator('.incident-list [data-incident]').count()).toBe(expected1);

    // The year sliders, from the keyboard: To back ten years, From forward to 2006.
    await page.getByRole('slider', { name: 'To' }).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.getByRole('slider', { name: 'From' }).focus();
    for (let i = 0; i < 2006 - 1945; i++) await page.keyboard.press('ArrowRight');
    const expected2 = visibleIncidents(ALL, { types: noSeizures, years: { from: 2006, to: 2011 }, era: null }).length;
    expect(expected2).toBeLessThan(expected1);
    await waitForSourceCount(page, expected2);
    await expect.poll(() => countText(page)).toMatch(new RegExp(`^${expected2} of ${ALL.length} incidents`));

    // The brush, with the mouse: back to all years, then drag across the bars of 2007 to 2010.
    await page.locator('.incident-reset').click();
    const bars = await page.locator('.incident-chart rect.incident-bar').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { year: Number(e.querySelector('title')!.textContent!.slice(0, 4)), x: r.left + r.width / 2, y: r.bottom - 2 };
    }));
    const bar = (y: number) => bars.find((b) => b.year === y)!;
    const drag = async (from: number, to: number) => {
      await page.mouse.move(bar(from).x, bar(from).y);
      await page.mouse.down();
      await page.mouse.move(bar(to).x, bar(to).y, { steps: 6 });
      await page.mouse.up();
    };
    await drag(2007, 2010);
    expect(await page.locator('.incident-years output').allInnerTexts()).toEqual(['2007', '2010']);
    const expected3 = visibleIncidents(ALL, { types: noSeizures, years: { from: 2007, to: 2010 }, era: null }).length;
    await waitForSourceCount(page, expected3);
    await expect.poll(() => countText(page)).toMatch(new RegExp(`^${expected3} of ${ALL.length} incidents`));
    // Dragging inside the selection moves it, keeping its width.
    await drag(2008, 2010);
    expect(await page.locator('.incident-years output').allInnerTexts()).toEqual(['2009', '2012']);
    const expected4 = visibleIncidents(ALL, { types: noSeizures, years: { from: 2009, to: 2012 }, era: null }).length;
    await waitForSourceCount(page, expected4);
    await expect.poll(() => countText(page)).toMatch(new RegExp(`^${expected4} of ${ALL.length} incidents`));
    // And with a finger: real touch events through the DevTools protocol, as a touch screen sends them.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', year?: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: year === undefined ? [] : [{ x: bar(year).x, y: bar(year).y }] });
    await touch('touchStart', 1990);
    for (const y of [1995, 2000, 2005]) await touch('touchMove', y);
    await touch('touchEnd');
    await cdp.detach();
    expect(await page.locator('.incident-years output').allInnerTexts()).toEqual(['1990', '2005']);
    const expected5 = visibleIncidents(ALL, { types: noSeizures, years: { from: 1990, to: 2005 }, era: null }).length;
    await waitForSourceCount(page, expected5);
    await expect.poll(() => countText(page)).toMatch(new RegExp(`^${expected5} of ${ALL.length} incidents`));
  });

  it('follows the era unless “all years” is ticked', async () => {
    const { page } = atlas;
    await page.getByRole('button', { name: 'All types' }).click();
    await page.locator('.incident-reset').click();
    await page.getByLabel('All years').uncheck();
    const in1905 = visibleIncidents(ALL, { types: new Set(INCIDENT_TYPES), years: { from: 1945, to: 2021 }, era: eraYears('1905') });
    expect(in1905.length).toBe(5);
    await waitForSourceCount(page, in1905.length);
    await expect.poll(() => countText(page)).toBe(`${in1905.length} of ${ALL.length} incidents`);
    await expect.poll(() => page.locator('.incident-list [data-incident]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.incident)))
      .toEqual(in1905.map((f) => f.properties.id));
    expect(await page.locator('.incident-list [data-incident]').first().innerText()).toContain(formatPartialDate('en', in1905[0].properties.date, in1905[0].properties.date_end));
  });

  it('shows only the incidents in disputed waters when asked, from the keyboard: list, chart, map and link agree', async () => {
    const { page } = atlas;
    await page.getByLabel('All years').check();
    await waitForSourceCount(page, ALL.length);
    const box = page.getByRole('checkbox', { name: /Only incidents in disputed waters/ });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    const disputed = visibleIncidents(ALL, { types: new Set(INCIDENT_TYPES), disputedOnly: true, years: { from: 1945, to: 2021 }, era: null });
    expect(disputed.length).toBe(11);
    await waitForSourceCount(page, disputed.length);
    await expect.poll(() => countText(page)).toBe(`${disputed.length} of ${ALL.length} incidents`);
    await expect.poll(() => page.locator('.incident-list [data-incident]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.incident)))
      .toEqual(disputed.map((f) => f.properties.id));
    const barTotal = () => page.locator('.incident-chart rect.incident-bar title').allTextContents()
      .then((ts) => ts.reduce((sum, t) => sum + Number(/: (\d+) incident/.exec(t)![1]), 0));
    await expect.poll(barTotal).toBe(disputed.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('disputed')).toBe('1');
    await page.keyboard.press('Space');
    await waitForSourceCount(page, ALL.length);
    await expect.poll(barTotal).toBe(ALL.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('disputed')).toBeNull();
  });

  it('logged no console error and made no request outside localhost', () => {
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

describe('a link to an incident the atlas does not have', () => {
  it('gives a notice, and the map and the list keep working', async () => {
    const atlas = await openAtlas(browser, baseUrl, '?incident=1999-01-01-no-such-thing#6/44/146');
    await atlas.idle();
    const notice = atlas.page.locator('.notice', { hasText: '1999-01-01-no-such-thing' });
    await notice.waitFor();
    await atlas.page.locator('.incident-list').waitFor();
    expect(await atlas.page.locator('.incident-list [data-incident]').count()).toBe(ALL.length);
    expect(await popup(atlas.page).count()).toBe(0);
    await atlas.idle();
    await expect.poll(() => new URL(atlas.page.url()).searchParams.get('incident')).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

// Regression: the popup title-cased the island id, so Atlasov Island read "Atlasov".
describe('the coast island in the popup', () => {
  it('is named as islands.geojson names it, not from its id', async () => {
    // No incident in the data lies by an island whose id misses its name, so a probe stands on
    // Atlasov Island (on Alaid's cone), copied from a real on-land incident.
    const template = byId('1945-09-01-kunashir-occupied');
    const probe: IncidentFeature = {
      ...template,
      geometry: { type: 'Point', coordinates: [155.55, 50.86] },
      properties: { ...template.properties, id: '1945-09-01-coast-name-probe', title: 'Coast name probe', coast_island: 'atlasov' },
    };
    const atlas = await openAtlas(browser, baseUrl, `?incident=${probe.properties.id}`, { init: servingIncidents([...ALL, probe]) });
    const { page } = atlas;
    await atlas.idle();
    // The popup may open before the islands are in; it is renamed once they are.
    await popup(page).getByText('Atlasov Island').waitFor();
    expect(await popup(page).locator('.incident-facts dd').last().innerText()).toBe('On land: Atlasov Island (Russian-administered)');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

describe('text from the data is text', () => {
  const PAYLOAD = '<img src=x onerror="window.__xss=1">';
  it('shows markup in a title literally, in the popup and the list, and runs nothing', async () => {
    const template = byId('2021-05-28-eiho-maru-172');
    const evil: IncidentFeature = {
      ...template,
      geometry: { type: 'Point', coordinates: [147.5, 44.0] },
      properties: {
        ...template.properties,
        id: '2013-03-03-markup-probe', date: '2013-03-03', year: 2013, date_from: '2013-03-03', date_to: '2013-03-03',
        title: PAYLOAD, summary: `Summary ${PAYLOAD}`, place: `<script>window.__xss=2</script>`,
        accounts: { japan: PAYLOAD, russia: `<b onmouseover="window.__xss=3">bold</b>` },
        sources: [{ publisher: PAYLOAD, title: PAYLOAD, date: '2013-03-03', url: 'https://example.org/' }],
      },
    };
    const atlas = await openAtlas(browser, baseUrl, '#6/44/146', { init: servingIncidents([...ALL, evil]) });
    const { page } = atlas;
    await atlas.idle();
    await page.getByRole('tab', { name: 'Incidents' }).click();
    const item = listItem(page, evil.properties.id);
    await item.waitFor();
    await expect.poll(() => countText(page)).toBe(`${ALL.length + 1} of ${ALL.length + 1} incidents`);
    expect(await item.innerText()).toContain(PAYLOAD);
    await item.click();
    await popup(page).waitFor();
    await atlas.idle();
    const text = await popup(page).innerText();
    expect(text).toContain(PAYLOAD);
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(await popup(page).locator('img, script, b').count()).toBe(0);
    expect(await page.locator('.incident-list img').count()).toBe(0);
    await popup(page).hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(atlas.requests.some((u) => u.endsWith('/x'))).toBe(false);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.close();
  });
});

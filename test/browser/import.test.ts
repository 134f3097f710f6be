/**
 * The Import tab in the built app: a polygon near Kunashir opened through the file chooser is
 * drawn as its own layer and listed, measured to its nearest island (Kunashir), to Hokkaido (in
 * the Measure tab's unit) and to a second import, kept across a reload (IndexedDB) and removed;
 * and every malformed file of the core's fixtures that the checker refuses (44 of them, KML and GPX among them) gives a
 * message saying what and where, in one page, leaving the state, the map's layers and the
 * console as they were. axe checks the tab with layers listed and a measurement shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import type { AxeResults } from 'axe-core';
import { createIntl } from 'react-intl';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';
import type { IslandCollection } from '../../src/geo/types.ts';
import { formatLength } from '../../src/i18n/units.ts';
import { measureImport } from '../../src/features/import/computed.ts';
import { problemMessage, whereMessage } from '../../src/features/import/messages.ts';
import { parseImport } from '../../src/features/import/parse.ts';
import { layerName, type ImportedLayer } from '../../src/features/import/state.ts';
import importEn from '../../src/features/import/i18n/en.json';
import type { MessageId } from '../../src/i18n/ids.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const FIXTURES = new URL('../../src/features/import/__fixtures__/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(path, FIXTURES));
const islands = (JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
// The import's own catalogue is all the messages said here need.
const intl = createIntl({ locale: 'en', messages: importEn as Record<MessageId, string> });

/** A good fixture as the app makes it a layer, for measuring it here the same way. */
async function layerOf(file: string, id: string): Promise<ImportedLayer> {
  const r = await parseImport(new Blob([fixture(`good/${file}`)]));
  if (!r.ok) throw new Error(`${file} is refused`);
  return { id, name: layerName(file), fileName: file, collection: r.collection, warnings: r.warnings, stats: r.stats, visible: true, colour: 0, added: 0 };
}

const chooseFile = (page: Page, name: string, buffer: Buffer) =>
  page.locator('#tabpanel-import input[type="file"]').setInputFiles({ name, mimeType: 'application/geo+json', buffer });

const readout = (page: Page) => page.getByRole('status', { name: 'Measurement' });

/** What of the state a bad file must leave alone: everything but the notices and the chooser's status. */
const stateNow = (page: Page) => page.evaluate(() => {
  const s = window.kurilAtlas!.store.getState();
  const slices = { ...s.slices, import: { ...(s.slices.import as object), status: undefined } };
  return JSON.stringify({ ...s, notices: undefined, islands: s.islands?.features.length, slices });
});
const mapLayers = (page: Page) => page.evaluate(() => window.kurilAtlas!.map.getStyle().layers.map((l) => l.id));

async function openImportTab(path = '?tab=import'): Promise<AtlasPage> {
  const atlas = await openAtlas(browser, baseUrl, path);
  await atlas.idle();
  await atlas.page.locator('#tabpanel-import .import-open').waitFor();
  // The islands are in (the measurement needs them), and the kept layers have been read.
  await atlas.page.waitForFunction(() => window.kurilAtlas!.store.getState().islands !== null, null, { timeout: 60_000 });
  return atlas;
}

const keptCount = (page: Page) => page.evaluate(() => new Promise<number>((resolve, reject) => {
  const open = indexedDB.open('kuril-atlas-imports');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const count = open.result.transaction('layers', 'readonly').objectStore('layers').count();
    count.onsuccess = () => { resolve(count.result); open.result.close(); };
    count.onerror = () => reject(count.error);
  };
}));

/**
 * Reloads the page and sees no import come back: none listed once the kept layers have been read
 * (after the first view), and IndexedDB emptied, by the deletes or, for any that were lost, on
 * this visit.
 */
async function reloadToNoImports(atlas: AtlasPage): Promise<void> {
  const { page } = atlas;
  await page.reload();
  await atlas.idle();
  await page.getByText('No file imported yet.').waitFor();
  await page.evaluate(() => window.kurilAtlas!.whenIdle());
  expect(await page.locator('.import-layer').count()).toBe(0);
  await expect.poll(() => keptCount(page)).toBe(0);
}

describe('a polygon near Kunashir, imported, measured, kept and removed', () => {
  let atlas: AtlasPage;
  beforeAll(async () => { atlas = await openImportTab(); });
  afterAll(async () => { await atlas.close(); });

  it('reaches the chooser by keyboard: Open file… is a button in the tab order', async () => {
    const open = atlas.page.getByRole('button', { name: 'Open file…' });
    expect(await open.isVisible()).toBe(true);
    await open.focus();
    expect(await atlas.page.evaluate(() => document.activeElement?.textContent)).toBe('Open file…');
  });

  it('draws the file as its own layer and lists it with its name', async () => {
    const { page } = atlas;
    await chooseFile(page, 'kunashir-area.geojson', fixture('good/kunashir-area.geojson'));
    await page.locator('.import-layer', { hasText: 'kunashir-area' }).waitFor();
    expect(await page.locator('.import-status').innerText()).toBe('kunashir-area.geojson imported.');
    expect(await page.locator('.import-layer').innerText()).toContain('1 feature, 5 positions');
    // Brought into view and drawn: its fill renders over the survey area.
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    const drawn = await page.evaluate(() => {
      const m = window.kurilAtlas!.map;
      return { source: m.getSource('import-1') !== undefined, rendered: m.queryRenderedFeatures({ layers: ['import-1-fill', 'import-1-outline'] }).length };
    });
    expect(drawn).toEqual({ source: true, rendered: expect.any(Number) });
    expect(drawn.rendered).toBeGreaterThan(0);
    // Under the labels, as its own layers.
    const ids = await mapLayers(page);
    expect(ids.indexOf('import-1-fill')).toBeLessThan(ids.indexOf('label-sea'));
  });

  it('measures it to its nearest island, Kunashir, as the measuring code gives it', async () => {
    const { page } = atlas;
    await page.getByRole('button', { name: 'Measure kunashir-area' }).click();
    await readout(page).getByText('Kunashir is the nearest island.').waitFor();
    const expected = measureImport(await layerOf('kunashir-area.geojson', 'import-1'), { kind: 'nearest' }, islands, [])!;
    expect(await readout(page).innerText()).toContain(`kunashir-area to Kunashir’s coast: ${formatLength('en', expected.distanceKm)}`);
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    const line = await page.evaluate(() => window.kurilAtlas!.map.queryRenderedFeatures({ layers: ['import-measure-line'] }).length);
    expect(line).toBeGreaterThan(0);
  });

  it('measures it to Hokkaido, in the Measure tab\'s unit', async () => {
    const { page } = atlas;
    await page.getByRole('tab', { name: 'Measure' }).click();
    await page.getByLabel('nmi (nautical miles)').check();
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.locator('#tabpanel-import').getByLabel('Measure to').selectOption({ label: 'Hokkaido' });
    const expected = measureImport(await layerOf('kunashir-area.geojson', 'import-1'), { kind: 'island', id: 'hokkaido' }, islands, [])!;
    const text = `kunashir-area to Hokkaido’s coast: ${formatLength('en', expected.distanceKm, 'nmi')}`;
    await readout(page).getByText(text).waitFor();
    expect(expected.distanceKm).toBeGreaterThan(measureImport(await layerOf('kunashir-area.geojson', 'import-1'), { kind: 'nearest' }, islands, [])!.distanceKm);
  });

  it('exports that measurement as GeoJSON, named after both ends, its length as the readout\'s', async () => {
    const { page } = atlas;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'The measurement of kunashir-area, with its length, as GeoJSON' }).click(),
    ]);
    expect(d.suggestedFilename()).toMatch(/^kuril-atlas_measurement-import-kunashir-area-hokkaido_\d{4}-\d{2}-\d{2}\.geojson$/);
    const fc = JSON.parse(readFileSync((await d.path())!, 'utf8')) as FeatureCollection;
    const expected = measureImport(await layerOf('kunashir-area.geojson', 'import-1'), { kind: 'island', id: 'hokkaido' }, islands, [])!;
    expect(fc.features[0].properties).toMatchObject({ measurement: 'import-to-coast', from: 'kunashir-area', to: 'hokkaido', to_name: 'Hokkaido' });
    expect(fc.features[0].properties?.length_km).toBeCloseTo(expected.distanceKm, 3);
    expect(fc.features[0].geometry.type).toBe('LineString');
    await page.keyboard.press('Escape');
  });

  it('measures it to a second import, with the shortest line drawn between them', async () => {
    const { page } = atlas;
    await chooseFile(page, 'survey-track.geojson', fixture('good/survey-track.geojson'));
    await page.locator('.import-layer', { hasText: 'survey-track' }).waitFor();
    await page.locator('#tabpanel-import').getByLabel('Measure to').selectOption({ label: 'survey-track' });
    const layers = [await layerOf('kunashir-area.geojson', 'import-1'), await layerOf('survey-track.geojson', 'import-2')];
    const expected = measureImport(layers[0], { kind: 'import', id: 'import-2' }, islands, layers)!;
    await readout(page).getByText(`kunashir-area to survey-track: ${formatLength('en', expected.distanceKm, 'nmi')}`).waitFor();
    const ends = await page.evaluate(async () => {
      const s = window.kurilAtlas!.map.getSource('import-measure') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
      return (await s.getData()).features.filter((f) => f.properties?.kind === 'end').map((f) => (f.geometry as GeoJSON.Point).coordinates);
    });
    expect(ends).toEqual(expected.points);
  });

  it('finds nothing for axe on the tab with layers and a measurement', async () => {
    const { page } = atlas;
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol: the built page's Content-Security-Policy refuses an inline <script>.
    await page.evaluate(axeSource);
    const r = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return { passed: r.passes.length, violations: r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
    });
    expect(r.passed).toBeGreaterThan(10);
    expect(r.violations).toEqual([]);
  });

  it('still has both after a reload, and removes them for good', async () => {
    const { page } = atlas;
    await page.reload();
    await atlas.idle();
    await page.locator('.import-layer', { hasText: 'survey-track' }).waitFor();
    expect(await page.locator('.import-layer-name').allInnerTexts()).toEqual(['kunashir-area', 'survey-track']);
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    expect(await page.evaluate(() => ['import-1', 'import-2'].map((id) => window.kurilAtlas!.map.getSource(id) !== undefined))).toEqual([true, true]);

    await page.getByRole('button', { name: 'Remove kunashir-area' }).click();
    await page.getByRole('button', { name: 'Remove survey-track' }).click();
    await page.getByText('No file imported yet.').waitFor();
    expect((await mapLayers(page)).filter((id) => id.startsWith('import-'))).toEqual([]);
    // Reloaded at once: the removals hold even if IndexedDB's deletes had not landed yet.
    await reloadToNoImports(atlas);
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

describe('a removal the page went away before IndexedDB had it', () => {
  it('stays removed on the next visit, and IndexedDB is then emptied', async () => {
    const atlas = await openImportTab();
    try {
      const { page } = atlas;
      await chooseFile(page, 'survey-track.geojson', fixture('good/survey-track.geojson'));
      await page.locator('.import-layer', { hasText: 'survey-track' }).waitFor();
      await expect.poll(() => keptCount(page)).toBe(1);
      // As if Remove had been pressed and the page closed before the delete landed: the removal
      // written down, the layer still in IndexedDB.
      await page.evaluate(() => {
        const [l] = (window.kurilAtlas!.store.getState().slices.import as { layers: { id: string; added: number }[] }).layers;
        localStorage.setItem('kuril-atlas:imports-removed', JSON.stringify([`${l.id}@${l.added}`]));
      });
      await reloadToNoImports(atlas);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('kuril-atlas:imports-removed'))).toBe('[]');
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('malformed files: a message each, and nothing else changed', () => {
  let atlas: AtlasPage;
  beforeAll(async () => { atlas = await openImportTab(); });
  afterAll(async () => { await atlas.close(); });

  it('refuses each with what is wrong and where, leaving the state, the map and the console alone', async () => {
    const { page } = atlas;
    const files = readdirSync(new URL('bad/', FIXTURES)).sort();
    const refused: { file: string; what: string; where: string | null }[] = [];
    for (const file of files) {
      const r = await parseImport(new Blob([fixture(`bad/${file}`)]));
      if (r.ok) continue;
      const p = r.problems[0];
      const m = problemMessage(p);
      const w = whereMessage(p);
      refused.push({ file, what: intl.formatMessage({ id: m.id }, m.values), where: w && intl.formatMessage({ id: w.id }, w.values) });
    }
    expect(refused.length).toBeGreaterThanOrEqual(30);

    const before = await stateNow(page);
    const layersBefore = await mapLayers(page);
    const alert = page.locator('#tabpanel-import [role="alert"]');
    for (const { file, what, where } of refused) {
      await chooseFile(page, file, fixture(`bad/${file}`));
      await alert.getByText(`${file} was not imported:`).waitFor();
      const text = await alert.innerText();
      expect(text, file).toContain(where ? `${where}: ${what}` : what);
      expect(await stateNow(page), file).toBe(before);
    }
    await page.evaluate(() => window.kurilAtlas!.whenIdle());
    expect(await mapLayers(page)).toEqual(layersBefore);
    expect(await page.locator('.import-layer').count()).toBe(0);
    expect(await page.evaluate(() => window.kurilAtlas!.store.getState().notices.length)).toBe(0);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('imports a file with warnings and shows them with its layer', async () => {
    const { page } = atlas;
    await chooseFile(page, 'height-in-every-position.json', fixture('bad/height-in-every-position.json'));
    const item = page.locator('.import-layer', { hasText: 'height-in-every-position' });
    await item.waitFor();
    await item.getByText(/Imported with \d+ warnings?/).click();
    expect(await item.locator('.import-problems').innerText()).toMatch(/positions? ha(s|ve) a height as a third number/);
    await item.getByRole('button', { name: 'Remove height-in-every-position' }).click();
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('imports a GPS\'s GPX track, says it was converted, and measures it to its nearest island', async () => {
    const { page } = atlas;
    await chooseFile(page, 'survey-track.gpx', fixture('good/survey-track.gpx'));
    const item = page.locator('.import-layer', { hasText: 'survey-track' });
    await item.waitFor();
    expect(await item.innerText()).toContain('3 features, 7 positions');
    await item.getByText(/Imported with 2 warnings/).click();
    expect(await item.locator('.import-problems').innerText()).toContain('Read from GPX into GeoJSON');
    await item.getByRole('button', { name: 'Measure survey-track' }).click();
    const expected = measureImport(await layerOf('survey-track.gpx', 'import-1'), { kind: 'nearest' }, islands, [])!;
    expect(expected.to.kind === 'island' && expected.to.island.properties.id).toBe('kunashir');
    await readout(page).getByText(`survey-track to Kunashir’s coast: ${formatLength('en', expected.distanceKm)}`).waitFor();
    await item.getByRole('button', { name: 'Remove survey-track' }).click();
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('says a refused file dropped while another tab is open in a notice, the tab unchanged', async () => {
    const { page } = atlas;
    await page.getByRole('tab', { name: 'Islands' }).click();
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"type":"Point","coordinates":[43.9, 145.8]}'], 'swapped.geojson', { type: 'application/geo+json' }));
      return dt;
    });
    await page.locator('.maplibregl-map').dispatchEvent('dragenter', { dataTransfer: dropped });
    await page.getByText('Drop a GeoJSON, KML or GPX file to import it').waitFor();
    await page.locator('.maplibregl-map').dispatchEvent('drop', { dataTransfer: dropped });
    await page.locator('.notice', { hasText: 'swapped.geojson was not imported' }).waitFor();
    expect(await page.locator('.notice').innerText()).toContain('gives latitude first');
    expect(await page.evaluate(() => window.kurilAtlas!.store.getState().tab)).toBe('island');
    expect(await page.getByText('Drop a GeoJSON, KML or GPX file to import it').count()).toBe(0);
  });
});

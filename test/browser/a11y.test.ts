/**
 * An accessibility audit with axe-core, injected into the built app's page: no violation of any
 * impact on each tab, with the era comparison open, at a laptop's 1440×900 and at a phone's 390×844
 * with touch; and the tab row fits on one line at both. A failure names each violation's rule and
 * the elements it found, so it can be fixed from the log.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const TABS = ['Islands', 'Incidents', 'Borders', 'Sea', 'Energy', 'Measure', 'Import'] as const;

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

/** The violations axe finds on the whole page as it is now, with each element's selector. */
async function audit(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag is refused by the app's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const r = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
  // An audit that checked nothing would pass too: axe must have run its rules on the page.
  expect(r.passed).toBeGreaterThan(10);
  return r.violations;
}

/** One line per violation: `rule (impact): help — target, target`. */
const describeViolations = (where: string, vs: Violation[]) =>
  `axe violations ${where}:\n${vs.map((v) => `  ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`).join('\n')}`;

async function expectClean(page: Page, where: string): Promise<void> {
  const vs = await audit(page);
  expect(vs, describeViolations(where, vs)).toEqual([]);
}

/** The tabs' names, how many rows they take, and whether each lies wholly inside the row's box. */
const tabRow = (page: Page) => page.evaluate(() => {
  const list = document.querySelector('[role="tablist"]')!;
  const row = list.getBoundingClientRect();
  const tabs = [...list.querySelectorAll('[role="tab"]')].map((t) => ({ name: t.textContent, box: t.getBoundingClientRect() }));
  return {
    names: tabs.map((t) => t.name),
    rows: new Set(tabs.map((t) => Math.round(t.box.top))).size,
    inside: tabs.every((t) => t.box.left >= row.left - 0.5 && t.box.right <= row.right + 0.5),
  };
});

/** Brings the tab forward and waits until its panel is shown and the map is idle again. */
async function openTab(atlas: AtlasPage, name: string): Promise<void> {
  const tab = atlas.page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  const panel = atlas.page.locator(`#${await tab.getAttribute('aria-controls')}`);
  await panel.waitFor({ state: 'visible' });
  await atlas.page.evaluate(() => window.kurilAtlas!.whenIdle());
}

describe('axe on a laptop (1440×900)', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, '', { viewport: { width: 1440, height: 900 } });
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  it('shows the seven tabs on one row, none cut off', async () => {
    expect(await tabRow(atlas.page)).toEqual({ names: [...TABS], rows: 1, inside: true });
  });

  for (const name of TABS) {
    it(`finds nothing on the ${name} tab`, async () => {
      await openTab(atlas, name);
      await expectClean(atlas.page, `on the ${name} tab`);
    });
  }

  it('finds nothing with the era comparison open', async () => {
    const { page } = atlas;
    await openTab(atlas, 'Borders');
    await page.getByRole('button', { name: 'Compare two eras side by side' }).click();
    await page.waitForFunction(() => window.kurilAtlasCompare !== undefined);
    await page.evaluate(() => window.kurilAtlasCompare!.whenIdle());
    await page.locator('.era-compare-status').waitFor({ state: 'detached' });
    await expectClean(page, 'with the comparison open');
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('axe on a phone (390×844, touch)', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, '', { viewport: { width: 390, height: 844 }, touch: true });
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  it('shows the seven tabs on one row, none cut off', async () => {
    expect(await tabRow(atlas.page)).toEqual({ names: [...TABS], rows: 1, inside: true });
  });

  it('finds nothing on any tab', async () => {
    const found: string[] = [];
    for (const name of TABS) {
      await openTab(atlas, name);
      const vs = await audit(atlas.page);
      if (vs.length) found.push(describeViolations(`on the ${name} tab`, vs));
    }
    expect(found, found.join('\n')).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

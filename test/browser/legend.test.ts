/**
 * The legend on the map: collapsible by button (and remembered), and it names what the map draws
 * now: the era's land and borders, the sea zones and energy from 1945 on, the four islands by
 * point of view, the incident types shown.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openAtlas, type AtlasPage } from './atlas-page.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('the legend on the map', () => {
  let atlas: AtlasPage;
  let page: Page;
  beforeAll(async () => {
    atlas = await openAtlas(browser, baseUrl, '?era=1855#4.4/47.5/148.5');
    page = atlas.page;
    await atlas.idle();
  });
  afterAll(async () => { await atlas.close(); });

  const toggle = () => page.getByRole('button', { name: /^Legend/ });
  const body = () => page.locator('.map-legend > div');

  it('starts folded on a map narrower than 1,400 px and opens by its button, as a named region', async () => {
    expect(await toggle().getAttribute('aria-expanded')).toBe('false');
    // Its name is its words, without the arrow drawn after them.
    expect(await page.getByRole('button', { name: 'Legend: what the map shows', exact: true }).count()).toBe(1);
    await toggle().click();
    expect(await toggle().getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => body().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: /Legend/ }).count()).toBe(1);
  });

  it('names what 1855 draws, and nothing it does not', async () => {
    await expect.poll(() => body().innerText(), { timeout: 30_000 }).toContain('Sakhalin, undivided');
    const text = await body().innerText();
    expect(text).toContain('1855–1875');
    expect(text).not.toContain('Sea zones');
    expect(text).not.toContain('pipeline');
  });

  it('adds the sea zones, the energy and the four islands in 1945–today, and follows the point of view', async () => {
    await page.getByRole('radio', { name: /^1945/ }).click();
    await expect.poll(() => body().innerText(), { timeout: 30_000 }).toContain('Sea zones');
    const text = await body().innerText();
    for (const s of ['Median line (dotted)', 'Natural gas pipeline', 'The four islands: held by Russia, claimed by Japan', 'Incidents']) expect(text).toContain(s);
    expect(text).not.toContain('Sakhalin, undivided');
    await page.evaluate(() => window.kurilAtlas!.store.setState({ pov: 'japan' }));
    await expect.poll(() => body().innerText()).toContain('The four islands, Japan’s in Japan’s position');
    expect(await body().innerText()).toContain('Japan’s position');
  });

  it('remembers the reader\'s choice across a reload (opened, where it would start folded)', async () => {
    expect(await toggle().getAttribute('aria-expanded')).toBe('true');
    await page.reload();
    await atlas.idle();
    expect(await page.getByRole('button', { name: /^Legend/ }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: /^Legend/ }).click();
    await page.reload();
    await atlas.idle();
    expect(await page.getByRole('button', { name: /^Legend/ }).getAttribute('aria-expanded')).toBe('false');
  });
});

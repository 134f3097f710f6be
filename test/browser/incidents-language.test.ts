/**
 * The incidents in Japanese and Russian: a link with `lang` opens an incident whose popup, list,
 * filters and count are in that language (the catalogue's words, the data's texts from the
 * language's bundle, dates and numbers by Intl), and a switch of language redraws them. The
 * bundle is served by an init script, so the test does not wait on the translators' files.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openAtlas } from './atlas-page.ts';
import type { IncidentCollection } from '../../src/features/incidents/model.ts';

const baseUrl = inject('baseUrl');
const DATA = JSON.parse(readFileSync(new URL('../../public/data/incidents.geojson', import.meta.url), 'utf8')) as IncidentCollection;
const KISSHIN = DATA.features.find((f) => f.properties.id === '2006-08-16-kisshin-maru-31')!.properties;

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** An init script that answers the app's fetch of data/text-<lang>.json with `bundle`. */
function servingTexts(lang: string, bundle: Record<string, string>): string {
  return `{
    const body = ${JSON.stringify(JSON.stringify(bundle))};
    const fetch0 = window.fetch.bind(window);
    window.fetch = (input, opts) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (new URL(url, location.href).pathname.endsWith('/data/text-${lang}.json')) {
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      }
      return fetch0(input, opts);
    };
  }`;
}

const popup = (page: Page) => page.locator('.incident-popup');
/** Intl's narrow no-break spaces (in Russian dates and numbers) as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** The atlas's own words on the tab and in the popup: everything but the data's texts, names and citations. */
const OWN_WORDS = ['.incident-types', '.incident-type-actions', '.incident-disputed-only', '.incident-all-years', '.incident-count', '.incident-years', '.incident-popup dt', '.incident-popup h3', '.incident-waters'];

const CASES = {
  ja: {
    bundle: { [KISSHIN.title]: '貝殻島付近でカニ漁船が銃撃され、乗組員1人が死亡', 'crab-pot fishing boat': 'カニかご漁船' },
    date: '2006年8月16日',
    waters: /^水晶島の沖2\.1海里：ロシアが自国の領海として主張し、取締りを行っている海域。日本はこの海域を自国の領海としている。/,
    vessel: '第31吉進丸、日本：カニかご漁船、4.9トン、乗組員4人、根室所属',
    count: `${DATA.features.length}件中${DATA.features.length}件を表示`,
    close: '閉じる',
  },
  ru: {
    bundle: { [KISSHIN.title]: 'Обстрел краболовного судна у рифа Кайгара; погиб рыбак', 'crab-pot fishing boat': 'краболовное судно' },
    date: '16 августа 2006 г.',
    waters: /^В 2,1 мор\. мили от острова Танфильева: территориальное море, которое Россия считает своим и контролирует; Япония считает эти воды своим территориальным морем\./,
    vessel: 'краболовное судно, Япония, 4,9 т, экипаж 4 человека, порт приписки Немуро',
    count: `${DATA.features.length} из ${DATA.features.length} инцидентов`,
    close: 'Закрыть',
  },
} as const;

describe('the incidents in Japanese and Russian', () => {
  for (const [lang, want] of Object.entries(CASES)) {
    it(`${lang}: a linked incident's popup, the list and the filters speak the language, and follow a switch back to English`, async () => {
      const atlas = await openAtlas(browser, baseUrl, `?lang=${lang}&incident=${KISSHIN.id}`, { init: servingTexts(lang, want.bundle) });
      const { page } = atlas;
      try {
        await atlas.idle();
        await popup(page).waitFor();
        const text = plain(await popup(page).innerText());
        expect(text).toContain(want.bundle[KISSHIN.title]);
        expect(text).not.toContain(KISSHIN.title);
        expect(text).toContain(want.date);
        expect(plain(await page.locator('.incident-popup dd.incident-waters').innerText())).toMatch(want.waters);
        expect(plain(await page.locator('.incident-popup .incident-vessels li').first().innerText())).toContain(want.vessel);
        expect(await page.locator('.incident-popup-close').getAttribute('aria-label')).toBe(want.close);
        // The list follows the store a moment later (a deferred value).
        await expect.poll(() => page.locator('.incident-count').innerText()).toBe(want.count);
        const item = page.locator(`.incident-list [data-incident="${KISSHIN.id}"]`);
        expect(plain(await item.innerText())).toContain(want.date);
        expect(await item.innerText()).toContain(want.bundle[KISSHIN.title]);
        // The atlas's own words hold no Latin letter (the digits and "km" aside).
        for (const sel of OWN_WORDS) {
          for (const t of await page.locator(sel).allInnerTexts()) expect(t.replace(/\bkm\b/g, ''), `${lang} ${sel}`).not.toMatch(/[A-Za-z]/);
        }
        expect(atlas.consoleErrors.filter((e) => e.includes('incidents.'))).toEqual([]);

        await page.evaluate(() => window.kurilAtlas!.store.setState({ lang: 'en' }));
        await page.locator('.incident-popup', { hasText: KISSHIN.title }).waitFor();
        expect(await page.locator('.incident-popup dd.incident-waters').innerText()).toMatch(/^2\.1 nmi off Suisho: inside the territorial sea Russia claims and enforces/);
        await expect.poll(() => page.locator('.incident-count').innerText()).toBe(`${DATA.features.length} of ${DATA.features.length} incidents`);
      } finally {
        await atlas.close();
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../geo/language.ts';
import type { IslandCollection } from '../../geo/types.ts';
import type { IncidentCollection, IncidentProps, IncidentWaters } from './model.ts';
import { coastNamer } from './coast-names.ts';
import { plainSpaces, sayIn } from './__fixtures__/say.ts';
import { watersLine } from './waters-text.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8')) as T;
const all = read<IncidentCollection>('incidents.geojson').features.map((f) => f.properties);
const ISLANDS = read<IslandCollection>('islands.geojson');
const coast = (lang: Language) => coastNamer(ISLANDS, lang);
const name = (id: string) => coast('en')(id).name;
const watersIn = (lang: Language, p: Parameters<typeof watersLine>[0]) => plainSpaces(watersLine(p, coast(lang), sayIn(lang)));
const get = (id: string): IncidentProps => {
  const p = all.find((x) => x.id === id);
  if (!p) throw new Error(`no incident ${id}`);
  return p;
};
const line = (id: string) => watersIn('en', get(id));

describe('watersLine on the real incidents', () => {
  it('says both positions for the 2006 Kisshin Maru, fairly: Russia\'s claim, which it enforces, and Japan\'s', () => {
    expect(line('2006-08-16-kisshin-maru-31')).toBe(
      '2.1 nmi off Suisho: inside the territorial sea Russia claims and enforces; Japan regards these waters as its own territorial sea.',
    );
  });

  it('says just whose zone it is where both positions agree, naming a median line within 12 nmi', () => {
    expect(line('2021-05-28-eiho-maru-172')).toBe('33.2 nmi off Hokkaido: in Japan’s exclusive economic zone, 1.3 nmi from the median line with Russia’s.');
    expect(line('2007-06-01-hoshin-maru-88')).toBe('55.0 nmi off Kamchatka: in Russia’s exclusive economic zone.');
  });

  it('gives the zones each side draws where they differ in kind as well as state (the 1994 earthquake, the 2020 seizure)', () => {
    expect(line('1994-10-04-kuril-earthquake')).toBe(
      '42.5 nmi off Shikotan: inside the exclusive economic zone Russia claims and enforces; Japan regards these waters as its own exclusive economic zone.',
    );
    expect(line('2020-01-15-shoyo-maru-68')).toMatch(/^18\.8 nmi off Shikotan: inside the contiguous zone Russia claims and enforces; Japan regards these waters as its own contiguous zone\.$/);
  });

  it('has no line for events ashore or in the air', () => {
    expect(line('2010-11-01-medvedev-kunashir')).toBeNull();
    expect(line('2008-02-09-tu95-sofu-gan')).toBeNull();
  });

  it('gives both positions in every disputed line and one state\'s zone in every other', () => {
    const sea = all.filter((p) => p.waters !== null);
    expect(sea).toHaveLength(14);
    for (const p of sea) {
      const text = watersIn('en', p)!;
      expect(text, p.id).toMatch(new RegExp(`^\\d+\\.\\d nmi off ${name(p.coast_island)}: `));
      if (p.disputed_waters) {
        expect(text, p.id).toMatch(/Russia claims and enforces; Japan regards these waters as its own /);
      } else {
        expect(text, p.id).toMatch(/: in (Japan|Russia)’s (territorial sea|contiguous zone|exclusive economic zone)[,.]/);
        expect(text, p.id).not.toMatch(/regards|claims/);
      }
    }
  });
});

describe('watersLine on the cases the data does not hold', () => {
  const zone = (state: 'japan' | 'russia', kind: 'territorial-sea' | 'contiguous-zone' | 'eez') => ({ state, kind });
  const at = (waters: IncidentWaters, disputed: boolean) =>
    watersIn('en', { waters, disputed_waters: disputed, coast_distance_km: 400, coast_island: 'iturup' });

  it('says the high seas once when neither position has a zone there', () => {
    expect(at({ japan_view: { zone: null, median_km: null }, russia_view: { zone: null, median_km: null } }, false))
      .toBe('216.0 nmi off Iturup: on the high seas, in no state’s zone in either position.');
  });

  it('says both kinds when the positions agree on the state but not the zone', () => {
    expect(at({ japan_view: { zone: zone('russia', 'contiguous-zone'), median_km: 80 }, russia_view: { zone: zone('russia', 'eez'), median_km: 90 } }, false))
      .toBe('216.0 nmi off Iturup: in Russia’s waters, its contiguous zone in Japan’s position and its exclusive economic zone in Russia’s.');
  });

  it('says the high seas for the position that gives the sea to no one', () => {
    expect(at({ japan_view: { zone: zone('japan', 'eez'), median_km: 5 }, russia_view: { zone: null, median_km: 5 } }, true))
      .toBe('216.0 nmi off Iturup: on the high seas as Russia draws the zones; Japan regards these waters as its own exclusive economic zone.');
  });
});

describe('watersLine in Japanese and Russian', () => {
  const ja = (id: string) => watersIn('ja', get(id));
  const ru = (id: string) => watersIn('ru', get(id));

  it('says both positions of disputed waters, in each language\'s words and digits', () => {
    expect(ja('2006-08-16-kisshin-maru-31')).toBe('水晶島の沖2.1海里：ロシアが自国の領海として主張し、取締りを行っている海域。日本はこの海域を自国の領海としている。');
    expect(ru('2006-08-16-kisshin-maru-31')).toBe(
      'В 2,1 мор. мили от острова Танфильева: территориальное море, которое Россия считает своим и контролирует; Япония считает эти воды своим территориальным морем.',
    );
    expect(ru('1994-10-04-kuril-earthquake')).toBe(
      'В 42,5 мор. мили от острова Шикотан: исключительная экономическая зона, которую Россия считает своей и контролирует; Япония считает эти воды своей исключительной экономической зоной.',
    );
    expect(ja('2020-01-15-shoyo-maru-68')).toBe('色丹島の沖18.8海里：ロシアが自国の接続水域として主張し、取締りを行っている海域。日本はこの海域を自国の接続水域としている。');
  });

  it('names one state\'s zone where the positions agree, and the median line near it', () => {
    expect(ja('2021-05-28-eiho-maru-172')).toBe('北海道の沖33.2海里：日本の排他的経済水域。ロシアとの中間線まで1.3海里。');
    expect(ru('2021-05-28-eiho-maru-172')).toBe('В 33,2 мор. мили от острова Хоккайдо: исключительная экономическая зона Японии, в 1,3 мор. мили от срединной линии с зоной России.');
  });

  it('says "peninsula" for Kamchatka in Russian, where the name stays in the nominative', () => {
    expect(ru('2007-06-01-hoshin-maru-88')).toBe('В 55,0 мор. мили от полуострова Камчатка: исключительная экономическая зона России.');
    expect(ja('2007-06-01-hoshin-maru-88')).toBe('カムチャツカ半島の沖55.0海里：ロシアの排他的経済水域。');
  });

  it('groups thousands and writes the decimal comma in Russian', () => {
    const far = { japan_view: { zone: null, median_km: null }, russia_view: { zone: null, median_km: null } };
    expect(watersIn('ru', { waters: far, disputed_waters: false, coast_distance_km: 2000, coast_island: 'habomai' }))
      .toBe('В 1 079,9 мор. мили от островов Хабомаи: открытое море — ни по позиции Японии, ни по позиции России эти воды не входят в зону какого-либо государства.');
    expect(watersIn('ja', { waters: far, disputed_waters: false, coast_distance_km: 2000, coast_island: 'habomai' }))
      .toBe('歯舞群島の沖1,079.9海里：公海。日本とロシアのどちらの立場でも、いずれの国の水域にも属さない。');
  });

  it('leaves no Latin word in any Japanese or Russian line of the data', () => {
    for (const p of all.filter((x) => x.waters !== null)) {
      for (const lang of ['ja', 'ru'] as const) expect(watersIn(lang, p), `${lang} ${p.id}`).not.toMatch(/[A-Za-z]/);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncidentCollection, IncidentVessel } from './model.ts';
import { INCIDENT_TYPES } from './model.ts';
import { asQuoted, casualtyText, distanceText, eraSpanText, NAMED_PLACES, namedPlaceName, PORT_NAMES, portName, typeName, vesselText } from './words.ts';
import { plainSpaces, sayIn } from './__fixtures__/say.ts';

const INCIDENTS = JSON.parse(readFileSync(new URL('../../../public/data/incidents.geojson', import.meta.url), 'utf8')) as IncidentCollection;
const en = sayIn('en'), ja = sayIn('ja'), ru = sayIn('ru');

describe('casualtyText', () => {
  const c = (killed: number | null, injured: number | null) => ({ killed, injured, note: null });
  it('says the English as before: a number, none, or not reported', () => {
    expect(casualtyText(en, c(1, 0))).toBe('1 killed, none injured.');
    expect(casualtyText(en, c(null, null))).toBe('Killed: not reported, injured: not reported.');
    expect(casualtyText(en, c(0, 12))).toBe('None killed, 12 injured.');
  });
  it('takes the Russian plural form each number asks for (one, few, many)', () => {
    expect(casualtyText(ru, c(1, 0))).toBe('1 погибший, раненых нет.');
    expect(casualtyText(ru, c(3, 21))).toBe('3 погибших, 21 раненый.');
    expect(casualtyText(ru, c(10, 4))).toBe('10 погибших, 4 раненых.');
    expect(casualtyText(ru, c(null, null))).toBe('Число погибших не сообщалось, число раненых не сообщалось.');
  });
  it('counts people in Japanese', () => {
    expect(casualtyText(ja, c(1, 0))).toBe('死者1人、負傷者なし。');
    expect(casualtyText(ja, c(null, 242))).toBe('死者数は不明、負傷者242人。');
  });
});

describe('vesselText', () => {
  const boat: IncidentVessel = { name: 'No. 31 Kisshin Maru', name_ja: '第31吉進丸', name_ru: 'Киссин-мару № 31', count: 1, kind: 'crab-pot fishing boat', side: 'japan', tonnage_t: 4.9, crew: 4, home_port: 'Nemuro' };
  const jets: IncidentVessel = { name: null, name_ja: null, name_ru: null, count: 22, kind: 'F-15 fighter (scrambled)', side: 'japan', tonnage_t: null, crew: null, home_port: null };
  it('writes the English as before', () => {
    expect(vesselText(en, boat)).toBe('Japanese crab-pot fishing boat, 4.9 t, crew of 4, from Nemuro');
    expect(vesselText(en, jets)).toBe('22 × Japanese F-15 fighter (scrambled)');
  });
  it('writes tonnage, crew and port in Japanese and Russian, the port by its own name', () => {
    expect(vesselText(ja, { ...boat, kind: 'カニかご漁船' })).toBe('日本：カニかご漁船、4.9トン、乗組員4人、根室所属');
    expect(vesselText(ru, { ...boat, kind: 'краболовное судно' })).toBe('краболовное судно, Япония, 4,9\u00a0т, экипаж 4 человека, порт приписки Немуро');
    expect(vesselText(ru, { ...boat, kind: 'судно', crew: 17, tonnage_t: 160, home_port: 'Wakkanai' })).toBe('судно, Япония, 160\u00a0т, экипаж 17 человек, порт приписки Вакканай');
    expect(vesselText(ru, { ...boat, kind: 'судно', crew: 24, tonnage_t: null, home_port: null })).toBe('судно, Япония, экипаж 24 человека');
  });
  it('gives a count of 21 in Russian (plural form "one") its number too', () => {
    expect(vesselText(ru, { ...jets, count: 21, kind: 'истребитель F-15 (поднят по тревоге)' })).toBe('21 × истребитель F-15 (поднят по тревоге), Япония');
    expect(vesselText(ja, { ...jets, kind: 'F-15戦闘機（緊急発進）' })).toBe('日本：F-15戦闘機（緊急発進）×22');
  });
});

describe('the names the catalogue gives', () => {
  it('has every home port and every named place of the data', () => {
    const ports = new Set(INCIDENTS.features.flatMap((f) => f.properties.vessels.map((v) => v.home_port)).filter((p): p is string => p !== null));
    expect([...ports].filter((p) => !Object.hasOwn(PORT_NAMES, p))).toEqual([]);
    const places = INCIDENTS.features.map((f) => f.properties.named_place?.name).filter((p): p is string => p !== undefined);
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((p) => !Object.hasOwn(NAMED_PLACES, p))).toEqual([]);
  });
  it('names them in each language, and leaves a name it does not know as it is', () => {
    expect([portName(en, 'Rausu'), portName(ja, 'Rausu'), portName(ru, 'Rausu')]).toEqual(['Rausu', '羅臼', 'Раусу']);
    expect(namedPlaceName(ja, "Sōfu-gan (Lot's Wife)")).toBe('孀婦岩');
    expect(namedPlaceName(en, "Sōfu-gan (Lot's Wife)")).toBe("Sōfu-gan (Lot's Wife)");
    expect(portName(ru, 'Kushiro')).toBe('Kushiro');
    expect(portName(ru, 'constructor')).toBe('constructor');
  });
  it('names every incident type in three languages, each differently from the English', () => {
    for (const type of INCIDENT_TYPES) {
      expect(typeName(ja, type)).not.toBe(typeName(en, type));
      expect(typeName(ru, type)).toMatch(/^[А-ЯЁ][а-яё ]+$/u);
    }
    expect(typeName(ja, 'seizure')).toBe('拿捕');
    expect(typeName(ru, 'seizure')).toBe('Задержание');
  });
});

describe('distanceText and eraSpanText', () => {
  it('write lengths with one decimal in each language\'s digits and units', () => {
    expect(distanceText(en, 1594.62)).toBe('1,594.6 km');
    expect(plainSpaces(distanceText(ru, 1594.62))).toBe('1 594,6 км');
    expect(distanceText(ja, 11.3, 'nmi')).toBe('6.1海里');
    expect(distanceText(ru, 11.3, 'nmi')).toBe('6,1\u00a0мор.\u00a0мили');
  });
  it('write an era\'s years, the open one to today, without grouping the digits', () => {
    expect(eraSpanText(en, '1905')).toBe('1905–1945');
    expect(eraSpanText(en, '1945')).toBe('1945–today');
    expect(eraSpanText(ja, '1945')).toBe('1945年～現在');
    expect(eraSpanText(ru, '1855')).toBe('1855–1875 гг.');
    expect(eraSpanText(ru, '1945')).toBe('с 1945 г. по наши дни');
  });
});

describe('the counts', () => {
  const forms = (say: typeof en, id: 'incidents.count' | 'incidents.chart.bar' | 'incidents.chooser.title', values: (n: number) => Record<string, string | number>) =>
    [1, 2, 5, 21, 34].map((n) => say(id, values(n)));
  it('take the Russian plural forms one, few and many', () => {
    expect(forms(ru, 'incidents.count', (n) => ({ shown: 1, total: n }))).toEqual(['1 из 1 инцидента', '1 из 2 инцидентов', '1 из 5 инцидентов', '1 из 21 инцидента', '1 из 34 инцидентов']);
    expect(forms(ru, 'incidents.chart.bar', (n) => ({ year: '2006', count: n }))).toEqual(['2006: 1 инцидент', '2006: 2 инцидента', '2006: 5 инцидентов', '2006: 21 инцидент', '2006: 34 инцидента']);
    expect(forms(ru, 'incidents.chooser.title', (n) => ({ count: n }))[1]).toBe('Здесь 2 инцидента');
  });
  it('count with 件 in Japanese and say one or many in English', () => {
    expect(ja('incidents.count', { shown: 11, total: 34 })).toBe('34件中11件を表示');
    expect(forms(en, 'incidents.chart.bar', (n) => ({ year: '2006', count: n })).slice(0, 2)).toEqual(['2006: 1 incident', '2006: 2 incidents']);
    expect(en('incidents.count', { shown: 11, total: 34 })).toBe('11 of 34 incidents');
  });
  it('write a year as it is, never with a thousands separator', () => {
    expect(ru('incidents.count.reset', { from: '1945', to: '2021' })).toBe('все годы (1945–2021)');
    expect(en('incidents.chart.label', { first: '1945', last: '2021', from: '1990', to: '2010' })).toMatch(/^Incidents per year, 1945 to 2021, as bars; the brush selects 1990 to 2010\./);
  });
});

describe('asQuoted', () => {
  it('turns the quotation marks inside a quotation into the inner ones of each language', () => {
    expect(ru('incidents.disputed.version', { says: asQuoted('ru', '«Кёсин-мару № 31»'), by: 'AP' })).toBe('«„Кёсин-мару № 31“» — AP');
    expect(ja('incidents.disputed.version', { says: asQuoted('ja', '「貝殻島付近」とする'), by: '報道' })).toBe('「『貝殻島付近』とする」（報道）');
    expect(en('incidents.disputed.version', { says: asQuoted('en', 'near “Kaigara”'), by: 'Kyodo' })).toBe('“near ‘Kaigara’”, says Kyodo');
    expect(asQuoted('ru', 'около 4 часов утра')).toBe('около 4 часов утра');
  });
});

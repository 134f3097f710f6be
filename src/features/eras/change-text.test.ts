/**
 * The eras' words and the change since the era before, written with the real catalogues in
 * English, Japanese and Russian.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { ERA_IDS, type EraLandCollection, type EraTexts } from '../../geo/eras.ts';
import type { IslandCollection } from '../../geo/types.ts';
import type { Language } from '../../geo/language.ts';
import { islandNamer } from '../../geo/island-names.ts';
import { LOCALES } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';
import { eraPanel } from './panel-data.ts';
import { changeSentences } from './change-text.ts';
import { eraWords } from './words.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const eras = read<EraLandCollection>('public/data/eras.geojson');
const texts = read<EraTexts>('public/data/era-texts.json');
const islands = read<IslandCollection>('public/data/islands.geojson');

/** The eras' words in a language, from its catalogue. */
function words(lang: Language) {
  const intl = createIntl({ locale: LOCALES[lang], messages: read<Record<string, string>>(`src/features/eras/i18n/${lang}.json`) });
  return eraWords(lang, (id: MessageId, values) => intl.formatMessage({ id }, values));
}
/** Intl's narrow and no-break spaces (Russian groups thousands with them) as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const panels = Object.fromEntries(ERA_IDS.map((id) => [id, eraPanel(id, eras, texts)]));

describe('eraWords', () => {
  it('labels and spans each era in the language, and captions it with its treaty', () => {
    const [en, ja, ru] = (['en', 'ja', 'ru'] as const).map(words);
    expect(ERA_IDS.map(en.label)).toEqual(['1855', '1875', '1905', '1945–today']);
    expect(ja.label('1945')).toBe('1945年以降');
    expect(en.caption('1905')).toBe('1905–1945: Treaty of Portsmouth');
    expect(ja.caption('1855')).toBe('1855～1875年：日露和親条約（下田条約）');
    expect(ru.caption('1875')).toBe('Петербургский договор (1875–1905 гг.)');
  });

  it('writes areas in whole km² with the language\'s separators and unit', () => {
    expect(words('en').area(32754.6)).toBe('32,755 km²');
    expect(words('en').area(30.2)).toBe('30 km²');
    expect(words('ja').area(32754.6)).toBe('32,755 km²');
    expect(plain(words('ru').area(32754.6))).toBe('32 755 км²');
    expect(plain(words('ru').area(12.34, 1))).toBe('12,3 км²');
  });
});

describe('changeSentences', () => {
  it('1905: names the southern half of Sakhalin and Moneron, from Russia to Japan, in each language', () => {
    const change = panels['1905'].change!;
    const say = (lang: Language) => changeSentences(change, words(lang), islandNamer(islands, lang)).map(plain);
    const area = (lang: Language) => plain(words(lang).area(change.areaKm2));
    expect(say('en')).toEqual([`${area('en')} passed from Russia to Japan: Sakhalin south of the parallel and Moneron.`]);
    expect(say('ja')).toEqual([`ロシアから日本へ移った土地：サハリン（樺太）の北緯50度以南、海馬島（計${area('ja')}）。`]);
    expect(say('ru')).toEqual([`От России к Японии перешло ${area('ru')}: Сахалин южнее 50-й параллели и Монерон.`]);
  });

  it('1875: one sentence per pair of holders, a long list cut to three names and a count in the language\'s plural', () => {
    const change = panels['1875'].change!;
    const en = changeSentences(change, words('en'), islandNamer(islands, 'en'));
    expect(en).toHaveLength(2);
    expect(en.find((s) => s.includes('from Russia to Japan'))).toMatch(/: Shumshu, Atlasov Island, Paramushir and 17 more islands\.$/);
    expect(en.find((s) => s.includes('from joint rule to Russia'))).toMatch(/: Sakhalin and Moneron\.$/);
    const ru = changeSentences(change, words('ru'), islandNamer(islands, 'ru'));
    expect(ru.find((s) => s.startsWith('От России к Японии'))).toMatch(/: Шумшу, Атласова, Парамушир и ещё 17 островов\.$/);
    expect(ru.find((s) => s.startsWith('Из совместного владения к России'))).toMatch(/: Сахалин и Монерон\.$/);
    const ja = changeSentences(change, words('ja'), islandNamer(islands, 'ja'));
    expect(ja.find((s) => s.startsWith('ロシアから日本へ'))).toMatch(/：占守島、阿頼度島、幌筵島、ほか17島（計/);
  });

  it('counts the rest with Russian\'s three plural forms', () => {
    const ru = words('ru');
    expect([1, 3, 5, 21, 22, 25].map((count) => ru.t('eras.change.more', { count }))).toEqual([
      'ещё 1 остров', 'ещё 3 острова', 'ещё 5 островов', 'ещё 21 остров', 'ещё 22 острова', 'ещё 25 островов',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import type { IslandCollection } from '../../geo/types.ts';
import type { Language } from '../../geo/language.ts';
import { LOCALES } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';
import { nameScript, namesInOrder, sortByName } from './names.ts';
import { islandArea } from './area.ts';

const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as IslandCollection;
const iturup = islands.features.find((f) => f.properties.id === 'iturup')!.properties.name;

describe('island names by language', () => {
  it('puts the interface language\'s name first, then the others in the atlas\'s order', () => {
    expect(namesInOrder(iturup, 'en')).toEqual([['en', 'Iturup'], ['ja', '択捉島'], ['ru', 'Итуруп']]);
    expect(namesInOrder(iturup, 'ja')).toEqual([['ja', '択捉島'], ['en', 'Iturup'], ['ru', 'Итуруп']]);
    expect(namesInOrder(iturup, 'ru')).toEqual([['ru', 'Итуруп'], ['en', 'Iturup'], ['ja', '択捉島']]);
  });

  it('tells the language of a name by its script', () => {
    expect(['歯舞諸島', 'はぼまい', 'Малая Курильская гряда', 'Зеленый', 'Habomai-shoto', 'Suishō'].map(nameScript)).toEqual(['ja', 'ja', 'ru', 'ru', 'en', 'en']);
    // Every alias of the data reads as one of the three.
    for (const f of islands.features) for (const a of f.properties.aliases) expect(['en', 'ja', 'ru']).toContain(nameScript(a));
  });

  it('sorts the islands by their name in the language', () => {
    const ru = sortByName(islands.features, 'ru').map((f) => f.properties.name.ru);
    expect(ru[0]).toBe('Анучина');
    expect(ru).toEqual([...ru].sort((a, b) => a.localeCompare(b, 'ru')));
    expect(sortByName(islands.features, 'en')[0].properties.name.en).toBe('Akiyuri');
    expect(sortByName(islands.features, 'ja')).toHaveLength(islands.features.length);
  });
});

describe('islandArea', () => {
  const t = (lang: Language) => {
    const intl = createIntl({ locale: LOCALES[lang], messages: JSON.parse(readFileSync(`src/features/islands/i18n/${lang}.json`, 'utf8')) as Record<string, string> });
    return (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  };
  it('writes one decimal with the language\'s separators and unit', () => {
    expect(islandArea('en', t('en'), 1489.27)).toBe('1,489.3 km²');
    expect(islandArea('ja', t('ja'), 1489.27)).toBe('1,489.3 km²');
    expect(islandArea('ru', t('ru'), 1489.27).replace(/\s/g, ' ')).toBe('1 489,3 км²');
    expect(islandArea('en', t('en'), 12)).toBe('12.0 km²');
  });
});

/**
 * Island names in the reader's language: the script a name is written in (so that the page can
 * tell a screen reader, and a font, which language each name is in), the picker's order and text.
 */
import type { Language } from '../../geo/language.ts';
import { LANGUAGES } from '../../geo/language.ts';
import type { IslandFeature, Names } from '../../geo/types.ts';
import { LOCALES } from '../../i18n/locale.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The language a name is written in, by its script: kana or kanji Japanese, Cyrillic Russian,
 * anything else (the Latin transliterations) English.
 *
 * @example
 * nameScript('歯舞諸島'); // 'ja'
 * nameScript('Малая Курильская гряда'); // 'ru'
 * nameScript('Habomai-shoto'); // 'en'
 */
export function nameScript(name: string): Language {
  if (JAPANESE.test(name)) return 'ja';
  if (CYRILLIC.test(name)) return 'ru';
  return 'en';
}

/**
 * The names in the order the reader meets them: the interface language's first, then the others
 * in the atlas's order.
 *
 * @example
 * namesInOrder({ en: 'Iturup', ja: '択捉島', ru: 'Итуруп' }, 'ru'); // [['ru', 'Итуруп'], ['en', 'Iturup'], ['ja', '択捉島']]
 */
export function namesInOrder(names: Names, lang: Language): [Language, string][] {
  return [lang, ...LANGUAGES.filter((l) => l !== lang)].map((l) => [l, names[l]]);
}

/**
 * The islands sorted by their name in the language, as the language's collation orders them.
 *
 * @example
 * sortByName(islands, 'ru')[0].properties.name.ru; // 'Анучина'
 */
export function sortByName(islands: readonly IslandFeature[], lang: Language): IslandFeature[] {
  const collator = new Intl.Collator(LOCALES[lang]);
  return [...islands].sort((a, b) => collator.compare(a.properties.name[lang], b.properties.name[lang]));
}

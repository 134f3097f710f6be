/** The interface language: remembered choice, else the browser's, else English. */
import { LANGUAGES, type Language } from '../map/ids.ts';
import { readStored, writeStored, type KeyValueStorage } from './storage.ts';

const KEY = 'kuril-atlas:lang';

const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

export function initialLanguage(storage?: KeyValueStorage | null, nav: { language?: string } = navigator): Language {
  const saved = readStored(KEY, storage);
  if (isLanguage(saved)) return saved;
  const browser = nav.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export function rememberLanguage(lang: Language, storage?: KeyValueStorage | null): void {
  writeStored(KEY, lang, storage);
}

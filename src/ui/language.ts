/** The interface language: remembered choice, else the browser's, else English. */
import { LANGUAGES, type Language } from '../map/ids.ts';

const KEY = 'kuril-atlas:lang';

const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

export function initialLanguage(storage: Pick<Storage, 'getItem'> | null = safeStorage(), nav: { language?: string } = navigator): Language {
  const saved = storage?.getItem(KEY);
  if (isLanguage(saved)) return saved;
  const browser = nav.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

export function rememberLanguage(lang: Language, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try { storage?.setItem(KEY, lang); } catch { /* private mode: the choice lasts for the visit only */ }
}

function safeStorage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

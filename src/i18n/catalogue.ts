/**
 * The interface's message catalogues: one JSON file per language in each folder that has words
 * of its own (`src/ui/i18n/`, `src/features/<name>/i18n/`), ICU MessageFormat, every key
 * prefixed with its folder's name (`incidents.popup.close`). Vite makes each file its own chunk,
 * so a reader downloads only the catalogues of the language in use, and only once the map's
 * first view is drawn (the app that asks for them loads then).
 */
import type { Language } from '../geo/language.ts';
import { LANGUAGES } from '../geo/language.ts';

export type Messages = Record<string, string>;

const files = import.meta.glob<Messages>(['../ui/i18n/*.json', '../features/*/i18n/*.json'], { import: 'default' });

/** The catalogue file paths of one language, as Vite sees them. */
export function catalogueFiles(lang: Language): string[] {
  return Object.keys(files).filter((p) => p.endsWith(`/i18n/${lang}.json`)).sort();
}

/** Every message of a language, merged from its folders' catalogues. */
export async function loadMessages(lang: Language): Promise<Messages> {
  if (!LANGUAGES.includes(lang)) throw new Error(`no catalogue for language “${String(lang)}”`);
  const parts = await Promise.all(catalogueFiles(lang).map((p) => files[p]()));
  return Object.assign({}, ...parts) as Messages;
}

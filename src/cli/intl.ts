/**
 * The command line's words, in the language `--lang` asks for: react-intl's `createIntl` (no
 * React components) over the same ICU catalogues the app loads. Its own messages are in
 * src/cli/i18n/ (`cli.*`); the readouts' sentences are the Measure tab's and the zones' names the
 * Sea tab's, and positions are written as the app writes them, so the two always say the same.
 */
import { readFileSync } from 'node:fs';
import { createIntl, type IntlShape } from 'react-intl';
import { isLanguage, LANGUAGES, type Language } from '../geo/language.ts';
import type { Say, Words } from '../geo/readout.ts';
import { LOCALES } from '../i18n/locale.ts';

/** The catalogue folders the command line reads, from the repository's root. */
const FOLDERS = ['src/cli', 'src/ui', 'src/features/measure', 'src/features/sea'];

function messagesOf(lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FOLDERS) Object.assign(out, JSON.parse(readFileSync(new URL(`../../${f}/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>);
  return out;
}

/** The command line's words in one language. */
export interface CliWords extends Words { intl: IntlShape }

export function cliWords(lang: Language): CliWords {
  const intl = createIntl({
    locale: LOCALES[lang], defaultLocale: 'en-GB', messages: messagesOf(lang),
    // A missing message is a bug the catalogue test catches; never print react-intl's warnings.
    onError: (e) => { throw e; },
  });
  const say: Say = (id, values) => intl.formatMessage({ id }, values);
  return { intl, say, lang };
}

/** `--lang`'s value as a language, or null for one the atlas does not speak. */
export function parseLang(value: string): Language | null {
  const v = value.trim().toLowerCase();
  return isLanguage(v) ? v : null;
}

export const LANGUAGE_LIST = LANGUAGES.join(', ');

/**
 * A message function for the unit tests, made from the incidents' catalogues as the app's is
 * (react-intl's `createIntl`, the same locales), so that pure code can be tested in each language.
 */
import { createIntl } from 'react-intl';
import type { Language } from '../../../geo/language.ts';
import { LOCALES } from '../../../i18n/locale.ts';
import type { MessageId } from '../../../i18n/ids.ts';
import type { Say } from '../words.ts';
import en from '../i18n/en.json';
import ja from '../i18n/ja.json';
import ru from '../i18n/ru.json';

const CATALOGUES: Record<Language, Record<string, string>> = { en, ja, ru };

export function sayIn(lang: Language): Say {
  const intl = createIntl({ locale: LOCALES[lang], messages: CATALOGUES[lang] as Record<MessageId, string>, onError: (e) => { throw e; } });
  return (id, values) => intl.formatMessage({ id }, values);
}

/** Intl's narrow no-break spaces (in Russian numbers and dates) as plain spaces, for comparing. */
export const plainSpaces = (s: string | null): string | null => (s === null ? null : s.replace(/[\u00a0\u202f]/g, ' '));

import { LANGUAGE_NAMES } from '../i18n/locale.ts';
import { LANGUAGES, type Language } from '../map/ids.ts';
import { useT } from '../i18n/provider.tsx';

/** Each language by its own name, so a reader finds theirs whatever the interface is in. */

/**
 * A radio group of the three languages; arrow keys move within it natively. The choice changes
 * the whole interface (words, dates, numbers and units) and the map's names, and is kept in the
 * link and remembered for the next visit.
 */
export function LanguageSwitch(props: { value: Language; onChange: (lang: Language) => void }) {
  const t = useT();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('app.language.legend')}</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} lang={lang} className={props.value === lang ? 'is-selected' : undefined}>
          <input type="radio" name="lang" value={lang} checked={props.value === lang} onChange={() => props.onChange(lang)} />
          {LANGUAGE_NAMES[lang]}
        </label>
      ))}
    </fieldset>
  );
}

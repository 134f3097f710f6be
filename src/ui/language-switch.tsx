import { LANGUAGES, type Language } from '../map/ids.ts';

const LABEL: Record<Language, string> = { en: 'English', ja: '日本語', ru: 'Русский' };

/** A radio group of the three interface languages; arrow keys move within it natively. */
export function LanguageSwitch(props: { value: Language; onChange: (lang: Language) => void }) {
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">Map language</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} lang={lang} className={props.value === lang ? 'is-selected' : undefined}>
          <input type="radio" name="lang" value={lang} checked={props.value === lang} onChange={() => props.onChange(lang)} />
          {LABEL[lang]}
        </label>
      ))}
    </fieldset>
  );
}

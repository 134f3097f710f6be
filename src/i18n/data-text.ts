/**
 * The data's texts in the language in use: public/data/text-<lang>.json (built by
 * geo/build-text.ts), fetched once per language the reader picks, never for English.
 */
import type { Language } from '../geo/language.ts';
import type { TextBundle } from './text-fields.ts';

const loaded = new Map<Language, Promise<TextBundle | null>>();

/** The bundle of a language (null for English, whose texts are the data's own). */
export function loadDataTexts(lang: Language, fetchFn: typeof fetch = fetch): Promise<TextBundle | null> {
  if (lang === 'en') return Promise.resolve(null);
  let p = loaded.get(lang);
  if (!p) {
    p = (async () => {
      const file = `text-${lang}.json`;
      const res = await fetchFn(new URL(`data/${file}`, window.location.href).href);
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      const json: unknown = await res.json().catch(() => { throw new Error(`${file} is not valid JSON`); });
      if (!json || typeof json !== 'object' || Array.isArray(json) || Object.values(json).some((v) => typeof v !== 'string')) {
        throw new Error(`${file} is malformed: it must be one object of texts`);
      }
      return json as TextBundle;
    })();
    // A failed load may be tried again on the next switch.
    p.catch(() => loaded.delete(lang));
    loaded.set(lang, p);
  }
  return p;
}

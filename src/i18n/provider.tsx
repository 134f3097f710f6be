/**
 * The interface language, for the React app: loads the catalogues and the data's texts of the
 * store's `lang` and gives them to the components through react-intl's `IntlProvider` (words,
 * ICU plurals, dates and numbers by `Intl`) and `useDataText` (the data files' texts). The page's
 * `<html lang>` and title follow. A switch keeps the old language on screen until the new one
 * has arrived; a language that cannot be loaded leaves the old one in place, the store's `lang`
 * put back, and says so in a notice.
 *
 * Why react-intl (FormatJS): its messages are ICU MessageFormat, the standard the catalogues are
 * written in, with plural and select rules taken from the platform's `Intl.PluralRules` (three
 * forms in Russian), and its date and number formatting is `Intl` itself; it needs no plugins
 * for any of that, and `createIntl` serves the command line, which has no React, from the same
 * catalogues.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Language } from '../geo/language.ts';
import { notify, setCore } from '../state/store.ts';
import { useAtlas, useAtlasStore } from '../state/react.tsx';
import { loadMessages, type Messages } from './catalogue.ts';
import { loadDataTexts } from './data-text.ts';
import { LANGUAGE_NAMES, LOCALES } from './locale.ts';
import { localise, localiseFeatures, type TextBundle } from './text-fields.ts';
import type { MessageId } from './ids.ts';

interface Loaded { lang: Language; messages: Messages; texts: TextBundle | null }

const DataTextContext = createContext<{ lang: Language; texts: TextBundle | null }>({ lang: 'en', texts: null });


export function I18nProvider({ children }: { children: ReactNode }) {
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = useRef<Loaded | null>(null);
  useEffect(() => { current.current = loaded; }, [loaded]);

  useEffect(() => {
    if (current.current?.lang === lang) return;
    let cancelled = false;
    Promise.all([loadMessages(lang), loadDataTexts(lang)])
      .then(([messages, texts]) => { if (!cancelled) setLoaded({ lang, messages, texts }); })
      .catch((e: unknown) => {
        if (cancelled) return;
        const had = current.current;
        const reason = e instanceof Error ? e.message : String(e);
        if (had) {
          // Keep what is on screen, in the language it is in.
          setCore(store, { lang: had.lang });
          notify(store, { id: 'language', message: 'app.language.failed', values: { language: LANGUAGE_NAMES[lang], reason } });
        } else if (lang !== 'en') {
          notify(store, { id: 'language', text: `The ${LANGUAGE_NAMES[lang]} interface could not be loaded (${reason}); showing English.` });
          setCore(store, { lang: 'en' });
        } else {
          notify(store, { id: 'language', text: `The interface's words could not be loaded (${reason}). Reload the page to try again.` });
        }
      });
    return () => { cancelled = true; };
  }, [lang, store]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.lang;
    const title = loaded.messages['app.title'];
    if (title) document.title = title;
  }, [loaded]);

  const data = useMemo(() => ({ lang: loaded?.lang ?? 'en', texts: loaded?.texts ?? null }), [loaded]);
  if (!loaded) return null;
  return (
    <IntlProvider locale={LOCALES[loaded.lang]} messages={loaded.messages as Record<MessageId, string>} defaultLocale="en-GB">
      <DataTextContext.Provider value={data}>{children}</DataTextContext.Provider>
    </IntlProvider>
  );
}

/** The language the interface is in now (the store's `lang` may be one still loading). */
export function useLanguage(): Language {
  return useContext(DataTextContext).lang;
}

/** The interface language and its data texts (null for English), for code that localises outside React's render (the export). */
export function useDataTexts(): { lang: Language; texts: TextBundle | null } {
  return useContext(DataTextContext);
}

/** A data file's document with its texts in the interface language (memoised per document and language). */
export function useLocalised<T>(file: string, doc: T): T {
  const { texts } = useContext(DataTextContext);
  return useMemo(() => localise(file, doc, texts), [file, doc, texts]);
}

/** `useLocalised` for a list of a file's features. */
export function useLocalisedFeatures<F extends { properties: unknown }>(file: string, features: readonly F[] | null): F[] | null {
  const { texts } = useContext(DataTextContext);
  return useMemo(() => (features ? localiseFeatures(file, features, texts) : null), [file, features, texts]);
}

/** The message function of the interface language: `t('incidents.popup.close')`, `t(id, { count })`. */
export function useT(): (id: MessageId, values?: Record<string, string | number | Date>) => string {
  const intl = useIntl();
  return useMemo(() => (id: MessageId, values?: Record<string, string | number | Date>) => intl.formatMessage({ id }, values), [intl]);
}

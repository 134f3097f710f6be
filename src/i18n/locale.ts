/**
 * Dates and numbers in the reader's language, through the platform's `Intl` (no tables of our
 * own): the one place that maps the atlas's three languages to locales. Used by the app (through
 * the formatters react-intl is given) and by the command line, which has no React.
 */
import { parsePartialDate, type DateRange } from '../geo/partial-date.ts';
import type { Language } from '../geo/language.ts';

/**
 * The locale each language writes in. English is British usage (16 August 2006, the day first),
 * which the atlas's English texts were written in.
 */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP', ru: 'ru-RU' };

/** Each language's name in itself, as the switch shows it and notices name it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語', ru: 'Русский' };

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) { f = new Intl.DateTimeFormat(LOCALES[lang], { ...opts, timeZone: 'UTC' }); cache.set(key, f); }
  return f;
}

const PRECISION_OPTIONS: Record<DateRange['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** Japanese writes a span with a wave dash and drops the repeated year from the end, not the start. */
const SPAN: Record<Language, { dash: string; yearOnEnd: boolean }> = {
  en: { dash: ' – ', yearOnEnd: true },
  ru: { dash: ' – ', yearOnEnd: true },
  ja: { dash: '～', yearOnEnd: false },
};
const DAY_DASH: Record<Language, string> = { en: '–', ru: '–', ja: '～' };

function join(parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => p.value).join('').trim();
}

/**
 * A partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or a span of two, at the precision the
 * data has and no finer: "November 2005" / "2005年11月" / "ноябрь 2005 г.", never a made-up day.
 * A span within one month writes the month once ("18–23 August 1945", "1945年8月18日～23日",
 * "18–23 августа 1945 г."). Text that is not a partial date is returned as it is.
 */
export function formatPartialDate(lang: Language, date: string, dateEnd: string | null = null): string {
  const a = parsePartialDate(date);
  if (!a) return date;
  const whole = (r: DateRange) => (lang === 'ru' && r.precision === 'year'
    // Intl writes a Russian year alone as bare digits; Russian prose marks it (1947 г.).
    ? `${r.first.slice(0, 4)}\u00a0г.`
    : dateFormat(lang, PRECISION_OPTIONS[r.precision]).format(r.startMs));
  const b = dateEnd === null ? null : parsePartialDate(dateEnd);
  if (!b) return whole(a);
  // A span of years in Russian marks both at once: 1947–1949 гг.
  if (lang === 'ru' && a.precision === 'year' && b.precision === 'year') return `${a.first.slice(0, 4)}–${b.first.slice(0, 4)}\u00a0гг.`;
  const span = SPAN[lang];
  const [ya, ma] = a.first.split('-');
  const [yb, mb] = b.first.split('-');
  if (a.precision === 'day' && b.precision === 'day' && ya === yb) {
    if (ma === mb) {
      // The end date written in full, its day replaced by the two days.
      const parts = dateFormat(lang, PRECISION_OPTIONS.day).formatToParts(b.startMs);
      const dayA = dateFormat(lang, { day: 'numeric' }).formatToParts(a.startMs).find((p) => p.type === 'day')?.value ?? '';
      const marker = lang === 'ja' ? '日' : '';
      return join(parts.map((p) => (p.type === 'day' ? { ...p, value: `${dayA}${marker}${DAY_DASH[lang]}${p.value}` } : p)));
    }
    const short = (r: DateRange) => dateFormat(lang, { month: 'long', day: 'numeric' }).format(r.startMs);
    return span.yearOnEnd ? `${short(a)}${span.dash}${whole(b)}` : `${whole(a)}${span.dash}${short(b)}`;
  }
  return `${whole(a)}${span.dash}${whole(b)}`;
}

const numberCache = new Map<string, Intl.NumberFormat>();
/** A number in the language's digits and separators: 16.2 / 16,2; 12,345 / 12 345. */
export function formatNumber(lang: Language, value: number, opts: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = numberCache.get(key);
  if (!f) { f = new Intl.NumberFormat(LOCALES[lang], opts); numberCache.set(key, f); }
  return f.format(value);
}

/**
 * What goes between two sentences in running text: a space in English and Russian, nothing in
 * Japanese, whose full stop 。 already ends the sentence with its own space.
 */
export const sentenceGap = (lang: Language): string => (lang === 'ja' ? '' : ' ');

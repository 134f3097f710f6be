/**
 * Lengths and areas in the reader's language: the number through `Intl` (16.2 / 16,2; 1,594.6 /
 * 1 594,6), one decimal as everywhere in the atlas (src/geo/units.ts says why), and the unit as
 * the language writes it after a number: 16.2 km, 8.8海里, 16,2 км, 8,8 мор. мили.
 *
 * The units are a table here rather than catalogue messages because the map draws them too (the
 * measure's labels, from the store, without React or a loaded catalogue) and the command line
 * writes them: one table keeps every place in agreement. `Intl` cannot do it alone: it has no
 * nautical mile and no square units, and its short Russian mile («ми») is rarely seen in print.
 * Russian takes the genitive singular after a decimal fraction (16,2 мили), which every length
 * here has.
 */
import type { Language } from '../geo/language.ts';
import { convertKm, convertKm2, type DistanceUnit } from '../geo/units.ts';
import { formatNumber } from './locale.ts';

type Unit = { length: string; area: string };
/** How each language writes each unit after a number: `#` is the number. */
const UNITS: Record<Language, Record<DistanceUnit, Unit>> = {
  en: { km: { length: '# km', area: '# km²' }, mi: { length: '# mi', area: '# mi²' }, nmi: { length: '# nmi', area: '# nmi²' } },
  ja: { km: { length: '# km', area: '# km²' }, mi: { length: '#マイル', area: '#平方マイル' }, nmi: { length: '#海里', area: '#平方海里' } },
  ru: { km: { length: '# км', area: '# км²' }, mi: { length: '# мили', area: '# кв. мили' }, nmi: { length: '# мор. мили', area: '# кв. мор. мили' } },
};

const fixed = (decimals: number): Intl.NumberFormatOptions => ({ minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const place = (pattern: string, n: string) => pattern.replace('#', n);

/**
 * A length given in km, written in `unit` with one decimal.
 *
 * @example
 * formatLength('en', 16.21);        // '16.2 km'
 * formatLength('ru', 16.21);        // '16,2 км'
 * formatLength('ja', 16.21, 'nmi'); // '8.8海里'
 */
export function formatLength(lang: Language, km: number, unit: DistanceUnit = 'km'): string {
  return place(UNITS[lang][unit].length, formatNumber(lang, convertKm(km, unit) || 0, fixed(1)));
}

/**
 * An area given in km², written in square `unit`s with `decimals` decimals (one by default;
 * the era maps give whole km²).
 *
 * @example
 * formatAreaIn('ru', 1480.73);      // '1 480,7 км²'
 * formatAreaIn('ja', 1480.73, 'mi'); // '571.7平方マイル'
 */
export function formatAreaIn(lang: Language, km2: number, unit: DistanceUnit = 'km', decimals = 1): string {
  return place(UNITS[lang][unit].area, formatNumber(lang, convertKm2(km2, unit) || 0, fixed(decimals)));
}

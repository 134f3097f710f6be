/** How the island panel writes an area: one decimal, the language's separators and unit. */
import type { Language } from '../../geo/language.ts';
import { formatNumber } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/**
 * An area in km² with one decimal, as the atlas writes island areas.
 *
 * @example
 * islandArea('en', t, 1489.27); // '1,489.3 km²'
 * islandArea('ru', t, 1489.27); // '1 489,3 км²'
 */
export function islandArea(lang: Language, t: Translate, km2: number): string {
  return t('islands.unit.km2', { value: formatNumber(lang, km2, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

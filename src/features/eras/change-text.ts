/**
 * What changed since the era before, in the reader's language: one sentence per pair of holders
 * ("36,121 km² passed from Russia to Japan: Sakhalin south of the parallel and Moneron."), the
 * islands named in the language and listed by `Intl.ListFormat`, a long list cut to three and a
 * count of the rest.
 */
import { LOCALES } from '../../i18n/locale.ts';
import type { EraChange, ChangePlace } from './panel-data.ts';
import type { EraWords } from './words.ts';

/** Lists longer than this name their first three islands and count the rest. */
const MAX_NAMED = 4;

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let f = lists.get(locale);
  if (!f) { f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }); lists.set(locale, f); }
  return f;
}

function placeName(p: ChangePlace, w: EraWords, islandName: (id: string) => string): string {
  const island = islandName(p.island);
  if (p.half === 'south') return w.t('eras.change.south', { island });
  if (p.half === 'north') return w.t('eras.change.north', { island });
  return island;
}

/**
 * The change as sentences, one per pair of holders, in the language of `w`.
 *
 * @example
 * changeSentences(panel1905.change, eraWords('en', t), name);
 * // ['36,121 km² passed from Russia to Japan: Sakhalin south of the parallel and Moneron.']
 */
export function changeSentences(change: EraChange, w: EraWords, islandName: (id: string) => string): string[] {
  return change.totals.map((total) => {
    const names = total.places.map((p) => placeName(p, w, islandName));
    const listed = names.length > MAX_NAMED
      ? [...names.slice(0, MAX_NAMED - 1), w.t('eras.change.more', { count: names.length - (MAX_NAMED - 1) })]
      : names;
    return w.t('eras.change.moved', {
      area: w.area(total.areaKm2), from: total.from, to: total.to, places: listFormat(LOCALES[w.lang]).format(listed),
    });
  });
}

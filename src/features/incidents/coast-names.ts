/**
 * The coast islands of the incidents (`coast_island`, an id of islands.geojson) as the popup
 * names them: the name in the interface language, and what kind of land it is, which Russian
 * must say ("от острова Кунашир", "от островов Хабомаи", "от полуострова Камчатка") because the
 * name itself stays in the nominative.
 */
import type { Language } from '../../geo/language.ts';
import type { IslandCollection, Names } from '../../geo/types.ts';
import type { MessageId } from '../../i18n/ids.ts';

/** An island, a group of islands, or a peninsula (Kamchatka). */
export type Landform = 'island' | 'islands' | 'peninsula';

export interface CoastName {
  /** The name in the interface language, without the word for "island" the messages add. */
  name: string;
  form: Landform;
}

/**
 * What kind of land a feature of islands.geojson is, read from its names: Japanese writes a
 * peninsula 半島 (カムチャツカ半島), English a group "Islands" (Habomai Islands).
 */
export function landformOf(names: Names): Landform {
  if (names.ja.endsWith('半島')) return 'peninsula';
  if (/\bIslands$/.test(names.en)) return 'islands';
  return 'island';
}

/** Russian names that already say "island" (остров Беринга): the messages say it themselves. */
const RU_LANDFORM_WORD = /^(?:полуостров|острова|остров)\s+/u;

/**
 * A namer for coast island ids in `lang`. Until the islands are loaded, or for an id they lack,
 * the id stands for the name.
 *
 * @example
 * coastNamer(islands, 'ru')('kamchatka');     // { name: 'Камчатка', form: 'peninsula' }
 * coastNamer(islands, 'ru')('bering-island'); // { name: 'Беринга', form: 'island' }
 */
export function coastNamer(islands: IslandCollection | null, lang: Language): (id: string) => CoastName {
  const names = new Map((islands?.features ?? []).map((f) => {
    const n = f.properties.name;
    const name = lang === 'ru' ? n.ru.replace(RU_LANDFORM_WORD, '') : n[lang];
    return [f.properties.id, { name, form: landformOf(n) }] as const;
  }));
  return (id) => names.get(id) ?? { name: id, form: 'island' };
}

/** The message naming a coast in the nominative, with who administers it: "Kunashir (Russian-administered)". */
export const COAST_NAME: Readonly<Record<Landform, MessageId>> = {
  island: 'incidents.coastName.island',
  islands: 'incidents.coastName.islands',
  peninsula: 'incidents.coastName.peninsula',
};

/** The message saying how far off a coast a marker lies: "6.1 nmi off Kunashir". */
export const COAST_OFF: Readonly<Record<Landform, MessageId>> = {
  island: 'incidents.waters.off.island',
  islands: 'incidents.waters.off.islands',
  peninsula: 'incidents.waters.off.peninsula',
};

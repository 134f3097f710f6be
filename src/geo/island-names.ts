/** Island ids of islands.geojson as the names a reader sees. */
import type { Language } from './language.ts';
import type { IslandCollection } from './types.ts';

/**
 * A namer for the island ids of islands.geojson: each id to its name there in `lang` (English
 * unless asked), which the id alone cannot give (`atlasov` is Atlasov Island, 阿頼度島,
 * остров Атласова). Until the islands are loaded (`null`), or for an id they lack, the id
 * stands for itself.
 *
 * @example
 * islandNamer(islands)('atlasov');       // 'Atlasov Island'
 * islandNamer(islands, 'ja')('iturup');  // '択捉島'
 * islandNamer(null)('atlasov');          // 'atlasov'
 */
export function islandNamer(islands: IslandCollection | null, lang: Language = 'en'): (id: string) => string {
  const names = new Map((islands?.features ?? []).map((f) => [f.properties.id, f.properties.name[lang]]));
  return (id) => names.get(id) ?? id;
}

/** Island ids of islands.geojson as the names a reader sees. */
import type { IslandCollection } from './types.ts';

/**
 * A namer for the island ids of islands.geojson: each id to its English name there, which the id
 * alone cannot give (`atlasov` is Atlasov Island). Until the islands are loaded (`null`), or for
 * an id they lack, the id stands for itself.
 *
 * @example
 * islandNamer(islands)('atlasov'); // 'Atlasov Island'
 * islandNamer(null)('atlasov');    // 'atlasov'
 */
export function islandNamer(islands: IslandCollection | null): (id: string) => string {
  const names = new Map((islands?.features ?? []).map((f) => [f.properties.id, f.properties.name.en]));
  return (id) => names.get(id) ?? id;
}

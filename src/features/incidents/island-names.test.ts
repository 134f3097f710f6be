import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { islandNamer } from '../../geo/island-names.ts';
import type { IncidentCollection } from './model.ts';
import type { IslandCollection } from '../../geo/types.ts';

const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8')) as T;
const ISLANDS = load<IslandCollection>('islands.geojson');
const INCIDENTS = load<IncidentCollection>('incidents.geojson');

// The popup used to title-case the id, which misnamed Atlasov Island as "Atlasov".
describe('islandNamer (regression: coast islands named from their ids)', () => {
  const name = islandNamer(ISLANDS);

  it.each([
    ['atlasov', 'Atlasov Island'],
    ['antsiferov', 'Antsiferov Island'],
    ['medny', 'Medny Island'],
    ['karaginsky', 'Karaginsky Island'],
    ['brat-chirpoyev', 'Brat Chirpoyev'],
    ['kunashir', 'Kunashir'],
  ])('names %s as islands.geojson does: %s', (id, en) => {
    expect(name(id)).toBe(en);
  });

  it('has a name for the coast island of every incident', () => {
    const unnamed = INCIDENTS.features.map((f) => f.properties.coast_island).filter((id) => name(id) === id);
    expect(unnamed).toEqual([]);
  });

  it('lets the id stand for itself until the islands are loaded, and for an id they lack', () => {
    expect(islandNamer(null)('atlasov')).toBe('atlasov');
    expect(name('atlantis')).toBe('atlantis');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIncidentDate, formatKm, islandNamer } from './incident-format.ts';
import type { IncidentCollection } from '../geo/incidents.ts';
import type { IslandCollection } from '../geo/types.ts';

const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8')) as T;
const ISLANDS = load<IslandCollection>('islands.geojson');
const INCIDENTS = load<IncidentCollection>('incidents.geojson');

describe('formatIncidentDate', () => {
  it.each([
    ['2006-08-16', null, '16 August 2006'],
    ['2005-11', null, 'November 2005'],
    ['2011', null, '2011'],
    ['1945-08-18', '1945-08-23', '18–23 August 1945'],
    ['1945-08-28', '1945-09-03', '28 August – 3 September 1945'],
    ['2007-12-31', '2008-01-02', '31 December 2007 – 2 January 2008'],
    ['2011-09', '2011-10', 'September 2011 – October 2011'],
  ])('%s to %s reads %s', (date, end, words) => {
    expect(formatIncidentDate(date, end)).toBe(words);
  });

  it('leaves a malformed date as it is rather than inventing one', () => {
    expect(formatIncidentDate('2007-13', null)).toBe('2007-13');
  });
});

describe('formatKm', () => {
  it.each([[0, '0 km'], [3.54, '3.5 km'], [9.96, '10 km'], [61.39, '61 km'], [1594.62, '1,595 km']])('%d km reads %s', (km, text) => {
    expect(formatKm(km)).toBe(text);
  });
});

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

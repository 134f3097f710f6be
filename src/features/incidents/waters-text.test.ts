import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { islandNamer } from '../../geo/island-names.ts';
import type { IslandCollection } from '../../geo/types.ts';
import type { IncidentCollection, IncidentProps, IncidentWaters } from './model.ts';
import { watersLine } from './waters-text.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8')) as T;
const all = read<IncidentCollection>('incidents.geojson').features.map((f) => f.properties);
const name = islandNamer(read<IslandCollection>('islands.geojson'));
const get = (id: string): IncidentProps => {
  const p = all.find((x) => x.id === id);
  if (!p) throw new Error(`no incident ${id}`);
  return p;
};
const line = (id: string) => watersLine(get(id), name);

describe('watersLine on the real incidents', () => {
  it('says both positions for the 2006 Kisshin Maru, fairly: Russia\'s claim, which it enforces, and Japan\'s', () => {
    expect(line('2006-08-16-kisshin-maru-31')).toBe(
      '2.1 nmi off Suisho: inside the territorial sea Russia claims and enforces; Japan regards these waters as its own territorial sea.',
    );
  });

  it('says just whose zone it is where both positions agree, naming a median line within 12 nmi', () => {
    expect(line('2021-05-28-eiho-maru-172')).toBe('33.2 nmi off Hokkaido: in Japan’s exclusive economic zone, 1.3 nmi from the median line with Russia’s.');
    expect(line('2007-06-01-hoshin-maru-88')).toBe('55.0 nmi off Kamchatka: in Russia’s exclusive economic zone.');
  });

  it('gives the zones each side draws where they differ in kind as well as state (the 1994 earthquake, the 2020 seizure)', () => {
    expect(line('1994-10-04-kuril-earthquake')).toBe(
      '42.5 nmi off Shikotan: inside the exclusive economic zone Russia claims and enforces; Japan regards these waters as its own exclusive economic zone.',
    );
    expect(line('2020-01-15-shoyo-maru-68')).toMatch(/^18\.8 nmi off Shikotan: inside the contiguous zone Russia claims and enforces; Japan regards these waters as its own contiguous zone\.$/);
  });

  it('has no line for events ashore or in the air', () => {
    expect(line('2010-11-01-medvedev-kunashir')).toBeNull();
    expect(line('2008-02-09-tu95-sofu-gan')).toBeNull();
  });

  it('gives both positions in every disputed line and one state\'s zone in every other', () => {
    const sea = all.filter((p) => p.waters !== null);
    expect(sea).toHaveLength(14);
    for (const p of sea) {
      const text = watersLine(p, name)!;
      expect(text, p.id).toMatch(new RegExp(`^\\d+\\.\\d nmi off ${name(p.coast_island)}: `));
      if (p.disputed_waters) {
        expect(text, p.id).toMatch(/Russia claims and enforces; Japan regards these waters as its own /);
      } else {
        expect(text, p.id).toMatch(/: in (Japan|Russia)’s (territorial sea|contiguous zone|exclusive economic zone)[,.]/);
        expect(text, p.id).not.toMatch(/regards|claims/);
      }
    }
  });
});

describe('watersLine on the cases the data does not hold', () => {
  const zone = (state: 'japan' | 'russia', kind: 'territorial-sea' | 'contiguous-zone' | 'eez') => ({ state, kind });
  const at = (waters: IncidentWaters, disputed: boolean) =>
    watersLine({ waters, disputed_waters: disputed, coast_distance_km: 400, coast_island: 'iturup' }, name);

  it('says the high seas once when neither position has a zone there', () => {
    expect(at({ japan_view: { zone: null, median_km: null }, russia_view: { zone: null, median_km: null } }, false))
      .toBe('216.0 nmi off Iturup: on the high seas, in no state’s zone in either position.');
  });

  it('says both kinds when the positions agree on the state but not the zone', () => {
    expect(at({ japan_view: { zone: zone('russia', 'contiguous-zone'), median_km: 80 }, russia_view: { zone: zone('russia', 'eez'), median_km: 90 } }, false))
      .toBe('216.0 nmi off Iturup: in Russia’s waters, its contiguous zone in Japan’s position and its exclusive economic zone in Russia’s.');
  });

  it('says the high seas for the position that gives the sea to no one', () => {
    expect(at({ japan_view: { zone: zone('japan', 'eez'), median_km: 5 }, russia_view: { zone: null, median_km: 5 } }, true))
      .toBe('216.0 nmi off Iturup: on the high seas as Russia draws the zones; Japan regards these waters as its own exclusive economic zone.');
  });
});

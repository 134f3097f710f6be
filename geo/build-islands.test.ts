import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandCollection } from '../src/geo/types.ts';
import { checkIslands } from '../src/features/islands/contract.ts';
import { pointInPolygon, ringBBox } from './lib/geometry.ts';

const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as IslandCollection;
const byId = new Map(islands.features.map((f) => [f.properties.id, f]));

const KURILS_NORTH_TO_SOUTH = [
  'shumshu', 'atlasov', 'paramushir', 'antsiferov', 'makanrushi', 'onekotan', 'kharimkotan', 'ekarma',
  'chirinkotan', 'shiashkotan', 'raikoke', 'matua', 'rasshua', 'ushishir', 'ketoy', 'simushir', 'broutona',
  'chirpoy', 'brat-chirpoyev', 'urup', 'iturup', 'kunashir', 'shikotan', 'suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku',
];

describe('islands.geojson', () => {
  it('passes its contract', () => {
    expect(checkIslands(islands)).toEqual([]);
  });

  it('has every Kuril island from Shumshu to the Habomai islets, and the big islands around them', () => {
    for (const id of [...KURILS_NORTH_TO_SOUTH, 'hokkaido', 'sakhalin', 'kamchatka', 'honshu', 'moneron', 'rebun', 'rishiri']) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('puts the four islands Japan claims, and only them, in their own group', () => {
    const nt = islands.features.filter((f) => f.properties.group === 'northern-territories').map((f) => f.properties.id).sort();
    // The Habomai group (the union of its five islets) is a place of its own, in the same group.
    expect(nt).toEqual(['akiyuri', 'habomai', 'iturup', 'kunashir', 'shibotsu', 'shikotan', 'suisho', 'taraku', 'yuri']);
    for (const id of nt) {
      expect(byId.get(id)!.properties.claimed_by).toBe('japan');
      expect(byId.get(id)!.properties.administered_by).toBe('russia');
    }
    expect(islands.features.filter((f) => f.properties.cluster === 'habomai').length).toBe(5);
  });

  // Points from published island coordinates (docs/sources.md) and well-known towns.
  it.each([
    ['kunashir', [145.85, 44.12]],
    ['iturup', [147.62, 45.03]],
    ['shikotan', [146.75, 43.8]],
    ['urup', [150.03, 45.93]],
    ['paramushir', [155.75, 50.33]],
    ['shumshu', [156.32, 50.73]],
    ['hokkaido', [141.35, 43.06]],
    ['sakhalin', [142.74, 46.96]],
    ['kamchatka', [158.65, 53.05]],
  ] as [string, [number, number]][])('%s contains %j', (id, pt) => {
    const f = byId.get(id)!;
    expect(f.geometry.type).toBe('Polygon');
    expect(pointInPolygon(pt, f.geometry.coordinates as number[][][])).toBe(true);
  });

  it('cuts Kamchatka from the mainland at its isthmus', () => {
    const [, s, , n] = ringBBox(byId.get('kamchatka')!.geometry.coordinates[0] as number[][]);
    expect(n).toBeLessThanOrEqual(59.1);
    expect(s).toBeLessThan(51);
  });

  it('carries the published areas with their sources', () => {
    expect(byId.get('kunashir')!.properties.published_area_km2).toBe(1489.27);
    expect(byId.get('iturup')!.properties.published_area_km2).toBe(3166.64);
    expect(byId.get('hokkaido')!.properties.published_area_km2).toBe(77983.9);
    expect(byId.get('kunashir')!.properties.area_source).toMatch(/Geospatial Information Authority/);
  });

  it('finds names in all three scripts', () => {
    expect(byId.get('kunashir')!.properties.name).toEqual({ en: 'Kunashir', ja: '国後島', ru: 'Кунашир' });
    expect(byId.get('suisho')!.properties.aliases).toContain('Tanfilyev');
    expect(byId.get('shibotsu')!.properties.aliases).toContain('Zeleny');
  });
});

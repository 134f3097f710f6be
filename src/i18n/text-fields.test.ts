import { describe, expect, it } from 'vitest';
import { collectTexts, localise, localiseFeatures } from './text-fields.ts';

const fc = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: null, properties: { id: 'a', title: 'Boat seized', vessels: [{ kind: 'crab boat', name: 'Maru' }], accounts: { japan: 'J says', russia: 'R says' }, sources: [{ title: 'A source' }] } },
    { type: 'Feature', geometry: null, properties: { id: 'b', title: 'Boat seized', disputed_facts: [{ fact: 'Where', versions: [{ says: 'Inside', by: 'Border guard' }, { says: 'Outside', by: 'Owner' }] }] } },
  ],
};

describe('collectTexts', () => {
  it('finds each text field once, through arrays and nested objects, and skips names and citations', () => {
    expect(collectTexts('incidents.geojson', fc)).toEqual(['Boat seized', 'crab boat', 'J says', 'R says', 'Where', 'Inside', 'Outside', 'Border guard', 'Owner']);
  });
  it('walks every key of an object where the path says *', () => {
    const doc = { eras: { 1855: { clause: { text: 'Iturup and Urup' } }, 1875: { clause: { text: 'All the Kurils' } } }, positions: { japan: { text: 'J' }, russia: { text: 'R' } } };
    expect(collectTexts('era-texts.json', doc)).toEqual(['Iturup and Urup', 'All the Kurils', 'J', 'R']);
  });
  it('has nothing to say of a file without text fields', () => {
    expect(collectTexts('land.geojson', fc)).toEqual([]);
  });
});

describe('localise', () => {
  const bundle = { 'Boat seized': '拿捕', 'crab boat': 'カニ漁船', Inside: '領海内' };
  it('swaps in the translations it has, leaves the rest and never touches the original', () => {
    const out = localise('incidents.geojson', fc, bundle);
    expect(out.features[0].properties.title).toBe('拿捕');
    expect(out.features[0].properties.vessels![0]).toEqual({ kind: 'カニ漁船', name: 'Maru' });
    expect(out.features[0].properties.accounts!.japan).toBe('J says');
    expect(out.features[1].properties.disputed_facts![0].versions[0].says).toBe('領海内');
    expect(out.features[0].properties.sources![0].title).toBe('A source');
    expect(fc.features[0].properties.title).toBe('Boat seized');
  });
  it('returns the document itself for English', () => {
    expect(localise('incidents.geojson', fc, null)).toBe(fc);
  });
  it('works on a list of features as the stores keep them', () => {
    expect(localiseFeatures('incidents.geojson', fc.features, bundle)[1].properties.title).toBe('拿捕');
  });
});

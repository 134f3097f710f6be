import { describe, expect, it } from 'vitest';
import { checkBorders, checkClaims, checkEraLand } from './contract.ts';

const square = [[[145, 43], [146, 43], [146, 44], [145, 44], [145, 43]]];
const land = (props: Record<string, unknown>) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { era: '1905', holder: 'japan', polity: 'Empire of Japan', island: 'sakhalin', part: 'sakhalin/south', source: 's', ...props }, geometry: { type: 'Polygon', coordinates: square } }],
});

describe('checkEraLand', () => {
  it('accepts a good feature', () => {
    expect(checkEraLand(land({}))).toEqual([]);
  });

  it('accepts an island with outlying pieces as a MultiPolygon, and no other geometry', () => {
    const islet = [[[145.5, 43.6], [145.6, 43.6], [145.6, 43.7], [145.5, 43.6]]];
    const fc = land({});
    const multi = { ...fc, features: [{ ...fc.features[0], geometry: { type: 'MultiPolygon', coordinates: [square, islet] } }] };
    expect(checkEraLand(multi)).toEqual([]);
    const line = { ...fc, features: [{ ...fc.features[0], geometry: { type: 'LineString', coordinates: square[0] } }] };
    expect(checkEraLand(line)).not.toEqual([]);
  });

  it.each([
    [{ era: '1950' }, 'era must be one of'],
    [{ holder: 'china' }, 'holder must be one of'],
    [{ polity: '' }, 'polity is empty'],
    [{ part: 'moneron/south' }, 'part must be the island id'],
    [{ part: 'sakhalin/east' }, 'part must be the island id'],
  ])('rejects %o', (props, message) => {
    expect(checkEraLand(land(props)).join('\n')).toContain(message);
  });

  it('rejects the same land held twice in one era', () => {
    const fc = land({});
    fc.features.push({ ...fc.features[0], properties: { ...fc.features[0].properties, holder: 'russia' } });
    expect(checkEraLand(fc)).toEqual(['eras: sakhalin/south appears twice in 1905']);
  });
});

describe('checkBorders and checkClaims', () => {
  const line = { type: 'LineString', coordinates: [[149, 45.8], [149.3, 45.3]] };
  it('rejects a border of an unknown kind and a claim by the side that administers', () => {
    const border = (kind: string) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { era: '1855', kind, treaty: 't', note: 'n', source: 's' }, geometry: line }] });
    expect(checkBorders(border('sea'))).toEqual([]);
    expect(checkBorders(border('air')).join()).toContain('kind must be sea or land');
    const claim = (administered_by: string) => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { era: '1945', claimant: 'japan', administered_by, islands: ['kunashir'], title: 't', japan_position: 'j', japan_source: 'js', russia_position: 'r', russia_source: 'rs' }, geometry: { type: 'MultiPolygon', coordinates: [square] } }],
    });
    expect(checkClaims(claim('russia'))).toEqual([]);
    expect(checkClaims(claim('japan')).join()).toContain('one each');
  });
});

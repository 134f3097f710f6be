import { describe, expect, it } from 'vitest';
import { checkFacilities, checkPipelines } from './contract.ts';

const SOURCE = { publisher: 'Gazprom', title: 'Power of Siberia', date: '2019-12-02' };
const pipeline = (over: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [[112.2, 60.6], [114.9, 60.7], [127.5, 50.3]] },
    properties: {
      id: 'pos', name: 'Power of Siberia', name_ja: 'シベリアの力', name_ru: '«Сила Сибири»', system: null, commodity: 'gas', status: 'operating', status_note: null, opened: 2019,
      from: 'Chayanda', from_facility: null, to: 'Blagoveshchensk', to_facility: null, via: ['Lensk'],
      length_km_published: 2200, length_source: SOURCE, length_km_computed: 1875.2, length_diff_pct: -14.8, length_note: null,
      capacity: { value: 38, unit: 'bcm/yr', basis: 'contract' }, capacity_note: null, operator: 'Gazprom',
      route_precision: 'corridor', route_note: 'Along ESPO.', sources: [SOURCE], ...over,
    },
  }],
});
const facility = (over: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features: [{
    type: 'Feature', geometry: { type: 'Point', coordinates: [112.2, 60.6] },
    properties: {
      id: 'chayanda', name: 'Chayanda', name_ja: 'チャヤンダ・ガス田', name_ru: 'Чаяндинское месторождение', kind: 'gas-field', status: 'operating', status_note: null, opened: 2019, operator: 'Gazprom',
      location_precision: 'area', location_note: 'Placed from two distances.', figures: [], sources: [SOURCE], ...over,
    },
  }],
});

describe('checkPipelines', () => {
  it('accepts a good feature', () => expect(checkPipelines(pipeline())).toEqual([]));

  it.each([
    [{ commodity: 'coal' }, /commodity/],
    [{ status: 'planned' }, /status planned/],
    [{ sources: [] }, /at least one source/],
    [{ sources: [{ publisher: 'Gazprom' }] }, /title is empty/],
    [{ opened: null }, /needs the year it opened/],
    [{ status: 'proposed' }, /has not opened/],
    [{ length_diff_pct: -25 }, /does not explain it/],
    [{ length_diff_pct: 8 }, /does not explain it/],
    [{ length_source: null }, /length_source: not a source/],
    [{ length_km_published: null }, /no published length/],
    [{ capacity: { value: 38, unit: 'm3', basis: 'design' } }, /capacity/],
    [{ route_precision: 'exact' }, /route_precision/],
    [{ via: ['Lensk', ''] }, /via/],
    [{ name_ja: undefined }, /name_ja is empty/],
    [{ name_ru: '' }, /name_ru is empty/],
  ])('rejects %j', (over, problem) => {
    expect(checkPipelines(pipeline(over)).join('\n')).toMatch(problem);
  });

  it('accepts a large difference that the data explains', () => {
    expect(checkPipelines(pipeline({ length_diff_pct: -25, length_note: 'The pipe follows the Amur.' }))).toEqual([]);
  });
});

describe('checkFacilities', () => {
  it('accepts a good feature', () => expect(checkFacilities(facility())).toEqual([]));

  it.each([
    [{ kind: 'refinery' }, /kind/],
    [{ location_note: null }, /must say how it was placed/],
    [{ location_precision: 'rough' }, /location_precision/],
    [{ figures: [{ label: 'Reserves', value: '1.2 tcm', note: null }] }, /figures\[0\]\.source: not a source/],
    [{ name_ru: undefined }, /name_ru is empty/],
  ])('rejects %j', (over, problem) => {
    expect(checkFacilities(facility(over)).join('\n')).toMatch(problem);
  });

  it('rejects a line where a point belongs', () => {
    const fc = facility();
    (fc.features[0] as { geometry: unknown }).geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    expect(checkFacilities(fc).join('\n')).toMatch(/geometry LineString is not one of Point/);
  });
});

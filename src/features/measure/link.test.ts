import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandCollection } from '../../geo/types.ts';
import { readMeasureLink } from './link.ts';

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const ids = (v: string) => {
  const r = readMeasureLink(v, islands);
  return [r.a?.properties.id ?? null, r.b?.properties.id ?? null];
};

describe('readMeasureLink', () => {
  it.each([
    ['kunashir,hokkaido', ['kunashir', 'hokkaido']],
    ['Кунашир, Hokkaido', ['kunashir', 'hokkaido']],
    ['国後島、北海道', ['kunashir', 'hokkaido']],
    ['Tanfilyev,Nosappu', ['suisho', null]],
  ])('reads %s', (value, want) => {
    expect(ids(value)).toEqual(want);
  });

  it('a good pair gives no notice', () => {
    expect(readMeasureLink('iturup,urup', islands).notice).toBeNull();
  });

  it('an unknown name keeps the known place and names the closest ones', () => {
    const r = readMeasureLink('kunashir,atlantis', islands);
    expect(r.a?.properties.id).toBe('kunashir');
    expect(r.b).toBeNull();
    expect(r.notice).toContain('“atlantis”');
    expect(r.notice).toContain('Atlasov');
    expect(r.notice).not.toContain('“kunashir”');
  });

  it('names both problems when both names are unknown', () => {
    const r = readMeasureLink('atlantis,lemuria', islands);
    expect([r.a, r.b]).toEqual([null, null]);
    expect(r.notice).toMatch(/“atlantis”.*and.*“lemuria”/);
  });

  it('a value without two places says how to write one', () => {
    const r = readMeasureLink('kunashir', islands);
    expect([r.a, r.b]).toEqual([null, null]);
    expect(r.notice).toContain('?measure=kunashir,hokkaido');
    expect(readMeasureLink('kunashir,', islands).notice).toContain('left empty');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENERGY_CONTEXT, contextFigures } from './context-data.ts';

const en = JSON.parse(readFileSync('src/features/energy/i18n/en.json', 'utf8')) as Record<string, string>;

describe('energy context figures', () => {
  it('cites a source for every figure', () => {
    for (const f of ENERGY_CONTEXT) {
      expect(f.source.publisher, f.id).toBeTruthy();
      expect(f.source.title, f.id).toBeTruthy();
    }
    expect(new Set(ENERGY_CONTEXT.map((f) => f.id)).size).toBe(ENERGY_CONTEXT.length);
  });

  it('holds the Yomiuri import shares of January 2012', () => {
    const imports = contextFigures('imports');
    expect(imports.map((f) => [f.year, f.value])).toEqual([[2009, 4.3], [2010, 8.6], [2010, 7]]);
    expect(imports.every((f) => f.source.publisher === 'Yomiuri Shimbun' && f.source.date === '2012-01-28')).toBe(true);
  });

  it('sets the Sakhalin voyage against the Middle East one, and marks the article-only claim', () => {
    const voyage = contextFigures('voyage');
    const sakhalin = voyage.filter((f) => f.id.startsWith('lng-voyage-sakhalin'));
    const middleEast = voyage.find((f) => f.id === 'lng-voyage-middle-east')!;
    expect(sakhalin.map((f) => f.basis).sort()).toEqual(['article', 'reported']);
    const longest = Math.max(...sakhalin.map((f) => (Array.isArray(f.value) ? f.value[1] : f.value)));
    expect(middleEast.value).toBeGreaterThan(3 * longest);
  });

  it('gives the 15% cap as a share of energy imports', () => {
    const [cap] = contextFigures('policy');
    expect([cap.value, cap.unit]).toEqual([15, '%']);
    expect(en[cap.note!]).toMatch(/energy imports/);
  });
});

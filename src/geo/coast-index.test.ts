import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coastOf } from './coast-index.ts';
import type { IslandCollection } from './types.ts';

const islands = (JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;

describe('a coast\'s lon/lat box', () => {
  it('is the least box holding every vertex of the island, whichever rings count as coast', () => {
    for (const island of islands) {
      const g = island.geometry;
      const xs: number[] = [];
      const ys: number[] = [];
      for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
        for (const ring of poly) for (const [x, y] of ring) { xs.push(x); ys.push(y); }
      }
      const want = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      expect(coastOf(island, 'all').bbox, island.properties.id).toEqual(want);
      expect(coastOf(island, 'outer').bbox, island.properties.id).toEqual(want);
    }
  });

  it('ignores a stale bbox member on the feature', () => {
    const kunashir = islands.find((f) => f.properties.id === 'kunashir')!;
    const stale = { ...kunashir, geometry: { ...kunashir.geometry, bbox: [0, 0, 1, 1] as [number, number, number, number] } };
    expect(coastOf(stale, 'all').bbox[0]).toBeGreaterThan(145);
  });
});

import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareWaters, watersAt, type MedianLines } from './waters.ts';
import type { IslandCollection } from './types.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const w = prepareWaters(read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'), read<MedianLines>('maritime.geojson'));

describe('watersAt', () => {
  it('answers for the 2006 Kisshin Maru shooting off Kaigara: Russia\'s territorial sea as Russia draws it, Japan\'s as Japan does', () => {
    // Near Kaigara Island between Nosappu and Suisho (the incident's published position is
    // about 43°27′N 145°49′E).
    const a = watersAt(w, [145.82, 43.45]);
    expect(a.onLand).toBe(false);
    expect(a.disputed).toBe(true);
    expect(a.views.russia.zone).toEqual({ state: 'russia', kind: 'territorial-sea' });
    expect(a.views.japan.zone).toEqual({ state: 'japan', kind: 'territorial-sea' });
    // The median line (in Russia's view) runs between Hokkaido's islets and Suisho, a few km away.
    expect(a.views.russia.medianKm).toBeGreaterThan(0);
    expect(a.views.russia.medianKm).toBeLessThan(10);
  });

  it('says so on land and names the nearest island', () => {
    const a = watersAt(w, [146.0, 44.3]); // on Kunashir
    expect(a.onLand).toBe(true);
    expect(a.nearest).toEqual({ islandId: 'kunashir', km: 0 });
    expect(a.views.japan.zone).toBeNull();
    expect(a.disputed).toBe(false);
  });

  it('gives the same answer in both positions in the Sea of Okhotsk off Sakhalin', () => {
    const a = watersAt(w, [146.0, 50.0]);
    expect(a.disputed).toBe(false);
    expect(a.views.japan.zone).toEqual({ state: 'russia', kind: 'eez' });
    expect(a.views.russia.zone).toEqual(a.views.japan.zone);
  });

  it('finds the median line as far as the exact distances put it', () => {
    // A point on the median line between Hokkaido and Kunashir (Russia's view) is at ~0 km from it.
    const mid = w.medians.russia;
    const k = 10;
    const p = [mid.seg[k * 4], mid.seg[k * 4 + 1]];
    expect(watersAt(w, p).views.russia.medianKm).toBeLessThan(0.01);
  });
});

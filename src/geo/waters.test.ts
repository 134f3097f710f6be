import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareWaters, watersAt, type MedianLines } from './waters.ts';
import { pointToSegmentKm } from './geodesic.ts';
import type { IslandCollection } from './types.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const w = prepareWaters(read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'), read<MedianLines>('maritime.geojson'));

describe('watersAt', () => {
  it('answers for the 2006 Kisshin Maru shooting at its marker: Russia\'s territorial sea as Russia draws it, Japan\'s as Japan does', () => {
    const inc = read<{ features: { properties: { id: string }; geometry: { coordinates: number[] } }[] }>('incidents.geojson');
    const at = inc.features.find((f) => f.properties.id === '2006-08-16-kisshin-maru-31')!.geometry.coordinates;
    const a = watersAt(w, at);
    expect(a.onLand).toBe(false);
    expect(a.disputed).toBe(true);
    expect(a.views.russia.zone).toEqual({ state: 'russia', kind: 'territorial-sea' });
    expect(a.views.japan.zone).toEqual({ state: 'japan', kind: 'territorial-sea' });
    // Nearest coast: Kaigara reef, which the four islands' coasts include.
    expect(a.coast.side).toBe('disputed');
    expect(a.coastKm.disputed).toBeLessThan(1);
    // The median line (in Russia's view) runs between Nosappu and the reef, a few km away.
    expect(a.views.russia.medianKm).toBeGreaterThan(1);
    expect(a.views.russia.medianKm).toBeLessThan(5);
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
});

describe('watersAt against brute force', () => {
  it('finds the median line\'s distance exactly, far from it too, and calls inland Kamchatka land', () => {
    const all = (view: 'japan' | 'russia') => {
      const m = w.medians[view];
      return (p: number[]) => {
        let best = Infinity;
        for (let i = 0; i < m.seg.length / 4; i++) best = Math.min(best, pointToSegmentKm(p, [m.seg[i * 4], m.seg[i * 4 + 1]], [m.seg[i * 4 + 2], m.seg[i * 4 + 3]]).distanceKm);
        return best;
      };
    };
    const brute = { japan: all('japan'), russia: all('russia') };
    // Points the bench found wrong before (far from the line), and a spread over the seas.
    const points = [[146.49, 42.81], [141.0, 41.0], [150.0, 45.0], [155.0, 50.0], [137.5, 44.0], [147.2, 55.5], [160.0, 48.0]];
    for (const p of points) {
      const a = watersAt(w, p);
      for (const v of ['japan', 'russia'] as const) expect(Math.abs(a.views[v].medianKm! - brute[v](p)), `${v} ${p.join(',')}`).toBeLessThan(1e-6);
    }
    expect(watersAt(w, [158.6957, 53.3119]).onLand).toBe(true);
  });
});

describe('which land counts as land', () => {
  it('calls an islet of the Habomai group land, though the group and the islet are both island features', () => {
    expect(watersAt(w, [145.91786, 43.43967]).onLand).toBe(true);
  });
});

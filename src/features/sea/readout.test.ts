import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareWaters, watersAt, type MedianLines } from '../../geo/waters.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { pointText, watersReadout, zoneText } from './readout.ts';
import { parsePoint } from './state.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const islands = read<IslandCollection>('islands.geojson');
const w = prepareWaters(read<FeatureCollection>('land.geojson'), islands, read<MedianLines>('maritime.geojson'));
const names = new Map(islands.features.map((f) => [f.properties.id, f.properties.name.en]));
const nameOf = (id: string) => names.get(id) ?? id;

describe('the which-waters readout', () => {
  const kisshin = watersAt(w, [145.82, 43.45]);

  it('says on the water today whose sea Russia enforces and what Japan holds, between Nosappu and Suisho', () => {
    const r = watersReadout(kisshin, 'water', nameOf);
    expect(r.headline).toBe('Russia’s territorial sea: Russia enforces it here. Japan regards these waters as its territorial sea.');
    expect(r.dispute).toMatch(/^The two positions give these waters to different states/);
    expect(r.coasts).toMatch(/^Nearest land: Suisho, \d+\.\d km \(\d+\.\d nmi\)\./);
    expect(r.positions.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Japan’s territorial sea\./),
      expect.stringMatching(/^Russia’s territorial sea\. The median line is \d+\.\d km/),
    ]);
  });

  it('follows the point of view in its headline', () => {
    expect(watersReadout(kisshin, 'japan', nameOf).headline).toBe('Japan’s territorial sea, as Japan’s position draws it.');
    expect(watersReadout(kisshin, 'russia', nameOf).headline).toBe('Russia’s territorial sea, as Russia’s position draws it.');
  });

  it('says so once where both positions agree, and on land', () => {
    const okhotsk = watersReadout(watersAt(w, [146.0, 50.0]), 'water', nameOf);
    expect(okhotsk.headline).toBe('Russia’s exclusive economic zone (EEZ), in both sides’ positions.');
    expect(okhotsk.dispute).toBeNull();
    expect(watersReadout(watersAt(w, [146.0, 44.3]), 'japan', nameOf).headline).toMatch(/^On land: Kunashir, one of the four islands/);
  });

  it('names the high seas and writes positions with hemispheres', () => {
    expect(zoneText(null)).toMatch(/^the high seas/);
    expect(pointText([145.82, 43.45])).toBe('43.450°N 145.820°E');
  });
});

describe('parsePoint', () => {
  it('reads lon,lat within the map and refuses the rest', () => {
    expect(parsePoint(' 145.82 , 43.45 ')).toEqual([145.82, 43.45]);
    expect(parsePoint('145.123456789,43')).toEqual([145.12346, 43]);
    for (const bad of ['', '145', '43.45,145.82', '145.82;43.45', 'NaN,1', '1e3,43', '200,43', '145,89', '10,10']) expect(parsePoint(bad), bad).toBeUndefined();
    // Off the frontier's seas but on the map: kept, and the Sea tab says it has no answer there.
    expect(parsePoint('130.5,38')).toEqual([130.5, 38]);
  });
});

describe('the nearest land the readout names', () => {
  it('names the Russian mainland\'s coast, not a far island, off the mainland and on it', () => {
    const tatar = watersReadout(watersAt(w, [140.5, 50.5]), 'water', nameOf);
    expect(tatar.coasts).toMatch(/^Nearest land: Russia’s coast \(land the atlas does not name, such as the mainland\), \d\.\d km/);
    const ashore = watersReadout(watersAt(w, [136.5, 45.0]), 'water', nameOf);
    expect(ashore.headline).toBe('On land: Russia’s land. The sea zones are measured from its coast.');
  });

  it('says whose island a point ashore is on', () => {
    expect(watersReadout(watersAt(w, [146.0, 44.3]), 'water', nameOf).headline).toBe('On land: Kunashir, one of the four islands Russia holds and Japan claims. The sea zones are measured from its coast.');
    expect(watersReadout(watersAt(w, [143.3, 44.1]), 'water', nameOf).headline).toBe('On land: Hokkaido, Japan’s. The sea zones are measured from its coast.');
  });
});

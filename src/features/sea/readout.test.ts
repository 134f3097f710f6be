import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareWaters, watersAt, type MedianLines } from '../../geo/waters.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { pointText, watersReadout, zoneText } from './readout.ts';
import { parsePoint } from './state.ts';
import { cliWords } from '../../cli/intl.ts';

const en = cliWords('en');
const ja = cliWords('ja');
const ru = cliWords('ru');

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const islands = read<IslandCollection>('islands.geojson');
const w = prepareWaters(read<FeatureCollection>('land.geojson'), islands, read<MedianLines>('maritime.geojson'));
const names = new Map(islands.features.map((f) => [f.properties.id, f.properties.name.en]));
const nameOf = (id: string) => names.get(id) ?? id;

describe('the which-waters readout', () => {
  const kisshin = watersAt(w, [145.82, 43.45]);

  it('says on the water today whose sea Russia enforces and what Japan holds, between Nosappu and Suisho', () => {
    const r = watersReadout(en, kisshin, 'water', nameOf);
    expect(r.headline).toBe('Russia’s territorial sea: Russia enforces it here. Japan regards these waters as its territorial sea.');
    expect(r.dispute).toMatch(/^The two positions give these waters to different states/);
    expect(r.coasts).toMatch(/^Nearest land: Suisho, \d+\.\d km \(\d+\.\d nmi\)\./);
    expect(r.positions.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Japan’s territorial sea\./),
      expect.stringMatching(/^Russia’s territorial sea\. The median line is \d+\.\d km/),
    ]);
  });

  it('follows the point of view in its headline', () => {
    expect(watersReadout(en, kisshin, 'japan', nameOf).headline).toBe('Japan’s territorial sea, as Japan’s position draws it.');
    expect(watersReadout(en, kisshin, 'russia', nameOf).headline).toBe('Russia’s territorial sea, as Russia’s position draws it.');
  });

  it('says so once where both positions agree, and on land', () => {
    const okhotsk = watersReadout(en, watersAt(w, [146.0, 50.0]), 'water', nameOf);
    expect(okhotsk.headline).toBe('Russia’s exclusive economic zone (EEZ), in both sides’ positions.');
    expect(okhotsk.dispute).toBeNull();
    expect(watersReadout(en, watersAt(w, [146.0, 44.3]), 'japan', nameOf).headline).toMatch(/^On land: Kunashir, one of the four islands/);
  });

  it('names the high seas and writes positions with hemispheres', () => {
    expect(zoneText(en, null)).toMatch(/^the high seas/);
    expect(pointText(en, [145.82, 43.45])).toBe('43.450°N 145.820°E');
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
    const tatar = watersReadout(en, watersAt(w, [140.5, 50.5]), 'water', nameOf);
    expect(tatar.coasts).toMatch(/^Nearest land: Russia’s coast \(land the atlas does not name, such as the mainland\), \d\.\d km/);
    const ashore = watersReadout(en, watersAt(w, [136.5, 45.0]), 'water', nameOf);
    expect(ashore.headline).toBe('On land: Russia’s land. The sea zones are measured from its coast.');
  });

  it('says whose island a point ashore is on', () => {
    expect(watersReadout(en, watersAt(w, [146.0, 44.3]), 'water', nameOf).headline).toBe('On land: Kunashir, one of the four islands Russia holds and Japan claims. The sea zones are measured from its coast.');
    expect(watersReadout(en, watersAt(w, [143.3, 44.1]), 'water', nameOf).headline).toBe('On land: Hokkaido, Japan’s. The sea zones are measured from its coast.');
  });
});

describe('the which-waters readout in Japanese and Russian', () => {
  const kisshin = watersAt(w, [145.82, 43.45]);
  const namesIn = (lang: 'ja' | 'ru') => {
    const m = new Map(islands.features.map((f) => [f.properties.id, f.properties.name[lang]]));
    return (id: string) => m.get(id) ?? id;
  };

  it('writes the headline, the zones and the distances in Japanese', () => {
    const r = watersReadout(ja, kisshin, 'water', namesIn('ja'));
    expect(r.title).toBe('北緯43.450° 東経145.820°');
    expect(r.headline).toBe('ロシアの領海：ここではロシアが取締りを行っている。日本はこの海域を自国の領海とみなしている。');
    expect(r.coasts).toMatch(/^最も近い陸地：水晶島、\d+\.\d km（\d+\.\d海里）。/);
    expect(r.positions.map((p) => p.label)).toEqual(['日本の立場（北方四島は日本領）', 'ロシアの立場（北方四島はロシア領）']);
    expect(r.positions[1].text).toMatch(/^ロシアの領海。中間線まで\d+\.\d km（\d+\.\d海里）。$/);
    expect(watersReadout(ja, watersAt(w, [146.0, 50.0]), 'water', namesIn('ja')).headline).toBe('どちらの立場でもロシアの排他的経済水域（EEZ）。');
  });

  it('writes the zones in Russian with the state in the genitive, the sentence capitalised and decimal commas', () => {
    const r = watersReadout(ru, kisshin, 'japan', namesIn('ru'));
    expect(r.title).toBe('43,450°\u00a0с.\u00a0ш. 145,820°\u00a0в.\u00a0д.');
    expect(r.headline).toBe('Территориальное море Японии — по позиции Японии.');
    expect(r.coasts).toMatch(/^Ближайшая суша: Танфильева, \d+,\d км \(\d+,\d мор\. мили\)\. До бесспорного берега Японии — \d+,\d км/);
    expect(r.dispute).toBe('По позициям двух сторон эти воды принадлежат разным государствам: по позиции Японии это территориальное море Японии, по позиции России — территориальное море России.');
    expect(watersReadout(ru, watersAt(w, [146.0, 44.3]), 'water', namesIn('ru')).headline).toBe('На суше: Кунашир — один из четырёх островов, которыми управляет Россия и на которые претендует Япония. Морские зоны отсчитываются от её берега.');
    expect(zoneText(ru, null)).toBe('открытое море за пределами 200-мильных зон Японии и России');
  });
});

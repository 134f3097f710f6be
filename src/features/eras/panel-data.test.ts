import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { AREA_CITATION, eraPanel, panelTexts, transfersBetween } from './panel-data.ts';
import { ERA_IDS, type EraLandCollection, type EraTexts } from '../../geo/eras.ts';
import { polygonAreaKm2 } from '../../geo/area.ts';
import type { IslandCollection } from '../../geo/types.ts';
import bboxClip from '@turf/bbox-clip';

const eras = JSON.parse(readFileSync('public/data/eras.geojson', 'utf8')) as EraLandCollection;
const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as IslandCollection;
const texts = JSON.parse(readFileSync('public/data/era-texts.json', 'utf8')) as EraTexts;
const island = (id: string) => islands.features.find((f) => f.properties.id === id)!;

/** Full-resolution area from islands.geojson: an independent check on the simplified era polygons. */
function fullKm2(ids: string[]): number {
  return ids.reduce((s, id) => s + polygonAreaKm2(island(id).geometry), 0);
}
const sakhalinSouthKm2 = polygonAreaKm2(bboxClip(island('sakhalin').geometry as Polygon, [-180, -90, 180, 50]).geometry as Polygon);

const NORTH_KURILS = ['shumshu', 'atlasov', 'paramushir', 'antsiferov', 'makanrushi', 'onekotan', 'kharimkotan', 'ekarma', 'chirinkotan', 'shiashkotan', 'raikoke', 'matua', 'rasshua', 'ushishir', 'ketoy', 'simushir', 'broutona', 'chirpoy', 'brat-chirpoyev', 'urup'];
const FOUR_ISLANDS = ['iturup', 'kunashir', 'shikotan', 'suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku'];

describe('eraPanel', () => {
  const panels = ERA_IDS.map((e) => eraPanel(e, eras, texts));

  it.each(panels)('$era: every text has a citation with a publisher and a title', (p) => {
    const texts = panelTexts(p);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) {
      expect(t.text.trim().length, t.text).toBeGreaterThan(20);
      expect(t.citations.length, t.text).toBeGreaterThan(0);
      for (const c of t.citations) {
        expect(c.publisher.trim(), t.text).not.toBe('');
        expect(c.title.trim(), t.text).not.toBe('');
      }
    }
  });

  it('cites the treaty and the land polygons for the land that changed', () => {
    for (const p of panels.slice(1)) {
      expect(p.change!.citations.length, p.era).toBeGreaterThan(1);
      expect(p.change!.citations.at(-1)).toBe(AREA_CITATION);
    }
  });

  it('names each treaty and the date it was signed', () => {
    expect(panels.map((p) => [p.treaty.en, p.signed])).toEqual([
      ['Treaty of Shimoda', '1855-02-07'],
      ['Treaty of Saint Petersburg', '1875-05-07'],
      ['Treaty of Portsmouth', '1905-09-05'],
      ['Soviet occupation and the de facto line', '1945-09-05'],
    ]);
    // As the glossary (geo/sources/text/README.md) gives them.
    expect(panels[0].treaty.ja).toBe('日露和親条約（下田条約）');
    expect(panels[1].treaty.ru).toBe('Петербургский договор');
  });

  it('keeps both dates the sources give for Shimoda’s entry into force', () => {
    const texts = panels[0].inForce.map((t) => t.text).join(' ');
    expect(panels[0].inForce).toHaveLength(2);
    expect(texts).toContain('7 August 1856');
    expect(texts).toContain('7 December');
    expect(new Set(panels[0].inForce.map((t) => t.citations[0].publisher)).size).toBe(2);
  });

  it('mentions San Francisco 1951 and the 1956 Joint Declaration for the present, and both positions', () => {
    const notes = panels[3].notes.map((n) => n.text).join(' ');
    expect(notes).toMatch(/San Francisco.*1951/);
    expect(notes).toMatch(/Joint Declaration.*1956/);
    expect(panels[3].positions?.japan.citations[0].publisher).toContain('Japan');
    expect(panels[3].positions?.russia.text).toContain('Second World War');
    expect(panels.slice(0, 3).every((p) => p.positions === null)).toBe(true);
  });

  it('has no change for the first era', () => {
    expect(panels[0].change).toBeNull();
  });

  it('1875: the northern Kurils pass to Japan, undivided Sakhalin and Moneron to Russia', () => {
    const c = panels[1].change!;
    const toJapan = c.totals.find((t) => t.to === 'japan')!;
    const toRussia = c.totals.find((t) => t.to === 'russia')!;
    expect(toJapan.from).toBe('russia');
    expect([...toJapan.islands].sort()).toEqual([...NORTH_KURILS].sort());
    expect(toRussia).toMatchObject({ from: 'joint', islands: ['sakhalin', 'moneron'] });
    expect(toJapan.areaKm2 / fullKm2(NORTH_KURILS)).toBeCloseTo(1, 2);
    expect(toRussia.areaKm2 / fullKm2(['sakhalin', 'moneron'])).toBeCloseTo(1, 2);
    expect(c.totals).toHaveLength(2);
  });

  it('1905: the land that changes hands is Sakhalin south of 50°N and Moneron', () => {
    const c = panels[2].change!;
    expect(c.totals).toHaveLength(1);
    expect(c.totals[0]).toMatchObject({ from: 'russia', to: 'japan', islands: ['sakhalin', 'moneron'] });
    expect(c.transfers.map((t) => t.part)).toEqual(['sakhalin/south', 'moneron']);
    // Within 0.5% of the full-resolution polygon clipped at the parallel.
    expect(c.areaKm2 / (sakhalinSouthKm2 + fullKm2(['moneron']))).toBeCloseTo(1, 2);
    expect(c.areaKm2).toBeGreaterThan(30_000);
    expect(c.areaKm2).toBeLessThan(38_000);
    expect(c.totals[0].places).toEqual([{ island: 'sakhalin', half: 'south' }, { island: 'moneron', half: null }]);
  });

  it('1945: southern Sakhalin, Moneron and every Kuril island pass to Russia, Hokkaido stays', () => {
    const c = panels[3].change!;
    expect(c.totals).toHaveLength(1);
    expect(c.totals[0].from).toBe('japan');
    expect([...c.totals[0].islands].sort()).toEqual(['sakhalin', 'moneron', ...NORTH_KURILS, ...FOUR_ISLANDS].sort());
    expect(c.transfers.find((t) => t.island === 'sakhalin')?.part).toBe('sakhalin/south');
    const expected = sakhalinSouthKm2 + fullKm2(['moneron', ...NORTH_KURILS, ...FOUR_ISLANDS]);
    expect(c.areaKm2 / expected).toBeCloseTo(1, 2);
  });

  it('counts each era’s land once: what each side holds adds up to the same total', () => {
    const totals = panels.map((p) => Object.values(p.heldKm2).reduce((s, v) => s + v, 0));
    for (const t of totals) expect(t / totals[0]).toBeCloseTo(1, 4);
    expect(panels[0].heldKm2.joint! / fullKm2(['sakhalin', 'moneron'])).toBeCloseTo(1, 2);
  });

  it('finds nothing to transfer between an era and itself', () => {
    expect(transfersBetween('1905', '1905', eras)).toEqual([]);
  });
});

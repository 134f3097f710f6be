import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { polygonAreaKm2 } from './area.ts';
import { coastToCoast } from './nearest.ts';
import { measurePath } from './path.ts';
import { areaJson, areaReadout, distanceJson, distanceReadout, formatPosition, pathReadout } from './readout.ts';
import type { IslandCollection } from './types.ts';
import { cliWords } from '../cli/intl.ts';

const en = cliWords('en');
const ja = cliWords('ja');
const ru = cliWords('ru');

const islands = (JSON.parse(readFileSync(new URL('../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const island = (id: string) => islands.find((f) => f.properties.id === id)!;
const kunashir = island('kunashir');
const hokkaido = island('hokkaido');
const r = coastToCoast(kunashir, hokkaido);

describe('distanceReadout', () => {
  it('leads with the distance in the chosen unit and nautical miles, then the nearest points', () => {
    const out = distanceReadout(en, kunashir, hokkaido, r);
    expect(out.title).toBe(`Kunashir ↔ Hokkaido: ${(r.distanceKm).toFixed(1)} km · ${(r.distanceKm / 1.852).toFixed(1)} nmi`);
    expect(out.title).toMatch(/^Kunashir ↔ Hokkaido: 16\.\d km · 8\.\d nmi$/);
    expect(out.lines[1]).toBe(`Nearest points: ${formatPosition(en, r.points[0])} on Kunashir and ${formatPosition(en, r.points[1])} on Hokkaido`);
    expect(out.text).toBe(out.lines.join('\n'));
  });

  it('follows the unit and language asked for', () => {
    const out = distanceReadout(ja, kunashir, hokkaido, r, { unit: 'mi' });
    expect(out.title).toMatch(/^国後島 ↔ 北海道：10\.\dマイル（16\.\d km）$/);
    expect(out.lines[1]).toMatch(/^最も近い地点：国後島側（北緯43\.\d{4}°、東経145\.\d{4}°）と北海道側（北緯/);
    const russian = distanceReadout(ru, kunashir, hokkaido, r);
    expect(russian.title).toMatch(/^Кунашир ↔ Хоккайдо: 16,\d км · 8,\d мор\. мили$/);
    expect(russian.lines[1]).toMatch(/^Ближайшие точки: 43,\d{4}°\sс\.\sш\., 145,\d{4}°\sв\.\sд\. \(Кунашир\) и /);
    expect(russian.lines[2]).toBe('Кратчайшее расстояние между берегами на эллипсоиде WGS84.');
  });

  it('says when two islands touch', () => {
    const out = distanceReadout(en, kunashir, kunashir, coastToCoast(kunashir, kunashir));
    expect(out.title).toBe('Kunashir ↔ Kunashir: 0.0 km');
    expect(out.lines[1]).toMatch(/touch or overlap/);
  });
});

describe('formatPosition', () => {
  it.each([
    [[145.43892, 43.71674], '43.7167° N, 145.4389° E'],
    [[-70.5, -33.25], '33.2500° S, 70.5000° W'],
  ])('%j → %s', (p, text) => {
    expect(formatPosition(en, p)).toBe(text);
  });
});

describe('areaReadout', () => {
  it('sets our area beside the published figure, its source and the difference', () => {
    const out = areaReadout(en, kunashir);
    const km2 = polygonAreaKm2(kunashir.geometry);
    const diff = Math.abs((km2 / 1489.27 - 1) * 100).toFixed(1);
    expect(out.title).toMatch(/^Kunashir: 1,4\d\d\.\d km²$/);
    expect(out.lines[1]).toBe(`Published: 1,489.27 km² (${kunashir.properties.area_source}); ours is ${diff}% less.`);
    expect(out.lines[2]).toMatch(/Lakes and lagoons count as land/);
  });

  it('says so when no figure is published', () => {
    expect(areaReadout(en, island('raikoke')).lines[1]).toBe('No published area in the atlas sources.');
  });

  it('keeps a published figure as published, whole numbers too', () => {
    expect(areaReadout(en, island('sakhalin')).lines[1]).toMatch(/^Published: 72,492 km² \(/);
  });
});

describe('the readouts in Japanese and Russian', () => {
  it('write areas, percentages and paths by locale, with the right unit words', () => {
    const a = areaReadout(ru, kunashir);
    expect(a.title).toMatch(/^Кунашир: 1\u00a04\d\d,\d км²$/);
    expect(a.lines[1]).toMatch(/^Опубликованная площадь: 1\s489,27\sкм² \(.+\); наш расчёт меньше на 0,\d\s%\.$/);
    expect(areaReadout(ja, kunashir, { unit: 'nmi' }).title).toMatch(/^国後島：4\d\d\.\d平方海里$/);
    const p = measurePath([[145.3, 43.6], [145.45, 43.72], [145.6, 43.6]], { closed: true });
    expect(pathReadout(ru, p).lines).toEqual(['Маршрут: 60,2 км · 32,5 мор. мили', 'Отрезок 1: 18,0 км', 'Отрезок 2: 18,0 км', 'Отрезок 3: 24,2 км', 'Площадь: 161,3 км²']);
    expect(pathReadout(ja, p, { unit: 'nmi' }).lines[0]).toBe('経路：32.5海里（60.2 km）');
    expect(pathReadout(ja, measurePath([])).title).toBe('経路：地点はまだない。');
  });

  it('write positions with each language\'s hemispheres', () => {
    expect(formatPosition(ja, [145.43892, 43.71674])).toBe('北緯43.7167°、東経145.4389°');
    expect(formatPosition(ru, [-70.5, -33.25])).toBe('33,2500°\u00a0ю.\u00a0ш., 70,5000°\u00a0з.\u00a0д.');
    expect(formatPosition(en, [145.82, 43.45], { decimals: 3, compact: true })).toBe('43.450°N 145.820°E');
  });
});

describe('pathReadout', () => {
  it('lists segments, the total and the area of a closed path', () => {
    const p = measurePath([[145.3, 43.6], [145.45, 43.72], [145.6, 43.6]], { closed: true });
    expect(pathReadout(en, p).lines).toEqual(['Path: 60.2 km · 32.5 nmi', 'Segment 1: 18.0 km', 'Segment 2: 18.0 km', 'Segment 3: 24.2 km', 'Area: 161.3 km²']);
    expect(pathReadout(en, measurePath([[145, 43]])).title).toMatch(/one point/);
    expect(pathReadout(en, measurePath([])).title).toMatch(/no points/);
  });
});

describe('JSON forms', () => {
  it('give the distance as the command line prints it', () => {
    const j = distanceJson(kunashir, hokkaido, r);
    expect(j.a).toEqual({ id: 'kunashir', name: 'Kunashir' });
    expect(j.b).toEqual({ id: 'hokkaido', name: 'Hokkaido' });
    expect(j.distance_km).toBeCloseTo(r.distanceKm, 3);
    expect(j.points[0][0]).toBeCloseTo(r.points[0][0], 5);
    expect(Object.keys(j)).toEqual(['a', 'b', 'distance_km', 'points']);
  });

  it('give the area with the published figure', () => {
    const j = areaJson(island('iturup'));
    expect(Object.keys(j)).toEqual(['id', 'name', 'area_km2', 'published_area_km2']);
    expect(j.published_area_km2).toBe(3166.64);
    expect(j.area_km2).toBeCloseTo(polygonAreaKm2(island('iturup').geometry), 2);
  });
});

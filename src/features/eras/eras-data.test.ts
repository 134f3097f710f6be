import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { DEFAULT_ERA, ERA_IDS, ERAS, holderAt, isEraId, previousEra, type EraId, type EraLandCollection, type EraTexts, type Holder } from '../../geo/eras.ts';
import { checkEraTexts } from '../../geo/era-texts.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { checkEraLand } from './contract.ts';

const eras = JSON.parse(readFileSync('public/data/eras.geojson', 'utf8')) as EraLandCollection;
const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as IslandCollection;

// Places on land, well inside their island (so display simplification cannot move a coast past them).
const SAMPLES: Record<string, Position> = {
  'south Sakhalin (Yuzhno-Sakhalinsk)': [142.74, 46.96],
  'north Sakhalin (near Tymovskoye)': [142.66, 50.85],
  Moneron: [141.235, 46.255],
  Urup: [149.95, 45.9],
  'Iturup (Kurilsk)': [147.9, 45.23],
  Kunashir: [145.95, 44.2],
  Shikotan: [146.75, 43.8],
  'Habomai islets (Shibotsu)': [146.13, 43.5],
  Shumshu: [156.33, 50.75],
  'Kamchatka (near Petropavlovsk)': [158.5, 53.2],
  'Hokkaido (Sapporo)': [141.35, 43.06],
};

const J = 'japan', R = 'russia', X = 'joint';
// Rows follow SAMPLES; columns are 1855, 1875, 1905, 1945.
const EXPECTED: Record<string, [Holder, Holder, Holder, Holder]> = {
  'south Sakhalin (Yuzhno-Sakhalinsk)': [X, R, J, R],
  'north Sakhalin (near Tymovskoye)': [X, R, R, R],
  Moneron: [X, R, J, R],
  Urup: [R, J, J, R],
  'Iturup (Kurilsk)': [J, J, J, R],
  Kunashir: [J, J, J, R],
  Shikotan: [J, J, J, R],
  'Habomai islets (Shibotsu)': [J, J, J, R],
  Shumshu: [R, J, J, R],
  'Kamchatka (near Petropavlovsk)': [R, R, R, R],
  'Hokkaido (Sapporo)': [J, J, J, J],
};

describe('holderAt', () => {
  const rows = Object.entries(SAMPLES).flatMap(([place, pt]) =>
    ERA_IDS.map((era, i) => ({ place, pt, era, holder: EXPECTED[place][i] })));

  it.each(rows)('$place in $era: $holder', ({ pt, era, holder }) => {
    expect(holderAt(pt, era, eras)).toBe(holder);
  });

  it('splits Sakhalin at 50°N in 1905 only', () => {
    const south: Position = [142.8, 49.97], north: Position = [142.8, 50.03];
    expect(ERA_IDS.map((e) => [holderAt(south, e, eras), holderAt(north, e, eras)])).toEqual([
      ['joint', 'joint'], ['russia', 'russia'], ['japan', 'russia'], ['russia', 'russia'],
    ]);
  });

  it('finds no holder at sea, in mid La Pérouse Strait', () => {
    for (const era of ERA_IDS) expect(holderAt([142.0, 45.71], era, eras)).toBeNull();
  });
});

describe('eras.geojson', () => {
  it('passes its contract', () => {
    expect(checkEraLand(eras)).toEqual([]);
  });

  it('holds every island but Honshu in every era, whole or in pieces', () => {
    // Habomai is the group of its islets, each of which the eras hold on its own.
    const ids = islands.features.map((f) => f.properties.id).filter((id) => id !== 'honshu' && id !== 'habomai').sort();
    for (const era of ERA_IDS) {
      const here = [...new Set(eras.features.filter((f) => f.properties.era === era).map((f) => f.properties.island))].sort();
      expect(here, era).toEqual(ids);
    }
  });

  it('names the polity behind each holder, as the legend does', () => {
    const polity = (era: EraId, holder: Holder) => eras.features.find((f) => f.properties.era === era && f.properties.holder === holder)?.properties.polity;
    expect(polity('1875', 'russia')).toBe('Russian Empire');
    // Regression: the empire ended in 1917, within the 1905–1945 era.
    expect(polity('1905', 'russia')).toMatch(/^Russian Empire \(to 1917\).*Soviet Union from 1922$/);
    expect(polity('1905', 'japan')).toBe('Empire of Japan');
    expect(polity('1945', 'russia')).toContain('Soviet Union');
    expect(polity('1945', 'russia')).toContain('Russian Federation');
    expect(polity('1945', 'japan')).toBe('Japan');
    expect(polity('1855', 'joint')).toContain('Undivided');
  });
});

describe('era ids', () => {
  it('defaults to 1945–today and knows the order', () => {
    expect(DEFAULT_ERA).toBe('1945');
    expect(ERA_IDS.map(previousEra)).toEqual([null, '1855', '1875', '1905']);
    expect(ERAS.map((e) => e.span)).toEqual(['1855–1875', '1875–1905', '1905–1945', '1945–today']);
  });

  it('rejects anything else as an era', () => {
    for (const bad of ['1950', '', 'today', 1855, null]) expect(isEraId(bad)).toBe(false);
    for (const good of ERA_IDS) expect(isEraId(good)).toBe(true);
  });

  it('has the treaty names and every polity in three languages', () => {
    const texts = JSON.parse(readFileSync('public/data/era-texts.json', 'utf8')) as EraTexts;
    expect(checkEraTexts(texts)).toEqual([]);
    for (const e of ERAS) {
      for (const names of [e.treaty, ...Object.values(texts.eras[e.id].polities)]) {
        expect(Object.keys(names).sort()).toEqual(['en', 'ja', 'ru']);
        expect(Object.values(names).every((s) => s.trim().length > 0)).toBe(true);
      }
    }
    expect(texts.eras['1855'].polities.joint).toBeDefined();
    expect(texts.eras['1875'].polities.joint).toBeUndefined();
  });
});

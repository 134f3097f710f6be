import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BorderCollection, ClaimCollection, EraId, EraLandCollection } from '../src/geo/eras.ts';
import { ERA_IDS } from '../src/geo/eras.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { checkBorders, checkClaims } from '../src/features/eras/contract.ts';
import { geodesicLengthKm } from '../src/geo/geodesic.ts';
import { buildEras, outlyingPieces, parallelOnLand, touchesLand, type LandCollection } from './build-eras.ts';
import { serializeCollection } from './lib/write.ts';
import { pointInPolygon, simplifyRing } from './lib/geometry.ts';
import { seaBorders } from './sources/eras.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const islands = read<IslandCollection>('islands.geojson');
const borders = read<BorderCollection>('borders.geojson');
const claims = read<ClaimCollection>('claims.geojson');
const land = read<LandCollection>('land.geojson');
const inGeometry = (pt: Position, g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).some((rings) => pointInPolygon(pt, rings));
const shell = (id: string) => islands.features.find((f) => f.properties.id === id)!.geometry.coordinates[0] as Position[];

function crosses(a: Position, b: Position, line: Position[]): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  for (let i = 1; i < line.length; i++) {
    const c = line[i - 1], d = line[i];
    if (o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b)) return true;
  }
  return false;
}
const linesOf = (era: EraId) => borders.features.filter((f) => f.properties.era === era)
  .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
const separated = (era: EraId, a: Position, b: Position) => linesOf(era).some((l) => crosses(a, b, l));

// Points on land either side of each border: the straight way from one to the other must cross
// a border line of the era exactly when the two were held by different sides.
const P = {
  iturup: [148.7, 45.45], urup: [149.55, 45.65],
  shumshu: [156.4, 50.8], lopatka: [156.76, 50.95],
  crillon: [142.05, 46.0], soya: [141.9, 45.35],
  kunashir: [145.6, 43.95], rausu: [145.15, 44.0], notsuke: [145.34, 43.56],
  suisho: [145.9, 43.44], nosappu: [145.8, 43.38],
  sakhalinSouth: [142.8, 49.9], sakhalinNorth: [142.8, 50.1],
} satisfies Record<string, Position>;

// Points on upstream land polygons that hold no island's anchor (issue 16): an islet off
// Kunashir, the two polygons of Cape Terpeniya on Sakhalin (south of 50°N), one off Shikotan.
const ISLET = {
  kunashir: [145.545, 43.68], terpeniyaWest: [144.5, 48.95], terpeniyaEast: [144.65, 48.83], shikotan: [146.695, 43.727],
} satisfies Record<string, Position>;

describe('borders.geojson', () => {
  it('passes its contract', () => {
    expect(checkBorders(borders)).toEqual([]);
  });

  it('has each era’s lines, by kind', () => {
    const kinds = (era: EraId) => borders.features.filter((f) => f.properties.era === era).map((f) => f.properties.kind).sort();
    expect(ERA_IDS.map(kinds)).toEqual([['sea'], ['sea', 'sea'], ['land', 'sea'], ['sea', 'sea']]);
  });

  it.each([
    ['1855', 'iturup', 'urup', true], ['1875', 'iturup', 'urup', false], ['1945', 'iturup', 'urup', false],
    ['1875', 'shumshu', 'lopatka', true], ['1905', 'shumshu', 'lopatka', true], ['1855', 'shumshu', 'lopatka', false], ['1945', 'shumshu', 'lopatka', false],
    ['1875', 'crillon', 'soya', true], ['1945', 'crillon', 'soya', true], ['1905', 'crillon', 'soya', false], ['1855', 'crillon', 'soya', false],
    ['1945', 'kunashir', 'rausu', true], ['1945', 'kunashir', 'notsuke', true], ['1945', 'suisho', 'nosappu', true], ['1905', 'suisho', 'nosappu', false],
    ['1905', 'sakhalinSouth', 'sakhalinNorth', true], ['1875', 'sakhalinSouth', 'sakhalinNorth', false], ['1945', 'sakhalinSouth', 'sakhalinNorth', false],
  ] as const)('%s: between %s and %s a border? %s', (era, a, b, expected) => {
    expect(separated(era, P[a], P[b])).toBe(expected);
  });

  it('is tested from points that lie on land', () => {
    const onLand = (pt: Position) => islands.features.some((f) => pointInPolygon(pt, [f.geometry.coordinates[0] as Position[]]));
    expect(Object.entries(P).filter(([, pt]) => !onLand(pt)).map(([k]) => k)).toEqual([]);
  });

  it('keeps every sea line in the water', () => {
    for (const f of borders.features.filter((x) => x.properties.kind === 'sea')) {
      expect(touchesLand(f.geometry.coordinates as Position[], islands)).toBeNull();
    }
  });

  it('draws the 1905 land border along 50°N from coast to coast of Sakhalin', () => {
    const land = borders.features.find((f) => f.properties.kind === 'land')!;
    expect(land.geometry.type).toBe('LineString');
    const [[w, latW], [e, latE]] = land.geometry.coordinates as Position[];
    expect([latW, latE]).toEqual([50, 50]);
    // Sakhalin is about 130 km wide there; the ends lie on the coast of the full-resolution island.
    expect(geodesicLengthKm(land.geometry.coordinates as Position[])).toBeGreaterThan(110);
    expect(geodesicLengthKm(land.geometry.coordinates as Position[])).toBeLessThan(150);
    const full = parallelOnLand(shell('sakhalin'), 50);
    expect(full).toHaveLength(1);
    expect(Math.abs(full[0][0][0] - w)).toBeLessThan(0.01);
    expect(Math.abs(full[0][1][0] - e)).toBeLessThan(0.01);
  });
});

describe('claims.geojson', () => {
  it('passes its contract and covers the four islands with the Habomai islets', () => {
    expect(checkClaims(claims)).toEqual([]);
    const f = claims.features[0];
    expect(claims.features).toHaveLength(1);
    expect(f.properties).toMatchObject({ claimant: 'japan', administered_by: 'russia', era: '1945' });
    // One polygon per island, then the islands' outlying pieces (the islet off Kunashir).
    expect(f.geometry.coordinates.length).toBeGreaterThan(f.properties.islands.length);
    for (const pt of [P.kunashir, [147.9, 45.23], [146.75, 43.8], [146.13, 43.5], ISLET.kunashir]) {
      expect(f.geometry.coordinates.some((rings) => pointInPolygon(pt, rings))).toBe(true);
    }
    expect(f.geometry.coordinates.some((rings) => pointInPolygon([149.95, 45.9], rings))).toBe(false);
  });
});

describe('the build', () => {
  const built = buildEras(islands, land);

  it('gives the outlying pieces of an island its holder, by era', () => {
    const eraLand = built.get('eras.geojson') as EraLandCollection;
    const holderAt = (era: EraId, pt: Position) => eraLand.features
      .filter((f) => f.properties.era === era && inGeometry(pt, f.geometry))
      .map((f) => `${f.properties.part} ${f.properties.holder}`);
    expect(holderAt('1945', ISLET.kunashir)).toEqual(['kunashir russia']);
    expect(holderAt('1875', ISLET.kunashir)).toEqual(['kunashir japan']);
    expect(holderAt('1945', ISLET.shikotan)).toEqual(['shikotan russia']);
    // Cape Terpeniya lies south of 50°N: with southern Sakhalin in 1905, Russian otherwise.
    for (const pt of [ISLET.terpeniyaWest, ISLET.terpeniyaEast]) {
      expect(holderAt('1905', pt)).toEqual(['sakhalin/south japan']);
      expect(holderAt('1945', pt)).toEqual(['sakhalin russia']);
      expect(holderAt('1855', pt)).toEqual(['sakhalin joint']);
    }
  });

  it('finds no outlying piece across the parallel and none of another country', () => {
    const pieces = outlyingPieces(islands, land);
    expect([...pieces.keys()]).toContain('kunashir');
    for (const p of pieces.get('sakhalin')!) {
      const ys = p[0].map((q) => q[1]);
      expect(Math.min(...ys) >= 50 || Math.max(...ys) <= 50).toBe(true);
    }
    // Japan's islets off Nemuro go with Hokkaido, never with Russian-held Kunashir or the Habomai.
    const nemuro = [145.6, 43.215];
    expect(pieces.get('hokkaido')!.some((p) => pointInPolygon(nemuro, p))).toBe(true);
  });

  it('reproduces the committed files byte for byte', () => {
    for (const [name, fc] of built) {
      expect(serializeCollection(fc), name).toBe(readFileSync(`public/data/${name}`, 'utf8'));
    }
  });

  it('stays within 150 KB gzipped for the three files together, for the first view', () => {
    const gz = [...built.values()].reduce((s, fc) => s + gzipSync(serializeCollection(fc), { level: 9 }).length, 0);
    expect(gz).toBeLessThan(150 * 1024);
  });

  it('refuses a sea line that crosses land', () => {
    const overLand: Position[] = [[142.5, 43.0], [143.5, 43.5]]; // across Hokkaido
    expect(touchesLand(overLand, islands)).toBe('hokkaido');
    expect(touchesLand(seaBorders[0].waypoints.map((w) => w.at), islands)).toBeNull();
  });
});

describe('parallelOnLand', () => {
  it('returns the pieces of a parallel inside a ring, west to east', () => {
    // A "U" open to the north: the parallel at 1.5 crosses both arms.
    const u: Position[] = [[0, 0], [3, 0], [3, 2], [2, 2], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]];
    expect(parallelOnLand(u, 1.5)).toEqual([[[0, 1.5], [1, 1.5]], [[2, 1.5], [3, 1.5]]]);
    expect(parallelOnLand(u, 0.5)).toEqual([[[0, 0.5], [3, 0.5]]]);
    expect(parallelOnLand(u, 5)).toEqual([]);
  });
});

describe('simplifyRing', () => {
  it('drops vertices within the tolerance and keeps those beyond it', () => {
    const ring: Position[] = [[0, 0], [1, 0.0005], [2, 0], [2, 1], [1, 1.5], [0, 1], [0, 0]];
    expect(simplifyRing(ring, () => 0.002)).toEqual([[0, 0], [2, 0], [2, 1], [1, 1.5], [0, 1], [0, 0]]);
    // A tolerance that grows with longitude: the small bump at x = 1 is kept where it is fine.
    expect(simplifyRing(ring, (p) => (p[0] < 1.5 ? 0.0001 : 1))).toContainEqual([1, 0.0005]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { geodesicDistanceKm, geodesicMidpoint, pointToPreparedSegment, prepareSegment } from './geodesic.ts';
import { coastOf, lineOf } from './coast-index.ts';
import { coastToCoast, exhaustiveCoastToCoast, nearestCoast } from './nearest.ts';
import type { IslandCollection, IslandFeature } from './types.ts';

const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as IslandCollection;
const islands = load(new URL('../../public/data/islands.geojson', import.meta.url)).features;
const habomai = load(new URL('./__fixtures__/measure/habomai.geojson', import.meta.url)).features;
const cuts = load(new URL('./__fixtures__/measure/kunashir-cuts.geojson', import.meta.url)).features;
const pick = (list: IslandFeature[], id: string): IslandFeature => {
  const f = list.find((g) => g.properties.id === id);
  if (!f) throw new Error(`no ${id} in the data`);
  return f;
};
const island = (id: string) => pick(islands, id);

/** The least distance from p to every coast segment of the given islands, one by one. */
function bruteNearest(p: Position, list: IslandFeature[]): number {
  let best = Infinity;
  for (const f of list) {
    const c = coastOf(f);
    for (let i = 0; i < c.n; i++) best = Math.min(best, pointToPreparedSegment(lineOf(c, i), p[0], p[1]).m);
  }
  return best / 1000;
}

describe('nearestCoast', () => {
  // Points around the Habomai islets: at sea, between islets, on land, and far out.
  const points: Position[] = [
    [145.9, 43.45], [146.0, 43.39], [146.1, 43.45], [146.2, 43.5], [145.95, 43.3],
    [146.3, 43.6], [146.02, 43.41], [146.5, 43.2], [145.7, 43.6], [146.12, 43.48],
  ];
  it.each(points)('at %f, %f equals the brute-force minimum over every segment', (lon, lat) => {
    const r = nearestCoast([lon, lat], habomai);
    expect(r.distanceKm).toBeCloseTo(bruteNearest([lon, lat], habomai), 9);
    // The reported point is that far away, as GeographicLib measures it.
    expect(geodesicDistanceKm([lon, lat], r.point)).toBeCloseTo(r.distanceKm, 6);
    // And it lies on the named island's coast.
    expect(nearestCoast(r.point, [pick(habomai, r.islandId)]).distanceKm).toBeLessThan(1e-6);
  });

  it('finds the nearest island among all of them', () => {
    // Off the east coast of Kunashir, 145.9°E 44.0°N: Kunashir's shore is about 3 km away.
    const r = nearestCoast([145.9, 44.0], islands);
    expect(r.islandId).toBe('kunashir');
    expect(r.inside).toBe(false);
    expect(r.distanceKm).toBeCloseTo(bruteNearest([145.9, 44.0], [island('kunashir')]), 9);
    expect(r.distanceKm).toBeGreaterThan(1);
    expect(r.distanceKm).toBeLessThan(5);
  });

  it('says when the point is on land, and treats lakes as water unless told to use outer rings only', () => {
    const kunashir = island('kunashir');
    const onLand = nearestCoast([146.0, 44.25], [kunashir]);
    expect(onLand.inside).toBe(true);
    // A point in Kunashir's lake near 145.61°E 43.93°N.
    const inLake: Position = [145.6097, 43.9306];
    const all = nearestCoast(inLake, [kunashir]);
    const outer = nearestCoast(inLake, [kunashir], { rings: 'outer' });
    expect(all.inside).toBe(false);
    expect(outer.inside).toBe(true);
    expect(outer.distanceKm).toBeGreaterThan(all.distanceKm);
  });
});

describe('coastToCoast equals the exhaustive minimum over all segment pairs', () => {
  const habomaiPairs = habomai.flatMap((a, i) => habomai.slice(i + 1).map((b) => [a, b] as const));
  it.each(habomaiPairs.map(([a, b]) => [a.properties.id, b.properties.id, a, b] as const))('%s–%s', (_a, _b, a, b) => {
    const fast = coastToCoast(a, b);
    const slow = exhaustiveCoastToCoast(a, b);
    expect(fast.distanceKm).toBe(slow.distanceKm);
    expect(fast.points).toEqual(slow.points);
  });

  it.each([
    ['kunashir', 'hokkaido'],
    ['suisho', 'hokkaido'],
    ['shumshu', 'kamchatka'],
    ['iturup', 'urup'],
    ['shumshu', 'paramushir'],
    ['shikotan', 'kunashir'],
    // Far apart, where the chord bound is looser and the floor beyond 1,800 km comes in.
    ['medny', 'teuri'],
    ['bering-island', 'rishiri'],
    ['atlasov', 'yagishiri'],
  ])('%s–%s (shipped data)', (x, y) => {
    const fast = coastToCoast(island(x), island(y));
    const slow = exhaustiveCoastToCoast(island(x), island(y));
    expect(fast.distanceKm).toBeCloseTo(slow.distanceKm, 9);
    expect(geodesicDistanceKm(fast.points[0], slow.points[0])).toBeLessThan(1e-6);
    expect(geodesicDistanceKm(fast.points[1], slow.points[1])).toBeLessThan(1e-6);
  });

  it('is symmetric: swapping the islands swaps the points', () => {
    const ab = coastToCoast(island('sakhalin'), island('hokkaido'));
    const ba = coastToCoast(island('hokkaido'), island('sakhalin'));
    expect(ba.distanceKm).toBe(ab.distanceKm);
    expect(ba.points).toEqual([ab.points[1], ab.points[0]]);
  });
});

describe('coastToCoast: the classic straits', () => {
  // Ranges are what the published figure allows for our coastline (OSM land polygons,
  // generalised for the web, which shaves capes and spits by a few hundred metres):
  it.each([
    // GSI: 16.0 km from the Notsuke Peninsula; ja-WP: ~17 km between Notsuke and Kunashir.
    ['kunashir', 'hokkaido', 15.5, 17],
    // GSI: 7.0 km from Cape Nosappu; ru-WP: 7.5 km across the Sovetsky Strait.
    ['suisho', 'hokkaido', 6.5, 7.6],
    // The First Kuril Strait between Shumshu and Cape Lopatka: about 11 km (the figure the issue
    // gives; docs/sources.md lists no published width for it, so the range is wide).
    ['shumshu', 'kamchatka', 10, 12.5],
    // La Pérouse (Soya) Strait, Cape Crillon to Cape Soya: about 42 km (likewise).
    ['sakhalin', 'hokkaido', 40, 45],
  ])('%s–%s is between %f and %f km', (x, y, lo, hi) => {
    const r = coastToCoast(island(x), island(y));
    expect(r.distanceKm).toBeGreaterThan(lo);
    expect(r.distanceKm).toBeLessThan(hi);
    expect(r.overlap).toBe(false);
    // Held against GeographicLib: the two points are that far apart on the ellipsoid...
    expect(Math.abs(geodesicDistanceKm(r.points[0], r.points[1]) / r.distanceKm - 1)).toBeLessThan(1e-3);
    // ...and each lies on its own island's coast.
    expect(nearestCoast(r.points[0], [island(x)]).distanceKm).toBeLessThan(1e-6);
    expect(nearestCoast(r.points[1], [island(y)]).distanceKm).toBeLessThan(1e-6);
  });

  it('measures Kunashir–Hokkaido from the tip of the Notsuke Peninsula', () => {
    const [, onHokkaido] = coastToCoast(island('kunashir'), island('hokkaido')).points;
    // Notsuke's spit ends near 145.33°E 43.59°N.
    expect(geodesicDistanceKm(onHokkaido, [145.33, 43.59])).toBeLessThan(3);
  });

  it('measures Suisho from Cape Nosappu (43°23′07″N 145°49′02″E)', () => {
    const [, onHokkaido] = coastToCoast(island('suisho'), island('hokkaido')).points;
    expect(geodesicDistanceKm(onHokkaido, [145 + 49 / 60 + 2 / 3600, 43 + 23 / 60 + 7 / 3600])).toBeLessThan(1.5);
  });

  it('crosses the Vries Strait where the 1855 boundary ran (~45°30′N 149°10′E)', () => {
    const r = coastToCoast(island('iturup'), island('urup'));
    expect(geodesicDistanceKm(geodesicMidpoint(r.points[0], r.points[1]), [149 + 10 / 60, 45.5])).toBeLessThan(15);
    // No published width in docs/sources.md: a sanity range only.
    expect(r.distanceKm).toBeGreaterThan(30);
    expect(r.distanceKm).toBeLessThan(50);
  });
});

describe('coastToCoast: touching and overlapping pairs give 0', () => {
  it.each([
    ['touching halves', 'kunashir-west', 'kunashir-east'],
    ['overlapping halves', 'kunashir-west-wide', 'kunashir-east-wide'],
    ['one inside the other', 'kunashir-inland', 'kunashir-east'],
  ])('%s', (_name, x, y) => {
    const r = coastToCoast(pick(cuts, x), pick(cuts, y));
    expect(r.distanceKm).toBe(0);
    expect(r.overlap).toBe(true);
    expect(exhaustiveCoastToCoast(pick(cuts, x), pick(cuts, y)).distanceKm).toBe(0);
  });

  it('an island against itself', () => {
    expect(coastToCoast(island('urup'), island('urup')).distanceKm).toBe(0);
  });
});

describe('two segments: the nearest points include an end of one of them', () => {
  // What segment pairs reduce to in the search (and in the exhaustive check), held against
  // sampling both geodesics densely.
  function sampledPair(a: [Position, Position], b: [Position, Position], n = 200): number {
    const sa = prepareSegment(a[0], a[1]);
    const sb = prepareSegment(b[0], b[1]);
    const pb: Position[] = [];
    for (let j = 0; j <= n; j++) {
      const y = sb.line.Position((sb.s13 * j) / n);
      pb.push([y.lon2 ?? NaN, y.lat2 ?? NaN]);
    }
    let best = Infinity;
    for (let i = 0; i <= n; i++) {
      const x = sa.line.Position((sa.s13 * i) / n);
      for (const q of pb) best = Math.min(best, geodesicDistanceKm([x.lon2 ?? NaN, x.lat2 ?? NaN], q));
    }
    return best;
  }
  const ends = (a: [Position, Position], b: [Position, Position]) => {
    const [sa, sb] = [prepareSegment(a[0], a[1]), prepareSegment(b[0], b[1])];
    return Math.min(
      ...a.map((p) => pointToPreparedSegment(sb, p[0], p[1]).m),
      ...b.map((p) => pointToPreparedSegment(sa, p[0], p[1]).m),
    ) / 1000;
  };
  it.each([
    ['nearly parallel, 20 km long, 10 km apart', [[145.0, 43.5], [145.25, 43.52]], [[145.02, 43.6], [145.27, 43.61]]],
    ['skew, one end close', [[145.0, 43.5], [145.2, 43.6]], [[145.25, 43.58], [145.4, 43.9]]],
    ['long and oblique at 50°N', [[156.0, 50.5], [156.8, 50.9]], [[156.3, 50.95], [156.9, 51.4]]],
  ] as [string, [Position, Position], [Position, Position]][])('%s', (_name, a, b) => {
    const ours = ends(a, b);
    const dense = sampledPair(a, b);
    expect(ours).toBeLessThanOrEqual(dense + 1e-9);
    // Sampling at 1/200 of the length misses the minimum by well under 10 m here.
    expect(dense - ours).toBeLessThan(0.01);
  });
});

describe('pointToPreparedSegment against dense sampling of the geodesic', () => {
  /** Samples the segment at n + 1 points and returns the least distance (metres). */
  function sampled(p: Position, a: Position, b: Position, n = 20000): number {
    const seg = prepareSegment(a, b);
    let best = Infinity;
    for (let i = 0; i <= n; i++) {
      const x = seg.line.Position((seg.s13 * i) / n);
      best = Math.min(best, geodesicDistanceKm(p, [x.lon2 ?? NaN, x.lat2 ?? NaN]) * 1000);
    }
    return best;
  }
  it.each([
    ['foot inside a short coastal segment', [145.4, 43.7], [145.41, 43.71], [145.3, 43.75]],
    ['beyond the start', [145.0, 43.0], [145.2, 43.0], [144.8, 43.1]],
    ['beyond the end', [145.0, 43.0], [145.2, 43.0], [145.5, 42.9]],
    ['a 300 km east–west geodesic, point north of it', [140.0, 45.0], [144.0, 45.0], [142.0, 45.4]],
    ['a 500 km north–south geodesic', [150.0, 45.0], [150.5, 49.5], [152.0, 47.0]],
    ['point on the segment', [145.0, 43.0], [145.2, 43.1], [145.1, 43.050036]],
    ['across the equator', [10.0, -1.0], [11.0, 1.0], [9.0, 0.5]],
  ] as [string, Position, Position, Position][])('%s', (_name, a, b, p) => {
    const foot = pointToPreparedSegment(prepareSegment(a, b), p[0], p[1]);
    const dense = sampled(p, a, b);
    // Never longer than the sampled minimum, and short of it only by the sampling error.
    expect(foot.m).toBeLessThanOrEqual(dense + 1e-6);
    expect(dense - foot.m).toBeLessThan(0.05);
    expect(geodesicDistanceKm(p, [foot.lon, foot.lat]) * 1000).toBeCloseTo(foot.m, 3);
  });
});

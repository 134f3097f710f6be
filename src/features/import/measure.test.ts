import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { LineString, MultiPoint, Point, Polygon, Position } from 'geojson';
import { pointToPreparedSegment, prepareSegment } from '../../geo/geodesic.ts';
import { coastOf, insideCoast, lineOf } from '../../geo/coast-index.ts';
import { coastToCoast, nearestCoast } from '../../geo/nearest.ts';
import type { IslandCollection, IslandFeature } from '../../geo/types.ts';
import { distanceBetween, distanceToIsland, insideGeometry, nearestIsland, prepareGeometry } from './measure.ts';
import type { ImportGeometry } from './validate.ts';

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const island = (id: string): IslandFeature => {
  const f = islands.find((g) => g.properties.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./__fixtures__/good/${name}`, import.meta.url), 'utf8'));
const surveyTrack = fixture('survey-track.geojson').features[0].geometry as LineString;
const surveyArea = fixture('kunashir-area.geojson').geometry as Polygon;

/** The segments of an imported geometry as [a, b] pairs (a lone point as [p, p]), and one position of each part. */
function pieces(g: ImportGeometry): { segments: [Position, Position][]; parts: Position[]; rings: Position[][][] } {
  const runs = g.type === 'Point' ? [[g.coordinates]] : g.type === 'MultiPoint' ? g.coordinates.map((p) => [p])
    : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const segments: [Position, Position][] = [];
  for (const r of runs) {
    if (r.length === 1) segments.push([r[0], r[0]]);
    for (let i = 1; i < r.length; i++) segments.push([r[i - 1], r[i]]);
  }
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return { segments, parts: runs.map((r) => r[0]), rings };
}

/** Whether segments ab and cd cross, in the plane of longitude and latitude. */
function cross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/**
 * The distance from a geometry to an island's coast by brute force: 0 if any of its segments
 * crosses a coast segment, a part lies on the land or the coast on the geometry's area; else the
 * least distance from every vertex of each to every segment of the other.
 */
function bruteToIsland(g: ImportGeometry, f: IslandFeature): number {
  const c = coastOf(f);
  const { segments, parts, rings } = pieces(g);
  for (const [a, b] of segments) {
    for (let j = 0; j < c.n; j++) if (cross(a, b, [c.seg[j * 4], c.seg[j * 4 + 1]], [c.seg[j * 4 + 2], c.seg[j * 4 + 3]])) return 0;
  }
  if (parts.some((p) => insideCoast(p, c))) return 0;
  for (const poly of rings) {
    for (let j = 0; j < c.n; j++) if (booleanPointInPolygon([c.seg[j * 4], c.seg[j * 4 + 1]], { type: 'Polygon', coordinates: poly }, { ignoreBoundary: true })) return 0;
  }
  let best = Infinity;
  for (const [a] of segments.concat(segments.map(([, b]) => [b, b] as [Position, Position]))) {
    for (let j = 0; j < c.n; j++) best = Math.min(best, pointToPreparedSegment(lineOf(c, j), a[0], a[1]).m);
  }
  for (const [a, b] of segments) {
    const line = prepareSegment(a, b);
    for (let j = 0; j < c.n; j++) best = Math.min(best, pointToPreparedSegment(line, c.seg[j * 4], c.seg[j * 4 + 1]).m);
  }
  return best / 1000;
}

/** The distance between two imported geometries by brute force, the same way. */
function bruteBetween(a: ImportGeometry, b: ImportGeometry): number {
  const A = pieces(a), B = pieces(b);
  for (const [p, q] of A.segments) for (const [r, s] of B.segments) if (cross(p, q, r, s)) return 0;
  const inside = (p: Position, rings: Position[][][]) => rings.some((poly) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }, { ignoreBoundary: true }));
  if (A.parts.some((p) => inside(p, B.rings)) || B.parts.some((p) => inside(p, A.rings))) return 0;
  let best = Infinity;
  const ends = (x: typeof A) => x.segments.flatMap(([p, q]) => [p, q]);
  for (const [from, to] of [[A, B], [B, A]] as const) {
    for (const p of ends(from)) for (const [r, s] of to.segments) best = Math.min(best, pointToPreparedSegment(prepareSegment(r, s), p[0], p[1]).m);
  }
  return best / 1000;
}

const kunashir = island('kunashir');
const hokkaido = island('hokkaido');

describe('nearestIsland and distanceToIsland', () => {
  it('measure a point as nearestCoast does', () => {
    for (const p of [[145.9, 44.0], [145.42, 43.7], [146.1, 44.1], [145.3, 43.55], [147.2, 44.9], [141.5, 45.5]]) {
      const point: Point = { type: 'Point', coordinates: p };
      const r = nearestIsland(point, islands);
      const want = nearestCoast(p, islands);
      expect(r.islandId).toBe(want.islandId);
      expect(r.distanceKm).toBeCloseTo(want.distanceKm, 9);
      expect(r.points[0]).toEqual(p);
      expect(r.points[1][0]).toBeCloseTo(want.point[0], 9);
      expect(r.overlap).toBe(false);
    }
  });

  it('measure the survey track to Kunashir and to Hokkaido as the brute force does, and name the nearer', () => {
    const toKunashir = distanceToIsland(surveyTrack, kunashir);
    const toHokkaido = distanceToIsland(surveyTrack, hokkaido);
    expect(toKunashir.distanceKm).toBeCloseTo(bruteToIsland(surveyTrack, kunashir), 9);
    expect(toHokkaido.distanceKm).toBeCloseTo(bruteToIsland(surveyTrack, hokkaido), 9);
    // A track in the Nemuro Strait: a few km from either shore.
    expect(toKunashir.distanceKm).toBeGreaterThan(1);
    expect(toHokkaido.distanceKm).toBeLessThan(20);
    const nearest = nearestIsland(surveyTrack, islands);
    expect(nearest.islandId).toBe(toKunashir.distanceKm < toHokkaido.distanceKm ? 'kunashir' : 'hokkaido');
    expect(nearest.distanceKm).toBe(Math.min(toKunashir.distanceKm, toHokkaido.distanceKm));
  });

  it('give the two nearest points, on the geometry and on the coast, that far apart', () => {
    const r = distanceToIsland(surveyArea, kunashir);
    expect(r.distanceKm).toBeCloseTo(bruteToIsland(surveyArea, kunashir), 9);
    const [onArea, onCoast] = r.points;
    // The point on the coast lies on Kunashir's coast; the one on the area, on its outline.
    expect(nearestCoast(onCoast, [kunashir]).distanceKm).toBeLessThan(1e-6);
    expect(Math.min(...pieces(surveyArea).segments.map(([a, b]) => pointToPreparedSegment(prepareSegment(a, b), onArea[0], onArea[1]).m))).toBeLessThan(1e-3);
    expect(nearestIsland({ type: 'Point', coordinates: onArea }, [kunashir]).distanceKm).toBeCloseTo(r.distanceKm, 6);
  });

  it('measure an island\'s own outline, imported, to another as coastToCoast does (Kunashir–Hokkaido 16.21 km)', () => {
    for (const [a, b] of [['kunashir', 'hokkaido'], ['suisho', 'hokkaido'], ['shikotan', 'kunashir'], ['iturup', 'urup']]) {
      const want = coastToCoast(island(a), island(b));
      const got = distanceToIsland(island(a).geometry, island(b));
      expect(got.distanceKm, `${a}–${b}`).toBeCloseTo(want.distanceKm, 9);
      expect(got.overlap).toBe(false);
    }
    expect(distanceToIsland(kunashir.geometry, hokkaido).distanceKm).toBeCloseTo(16.21, 2);
  });

  it('give 0 when a line crosses the coast, a point is on land, or a polygon holds an island, and say which island', () => {
    const across: LineString = { type: 'LineString', coordinates: [[145.9, 44.0], [146.0, 44.3]] };
    const onLand: Point = { type: 'Point', coordinates: [146.0, 44.25] };
    const aroundShikotan: Polygon = { type: 'Polygon', coordinates: [[[146.5, 43.6], [147.0, 43.6], [147.0, 44.0], [146.5, 44.0], [146.5, 43.6]]] };
    for (const [g, id] of [[across, 'kunashir'], [onLand, 'kunashir'], [aroundShikotan, 'shikotan']] as const) {
      const r = nearestIsland(g, islands);
      expect(r).toMatchObject({ distanceKm: 0, overlap: true, islandId: id });
      expect(bruteToIsland(g, island(id))).toBe(0);
    }
  });

  it('take a point in a lake as water, to the lake\'s shore, as nearestCoast does', () => {
    const lake: Position = [145.6097, 43.9306];
    const r = distanceToIsland({ type: 'Point', coordinates: lake }, kunashir);
    expect(r.overlap).toBe(false);
    expect(r.distanceKm).toBeCloseTo(nearestCoast(lake, [kunashir]).distanceKm, 9);
    expect(distanceToIsland({ type: 'Point', coordinates: lake }, kunashir, { rings: 'outer' })).toMatchObject({ distanceKm: 0, overlap: true });
  });

  it('measure points in any order as nearestCoast from each, on land or at sea', () => {
    let s = 17;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const sea: Position[] = Array.from({ length: 400 }, () => [145.85 + next() * 0.5, 43.7 + next() * 0.22]);
    const cloud: MultiPoint = { type: 'MultiPoint', coordinates: sea };
    const r = nearestIsland(cloud, islands);
    const each = sea.map((p) => nearestCoast(p, islands));
    const nearest = each.reduce((a, b) => (b.distanceKm < a.distanceKm ? b : a));
    expect(r.distanceKm).toBeCloseTo(nearest.distanceKm, 9);
    // The island named is that far (the Habomai group and its islet Taraku share a coast, so
    // either may be named where it is nearest).
    expect(nearestCoast(r.points[0], [island(r.islandId)]).distanceKm).toBeCloseTo(r.distanceKm, 9);
    // One point on land among them makes the whole 0.
    const withLand: MultiPoint = { type: 'MultiPoint', coordinates: [...sea, [146.0, 44.25]] };
    expect(nearestIsland(withLand, islands)).toMatchObject({ distanceKm: 0, overlap: true, islandId: 'kunashir' });
    expect(each.some((x) => x.inside)).toBe(false);
  });

  it('equal the brute force on random tracks around Kunashir, Shikotan and the Habomai islets', () => {
    const near = [kunashir, island('shikotan'), island('habomai'), island('suisho')];
    const position = fc.tuple(fc.double({ min: 145.5, max: 146.9, noNaN: true }), fc.double({ min: 43.3, max: 44.2, noNaN: true }));
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 4 }), fc.boolean(), (ps, asPoints) => {
        const g: ImportGeometry = ps.length === 1 || asPoints ? { type: 'MultiPoint', coordinates: ps } : { type: 'LineString', coordinates: ps };
        const r = nearestIsland(g, near);
        const brute = near.map((f) => bruteToIsland(g, f));
        expect(r.distanceKm).toBeCloseTo(Math.min(...brute), 9);
        expect(brute[near.findIndex((f) => f.properties.id === r.islandId)]).toBeCloseTo(r.distanceKm, 9);
      }),
      { numRuns: 25, seed: 1855 },
    );
  });
});

describe('distanceBetween', () => {
  it('measures two imported geometries as the brute force does, either way round', () => {
    const points: MultiPoint = fixture('points.geojson').features[2].geometry;
    const track3d = fixture('track-3d.geojson').features[0].geometry as LineString;
    const flat: LineString = { type: 'LineString', coordinates: track3d.coordinates.map((p) => p.slice(0, 2)) };
    for (const [a, b] of [[surveyTrack, surveyArea], [surveyArea, points], [flat, surveyTrack], [points, flat]] as [ImportGeometry, ImportGeometry][]) {
      const ab = distanceBetween(a, b);
      const ba = distanceBetween(b, a);
      expect(ab.distanceKm).toBeCloseTo(bruteBetween(a, b), 9);
      expect(ba.distanceKm).toBeCloseTo(ab.distanceKm, 9);
      expect(ba.points).toEqual([ab.points[1], ab.points[0]]);
    }
  });

  it('gives 0 for crossing lines and for a point inside a polygon, and not for a point in its hole', () => {
    const a: LineString = { type: 'LineString', coordinates: [[146.0, 43.8], [146.2, 43.9]] };
    const b: LineString = { type: 'LineString', coordinates: [[146.0, 43.9], [146.2, 43.8]] };
    expect(distanceBetween(a, b)).toMatchObject({ distanceKm: 0, overlap: true });
    const holed: Polygon = { type: 'Polygon', coordinates: [
      [[146.0, 43.7], [146.4, 43.7], [146.4, 44.0], [146.0, 44.0], [146.0, 43.7]],
      [[146.1, 43.8], [146.1, 43.9], [146.3, 43.9], [146.3, 43.8], [146.1, 43.8]],
    ] };
    expect(distanceBetween({ type: 'Point', coordinates: [146.05, 43.75] }, holed)).toMatchObject({ distanceKm: 0, overlap: true });
    const inHole = distanceBetween({ type: 'Point', coordinates: [146.2, 43.85] }, holed);
    expect(inHole.overlap).toBe(false);
    expect(inHole.distanceKm).toBeCloseTo(bruteBetween({ type: 'Point', coordinates: [146.2, 43.85] }, holed), 9);
    expect(insideGeometry(prepareGeometry(holed), 146.2, 43.85)).toBe(false);
    expect(insideGeometry(prepareGeometry(holed), 146.05, 43.75)).toBe(true);
  });
});

describe('prepareGeometry', () => {
  it('is built once per geometry, and its boxes hold every piece', () => {
    const p = prepareGeometry(surveyArea);
    expect(prepareGeometry(surveyArea)).toBe(p);
    expect(p.n).toBe(4);
    expect(p.area).toBe(true);
    // The ring's last edge ends where its first begins: one vertex, not two.
    expect(p.vertex[p.n * 2 - 1]).toBe(p.vertex[0]);
  });
});

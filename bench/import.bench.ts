/**
 * An imported geometry measured to its nearest island (src/features/import/measure.ts), against
 * the ways without an index over it, in one process on the same geometries:
 * - A survey track of 100,000 vertices (40 passes across the sea between Kunashir, Shikotan and
 *   the Habomai islets, a vertex every 16 m, as a GPS logs at a second's interval) and a
 *   MultiPoint of 100,000 soundings in the same waters in random order (seeded, the same every
 *   run).
 * - The candidate: `prepareGeometry` (its Flatbush index built) and `nearestIsland` over all 42
 *   islands, on a fresh geometry object each call, so that nothing is kept from the call before:
 *   the index building is in every figure. Budget: 100 ms, the median of 15 calls in the
 *   process's CPU time (process.cpuUsage), which the other work on a shared machine does not
 *   inflate, as the README's era-switch A/B read thread time; the wall-clock median is printed
 *   beside it with the load average, and on an idle machine the two agree.
 * - Side by side, the way the atlas could do it before: `nearestCoast` (the exact search from a
 *   point, src/geo/nearest.ts) from every vertex, the least of them. For the soundings that is
 *   the exact answer and must agree to the micrometre; for the track it measures from the
 *   vertices only, so it can only be farther (by less than a segment), and is checked so. (The
 *   Habomai group and its islet Taraku share a coast, so either may be named at a tie.)
 * - For the record, the naive way of the measure bench: every vertex against every coast
 *   segment of the 42 islands (37,937), one geodesic each, timed on a few vertices and scaled to
 *   100,000 (it would take hours, so it is not run in full).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { LineString, MultiPoint } from 'geojson';
import { geodesicDistanceKm, pointToSegmentKm } from '../src/geo/geodesic.ts';
import { nearestCoast } from '../src/geo/nearest.ts';
import type { IslandCollection, IslandFeature } from '../src/geo/types.ts';
import { nearestIsland, prepareGeometry } from '../src/features/import/measure.ts';
import { budget, compare, type Bench, type BudgetResult, type Comparison } from './harness.ts';
import { soundings, surveyTrack, VERTICES } from './import-geometries.ts';

const islands = (JSON.parse(readFileSync(new URL('../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Index and measure, on a new geometry object so that no index is kept from the call before. */
const fresh = <G extends LineString | MultiPoint>(g: G) => nearestIsland(prepareGeometry({ ...g }), islands);

/** The least of nearestCoast from every vertex. */
function fromEveryVertex(g: LineString | MultiPoint): { distanceKm: number; islandId: string } {
  let best = { distanceKm: Infinity, islandId: '' };
  for (const p of g.coordinates) {
    const r = nearestCoast(p, islands);
    if (r.distanceKm < best.distanceKm) best = r;
  }
  return best;
}

/** Every vertex against every coast segment, one geodesic each: ms per vertex, from a few. */
function naiveMsPerVertex(g: LineString, list: IslandFeature[]): number {
  const rings = list.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()));
  const sample = [g.coordinates[0], g.coordinates[VERTICES >> 1]];
  const t = performance.now();
  let best = Infinity;
  for (const p of sample) for (const r of rings) for (let i = 1; i < r.length; i++) best = Math.min(best, pointToSegmentKm(p, r[i - 1], r[i]).distanceKm);
  if (!Number.isFinite(best)) throw new Error('no coast');
  return (performance.now() - t) / sample.length;
}

const bench: Bench = async () => {
  const comparisons: Comparison[] = [];
  const budgets: BudgetResult[] = [];
  const longest = (g: LineString) => {
    let m = 0;
    for (let i = 1; i < g.coordinates.length; i++) m = Math.max(m, geodesicDistanceKm(g.coordinates[i - 1], g.coordinates[i]));
    return m;
  };

  for (const [name, g] of [['survey track', surveyTrack()], ['soundings', soundings()]] as const) {
    const exact = fresh(g);
    const slow = fromEveryVertex(g);
    console.log(`${name}, ${VERTICES.toLocaleString('en')} vertices: nearest ${exact.islandId} at ${exact.distanceKm.toFixed(6)} km; nearestCoast from every vertex ${slow.islandId} at ${slow.distanceKm.toFixed(6)} km`);
    if (g.type === 'MultiPoint') {
      if (Math.abs(slow.distanceKm - exact.distanceKm) > 1e-9) throw new Error(`${name}: ${exact.distanceKm} km against ${slow.distanceKm} km from every point`);
    } else if (slow.distanceKm < exact.distanceKm - 1e-9 || slow.distanceKm - exact.distanceKm > longest(g)) {
      throw new Error(`${name}: ${exact.distanceKm} km is not within a segment of ${slow.distanceKm} km from the vertices`);
    }

    comparisons.push(await compare({
      name: `${name} (${VERTICES.toLocaleString('en')} vertices) to its nearest island`,
      baseline: { label: 'nearestCoast from every vertex', run: () => fromEveryVertex(g) },
      candidate: { label: 'Flatbush index built + nearestIsland', run: () => fresh(g), inner: 5 },
      rounds: 3,
    }));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 15; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      fresh(g);
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    const buildTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      prepareGeometry({ ...g });
      buildTimes.push(performance.now() - t);
    }
    console.log(`${name}: indexed and measured in ${median(cpu).toFixed(1)} ms of CPU time, ${median(wall).toFixed(1)} ms on the clock (fastest ${Math.min(...wall).toFixed(1)} ms), load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores; the index built alone in ${median(buildTimes).toFixed(1)} ms on the clock (median of 9)`);
    budgets.push(budget(`${name}, ${VERTICES.toLocaleString('en')} vertices indexed and measured to the nearest of 42 islands (median of 15, CPU time)`, median(cpu), 100, 'ms'));
  }

  const perVertex = naiveMsPerVertex(surveyTrack(), islands);
  const hours = (perVertex * VERTICES) / 3.6e6;
  console.log(`naive, every vertex × every coast segment (37,937) of the 42 islands: ${perVertex.toFixed(0)} ms a vertex, so ${hours.toFixed(1)} h for ${VERTICES.toLocaleString('en')} vertices (scaled from 2; not run in full)`);
  return { comparisons, budgets };
};

export default bench;

/**
 * Coast-to-coast distance, fast against naive, in one process on the same pair:
 * - Kunashir–Hokkaido: the naive way (a geodesic point-to-segment distance from every Kunashir
 *   vertex to every Hokkaido segment, what composing turf's pointToLineDistance over the vertices
 *   would do, done here with GeographicLib per call rather than adding turf packages) against
 *   coastToCoast with its trees built (warm). Goal: 5,000× or more.
 * - Hokkaido–Sakhalin, the largest pair, warm: median of repeated calls, budget 5 ms.
 * - The first call on freshly loaded data (trees built on the way), for the record.
 * - The whole `npm run measure` process, budget 1 s.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pointToSegmentKm } from '../src/geo/geodesic.ts';
import { coastToCoast } from '../src/geo/nearest.ts';
import type { IslandCollection, IslandFeature } from '../src/geo/types.ts';
import { budget, compare, type Bench } from './harness.ts';

const DATA = new URL('../public/data/islands.geojson', import.meta.url);
const load = () => (JSON.parse(readFileSync(DATA, 'utf8')) as IslandCollection).features;

function byId(list: IslandFeature[], id: string): IslandFeature {
  const f = list.find((g) => g.properties.id === id);
  if (!f) throw new Error(`no island ${id}`);
  return f;
}

function rings(f: IslandFeature) {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** The naive baseline: from every vertex of `a`, the distance to every segment of `b`. */
function naive(a: IslandFeature, b: IslandFeature): number {
  let best = Infinity;
  for (const ring of rings(a)) {
    for (const p of ring) {
      for (const line of rings(b)) {
        for (let i = 1; i < line.length; i++) best = Math.min(best, pointToSegmentKm(p, line[i - 1], line[i]).distanceKm);
      }
    }
  }
  return best;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];

function processMs(args: string[], rounds = 3): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'measure', '--', ...args], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`npm run measure -- ${args.join(' ')}: ${r.stderr}`);
  }
  return median(times);
}

const bench: Bench = async () => {
  // A cold first call: fresh features, so no tree exists yet.
  const fresh = load();
  const t0 = performance.now();
  coastToCoast(byId(fresh, 'hokkaido'), byId(fresh, 'sakhalin'));
  const coldMs = performance.now() - t0;

  const islands = load();
  const kunashir = byId(islands, 'kunashir');
  const hokkaido = byId(islands, 'hokkaido');
  const sakhalin = byId(islands, 'sakhalin');
  const exact = coastToCoast(kunashir, hokkaido).distanceKm;
  const slow = naive(kunashir, hokkaido);
  // The naive way only looks from one side's vertices, so it can never find less than the exact.
  if (slow < exact - 1e-9) throw new Error(`naive ${slow} km is below the exact ${exact} km`);
  console.log(`Kunashir–Hokkaido: exact ${exact.toFixed(4)} km; naive (vertices of Kunashir only) ${slow.toFixed(4)} km`);

  const c = await compare({
    name: 'Kunashir–Hokkaido coast to coast',
    baseline: { label: 'naive: GeographicLib point-to-segment, every Kunashir vertex × every Hokkaido segment', run: () => naive(kunashir, hokkaido) },
    candidate: { label: 'coastToCoast (trees built)', run: () => coastToCoast(kunashir, hokkaido), inner: 2000 },
    rounds: 3,
  });

  for (let i = 0; i < 200; i++) coastToCoast(hokkaido, sakhalin);
  const warm: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    coastToCoast(hokkaido, sakhalin);
    warm.push(performance.now() - t);
  }
  const largestMs = median(warm);
  console.log(`Hokkaido–Sakhalin: ${coastToCoast(hokkaido, sakhalin).distanceKm.toFixed(4)} km, warm median ${largestMs.toFixed(4)} ms, cold first call ${coldMs.toFixed(1)} ms`);

  return {
    comparisons: [c],
    budgets: [
      budget('Kunashir–Hokkaido fast time at the 5,000× goal (limit: naive / 5,000)', c.candidateMs, c.baselineMs / 5000, 'ms'),
      budget('Hokkaido–Sakhalin warm, median of 500 calls', largestMs, 5, 'ms'),
      budget('Hokkaido–Sakhalin first call on fresh data, trees built', coldMs, 200, 'ms'),
      budget('npm run measure -- kunashir hokkaido, whole process (median of 3)', processMs(['kunashir', 'hokkaido']), 1000, 'ms'),
      budget('npm run measure -- honshu bering-island, whole process (median of 3)', processMs(['honshu', 'bering-island']), 1000, 'ms'),
    ],
  };
};

export default bench;

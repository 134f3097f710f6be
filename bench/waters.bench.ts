/**
 * "Which waters is this?" (`watersAt`), indexed against brute force, in one process on the same
 * points:
 * - ~200 points across the frontier, most of them around the four islands where the two
 *   positions part, the rest over the whole of the atlas's waters (seeded, the same every run).
 * - The brute force: the distance from the point to every coast segment of each side (Japan's,
 *   Russia's, the four islands') and to every segment of each position's median line, each with
 *   `pointToSegmentKm` (a geodesic solved from scratch per segment), a ray cast over every ring
 *   for "on land" (by the parity of each part's rings, in any part, as sea.ts decides it), and the zones
 *   from those distances by the same rule (`zoneAt`, sea.ts).
 *   `watersAt` also finds the nearest named island, which the brute force leaves out, so the
 *   ratio if anything understates the index's gain.
 * - The check: for every point, both give the same zone under each position, the same "on land"
 *   and the same coast distances (to the metre); the bench throws otherwise. The median-line
 *   distances are compared too, as a budget on their largest difference, and so is "on land"
 *   by that parity against "inside any land polygon" (where land is drawn twice, they part).
 * - Warm `watersAt`, median of the calls over every point, budget 5 ms.
 * - Cold: the three data files read and parsed, the index prepared and the first answer (the
 *   coasts' trees built on the way), and the whole `npm run measure -- waters` process, beside
 *   `npm run measure -- kunashir hokkaido` run in turn with it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { pointToSegmentKm } from '../src/geo/geodesic.ts';
import { SEA_VIEWS, zoneAt, type CoastDistances, type SeaCoasts, type SeaView, type ZoneAt } from '../src/geo/sea.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { prepareWaters, watersAt, type MedianLines, type WatersIndex } from '../src/geo/waters.ts';
import { budget, compare, type Bench } from './harness.ts';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8')) as T;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];

/** A small seeded generator (an LCG), so every run asks about the same points. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function pointsIn([w, s, e, n]: [number, number, number, number], count: number, next: () => number): Position[] {
  return Array.from({ length: count }, () => [+(w + next() * (e - w)).toFixed(4), +(s + next() * (n - s)).toFixed(4)]);
}

/** The points: a few known ones, then seeded ones around the four islands and across the atlas. */
function frontierPoints(): Position[] {
  const next = seeded(2006);
  return [
    [145.82, 43.45], // the Kisshin Maru, 2006, off Kaigara
    [145.5, 43.6], // the Nemuro Strait's south end
    [141.8, 45.7], // the Sōya Strait, in Japan's 3-mile area
    [140.3, 41.5], // the Tsugaru Strait
    [146.0, 44.3], // on Kunashir
    ...pointsIn([144.5, 42.5, 150.0, 46.5], 125, next),
    ...pointsIn([135.0, 40.0, 167.9, 60.5], 70, next),
  ];
}

/** Every segment of some rings, as [lon1, lat1, lon2, lat2]. */
function segmentsOf(rings: Position[][]): number[][] {
  const out: number[][] = [];
  for (const r of rings) for (let i = 1; i < r.length; i++) out.push([r[i - 1][0], r[i - 1][1], r[i][0], r[i][1]]);
  return out;
}

interface Brute {
  /** Per side: the rings of each of its parts (within a part no two polygons overlap), and every segment. */
  sides: Record<keyof SeaCoasts, { parts: Position[][][]; segments: number[][] }>;
  medians: Record<SeaView, number[][]>;
}

function bruteData(w: WatersIndex, maritime: MedianLines): Brute {
  const side = (k: keyof SeaCoasts) => {
    // The coast is each polygon's outer ring, as sea.ts measures it: a lake shore is no baseline.
    const parts = w.coasts[k].map((f) => {
      const g = f.geometry;
      return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly[0]);
    });
    return { parts, segments: segmentsOf(parts.flat()) };
  };
  const medianLines = (view: SeaView) => maritime.features
    .filter((f) => f.properties.kind === 'median-line' && (f.properties.view === 'both' || f.properties.view === view))
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates as Position[]] : (f.geometry.coordinates as Position[][])));
  return {
    sides: { japan: side('japan'), russia: side('russia'), disputed: side('disputed') },
    medians: { japan: segmentsOf(medianLines('japan')), russia: segmentsOf(medianLines('russia')) },
  };
}

function nearestKm(p: Position, segments: number[][]): number {
  let best = Infinity;
  for (const s of segments) best = Math.min(best, pointToSegmentKm(p, [s[0], s[1]], [s[2], s[3]]).distanceKm);
  return best;
}

/** Whether a ray due east from the point crosses the ring an odd number of times. */
function crossesOdd(p: Position, r: Position[]): boolean {
  const [x, y] = p;
  let odd = false;
  for (let i = 1; i < r.length; i++) {
    const [x1, y1] = r[i - 1], [x2, y2] = r[i];
    if (y1 > y !== y2 > y && x < x1 + ((y - y1) / (y2 - y1)) * (x2 - x1)) odd = !odd;
  }
  return odd;
}

/** "On land": inside a part's rings by parity (no two rings of a part overlap), in any part. */
const insideAnyPart = (p: Position, parts: Position[][][]) => parts.some((rings) => rings.reduce((odd, r) => odd !== crossesOdd(p, r), false));

interface BruteAnswer {
  onLand: boolean;
  coastKm: CoastDistances;
  views: Record<SeaView, { zone: ZoneAt | null; medianKm: number }>;
}

function bruteWaters(b: Brute, p: Position): BruteAnswer {
  const signed = (k: keyof SeaCoasts) => {
    const km = nearestKm(p, b.sides[k].segments);
    return insideAnyPart(p, b.sides[k].parts) ? -km : km;
  };
  const d: CoastDistances = { japan: signed('japan'), russia: signed('russia'), disputed: signed('disputed') };
  const onLand = d.japan <= 0 || d.russia <= 0 || d.disputed <= 0;
  const view = (v: SeaView) => ({ zone: onLand ? null : zoneAt(p, d, v), medianKm: nearestKm(p, b.medians[v]) });
  return {
    onLand,
    coastKm: { japan: Math.max(0, d.japan), russia: Math.max(0, d.russia), disputed: Math.max(0, d.disputed) },
    views: { japan: view('japan'), russia: view('russia') },
  };
}

const zoneName = (z: ZoneAt | null) => (z ? `${z.state} ${z.kind}` : 'none');

function runMeasure(args: string[]): void {
  const r = spawnSync('npm', ['run', '--silent', 'measure', '--', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run measure -- ${args.join(' ')}: ${r.stderr}`);
}

const bench: Bench = async () => {
  // Cold first: nothing parsed or built yet in this process (the modules are loaded).
  const t0 = performance.now();
  const data = [read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'), read<MedianLines>('maritime.geojson')] as const;
  const t1 = performance.now();
  watersAt(prepareWaters(...data), [145.82, 43.45]);
  const coldMs = performance.now() - t0;
  console.log(`cold: the three files read and parsed ${(t1 - t0).toFixed(0)} ms, then prepared and the first answer ${(performance.now() - t1).toFixed(0)} ms`);

  const maritime = read<MedianLines>('maritime.geojson');
  const w = prepareWaters(read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'), maritime);
  const brute = bruteData(w, maritime);
  const points = frontierPoints();
  const segments = Object.values(brute.sides).reduce((s, x) => s + x.segments.length, 0);
  console.log(`${points.length} points; brute force: ${segments.toLocaleString('en')} coast segments, ${brute.medians.japan.length} + ${brute.medians.russia.length} median-line segments per point`);

  // Warm: every point once to build what is built lazily, then each call timed, three passes.
  for (const p of points) watersAt(w, p);
  const calls: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const p of points) {
      const t = performance.now();
      watersAt(w, p);
      calls.push(performance.now() - t);
    }
  }
  const warmMs = median(calls);
  const sorted = [...calls].sort((x, y) => x - y);
  console.log(`watersAt warm: median ${warmMs.toFixed(3)} ms, 90th percentile ${sorted[Math.floor(sorted.length * 0.9)].toFixed(3)} ms, slowest ${sorted[sorted.length - 1].toFixed(2)} ms`);

  // Side by side on the same few points: a brute-force answer takes about a second.
  const few = [points[0], points[10], points[150]];
  const c = await compare({
    name: 'watersAt, 3 points',
    baseline: { label: 'brute force: pointToSegmentKm to every coast and median-line segment', run: () => few.map((p) => bruteWaters(brute, p)) },
    candidate: { label: 'watersAt (indexed, warm)', run: () => few.map((p) => watersAt(w, p)), inner: 50 },
    rounds: 3,
  });

  // The check, every point: the same zones, "on land" and coast distances.
  let medianDiffKm = 0;
  let worst = '';
  let medianOff = 0;
  let nearOffKm = 0;
  const mismatches: string[] = [];
  for (const p of points) {
    const a = watersAt(w, p);
    const b = bruteWaters(brute, p);
    const where = `[${p.join(', ')}]`;
    if (a.onLand !== b.onLand) mismatches.push(`${where}: on land ${a.onLand} vs brute force ${b.onLand}`);
    for (const k of ['japan', 'russia', 'disputed'] as const) {
      if (Math.abs(a.coastKm[k] - b.coastKm[k]) > 0.001) mismatches.push(`${where}: ${k} coast ${a.coastKm[k]} km vs brute force ${b.coastKm[k]} km`);
    }
    for (const v of SEA_VIEWS) {
      if (zoneName(a.views[v].zone) !== zoneName(b.views[v].zone)) {
        mismatches.push(`${where}, ${v}'s position: ${zoneName(a.views[v].zone)} vs brute force ${zoneName(b.views[v].zone)}`);
      }
      const diff = Math.abs((a.views[v].medianKm ?? Infinity) - b.views[v].medianKm);
      if (diff > 0.001) medianOff++;
      // Within 50 km of the line, where its distance is what a reader wants to know.
      if (b.views[v].medianKm < 50) nearOffKm = Math.max(nearOffKm, diff);
      if (diff > medianDiffKm) {
        medianDiffKm = diff;
        worst = `${where}, ${v}'s position: ${a.views[v].medianKm} km vs brute force ${b.views[v].medianKm} km`;
      }
    }
  }
  if (mismatches.length) throw new Error(`watersAt and the brute force disagree at ${mismatches.length} point(s):\n${mismatches.join('\n')}`);
  // "Inside any one ring" as a reader means on land: no point there may be answered as sea.
  const landAsSea = points.filter((p) => !watersAt(w, p).onLand && Object.values(brute.sides).some((x) => x.parts.flat().some((r) => crossesOdd(p, r))));
  if (landAsSea.length) console.log(`on land, answered as sea: ${landAsSea.map((p) => `[${p.join(', ')}]`).join(' ')}`);
  const zones = new Set(points.flatMap((p) => SEA_VIEWS.map((v) => zoneName(watersAt(w, p).views[v].zone))));
  console.log(`the same answer at all ${points.length} points (zones met: ${[...zones].sort().join(', ')}); median line: ${medianOff} of ${points.length * 2} distances off by more than a metre, largest ${(medianDiffKm * 1000).toFixed(3)} m${worst ? ` (${worst})` : ''}, largest within 50 km of the line ${(nearOffKm * 1000).toFixed(3)} m`);

  // The whole command, beside the distance command the README times (the load moves both alike).
  const proc = await compare({
    name: 'npm run measure, whole process',
    baseline: { label: 'kunashir hokkaido', run: () => runMeasure(['kunashir', 'hokkaido']) },
    candidate: { label: 'waters 145.82,43.45', run: () => runMeasure(['waters', '145.82,43.45']) },
    rounds: 3,
  });

  return {
    comparisons: [c, proc],
    budgets: [
      budget(`watersAt warm, median of ${calls.length} calls over ${points.length} points`, warmMs, 5, 'ms'),
      budget('median-line distance, largest difference from the brute force', medianDiffKm * 1000, 1, 'm'),
      budget(`points on land answered as sea, of ${points.length}`, landAsSea.length, 0, 'points'),
      budget('cold: land, islands and maritime read, index prepared, first answer (trees built)', coldMs, 500, 'ms'),
      // The process's time moves with the machine's load; side by side with the distance command
      // (whose own budget is 1 s on a quiet machine), it may take at most half as long again.
      budget('npm run measure -- waters, whole process, against kunashir hokkaido in the same run', proc.candidateMs / proc.baselineMs, 1.5, '×'),
    ],
  };
};

export default bench;

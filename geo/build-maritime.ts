/**
 * public/data/maritime.geojson: Japan's and Russia's territorial seas, contiguous zones and
 * EEZs, their outer limits and the median line, as each side's position draws them.
 *
 * How: the signed distance to each side's coast (src/geo/sea.ts, exact on the WGS84 ellipsoid)
 * is sampled on a grid; d3-contour traces each zone's field at 0; then every vertex, which the
 * contour puts on a grid edge, is moved along that edge by bisection with the exact distance
 * until it lies within a few metres of the true limit. So every vertex is exact; between
 * vertices the line is straight.
 *
 * Each zone is cut into the part both positions draw alike (`view: "both"`) and the parts
 * where they differ (`view: "japan"` or `"russia"`): the seam is where the four islands' coast
 * is as near as a side's own (see viewsDifferField).
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Position } from 'geojson';
import { contours } from 'd3-contour';
import {
  coastDistances, nearStraitEdge, SEA_STATES, SEA_VIEWS, sidesInView, viewsDifferField, zoneField, zoneLimitKm, ZONE_KINDS,
  type CoastDistances, type SeaCoasts, type SeaState, type SeaView, type ZoneKind,
} from '../src/geo/sea.ts';
import { MARITIME_SOURCES, MARITIME_METHOD } from './sources/maritime.ts';
import { rewind } from './lib/geometry.ts';
import { SEA_BOX } from '../src/geo/sea-box.ts';
import type { MaritimeFeature, MaritimeProps } from '../src/features/sea/contract.ts';

/** The grid: [w, s, e, n] and its steps in degrees (about 5 km each way at 50°N). */
export const SEA_GRID = { box: [SEA_BOX.west, SEA_BOX.south, SEA_BOX.east, SEA_BOX.north] as const, dLon: 0.07, dLat: 0.05 };
/** Bisection steps along a grid edge: 5.5 km / 2^10, about 5 m. */
const BISECT_STEPS = 10;
/** How near a term must be to 0 for a vertex to count as lying on that line, km. */
const ON_LINE_KM = 0.05;

type Field = (p: Position, d: CoastDistances) => number;

/** Exact distances, kept per position: the same edge is bisected for several fields. */
function distanceCache(coasts: SeaCoasts): (p: Position) => CoastDistances {
  const memo = new Map<string, CoastDistances>();
  return (p) => {
    const key = `${p[0]},${p[1]}`;
    let d = memo.get(key);
    if (!d) memo.set(key, (d = coastDistances(p, coasts)));
    return d;
  };
}

interface Grid {
  nx: number;
  ny: number;
  at(i: number, j: number): Position;
  d: CoastDistances[];
}

function sampleGrid(dist: (p: Position) => CoastDistances): Grid {
  const { box, dLon, dLat } = SEA_GRID;
  const nx = Math.round((box[2] - box[0]) / dLon) + 1;
  const ny = Math.round((box[3] - box[1]) / dLat) + 1;
  // Rounded so that a node is the same position wherever it is computed from.
  const at = (i: number, j: number): Position => [+(box[0] + i * dLon).toFixed(6), +(box[1] + j * dLat).toFixed(6)];
  const d: CoastDistances[] = new Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) d[j * nx + i] = dist(at(i, j));
  return { nx, ny, at, d };
}

/** One traced vertex: its exact position and whether it lies on the grid's frame. */
interface Vertex {
  p: Position;
  frame: boolean;
}

/**
 * The region where `field` ≤ 0, as polygons of exact vertices. d3-contour puts sample (i, j)
 * at (i + 0.5, j + 0.5); an unsmoothed contour vertex lies midway along the edge between two
 * samples, one inside and one outside, or on the frame (where the grid ends the region).
 */
function trace(grid: Grid, field: Field, dist: (p: Position) => CoastDistances): Vertex[][][] {
  const { nx, ny, at } = grid;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = -field(at(i, j), grid.d[j * nx + i]);
  const geometry = contours().size([nx, ny]).smooth(false).contour(Array.from(values), 0);
  const f = (p: Position) => field(p, dist(p));
  const vertex = ([x, y]: number[]): Vertex => {
    let a: [number, number] | null = null, b: [number, number] | null = null;
    if (Number.isInteger(x) && x > 0 && x < nx) [a, b] = [[x - 1, Math.floor(y)], [x, Math.floor(y)]];
    else if (Number.isInteger(y) && y > 0 && y < ny) [a, b] = [[Math.floor(x), y - 1], [Math.floor(x), y]];
    if (!a || !b) {
      const i = Math.min(nx - 1, Math.max(0, Math.round(x - 0.5)));
      const j = Math.min(ny - 1, Math.max(0, Math.round(y - 0.5)));
      return { p: at(i, j), frame: true };
    }
    let pin = at(...a), pout = at(...b);
    if (values[a[1] * nx + a[0]] < 0) [pin, pout] = [pout, pin];
    // Bisection between the inside sample and the outside one.
    let lo = 0, hi = 1;
    const lerp = (t: number): Position => [pin[0] + (pout[0] - pin[0]) * t, pin[1] + (pout[1] - pin[1]) * t];
    for (let k = 0; k < BISECT_STEPS; k++) {
      const mid = (lo + hi) / 2;
      if (f(lerp(mid)) <= 0) lo = mid;
      else hi = mid;
    }
    const p = lerp((lo + hi) / 2);
    return { p: [+p[0].toFixed(5), +p[1].toFixed(5)], frame: false };
  };
  return geometry.coordinates.map((poly) => poly.map((ring) => refineRing(ring.map(vertex), f)));
}

/** How far a segment's midpoint may lie off the line before the segment is split there, km. */
const MIDPOINT_KM = 0.1;
/** Splits of one segment, at most (each halves it): 5 km cells end in segments of 80 m or more. */
const MAX_SPLITS = 6;
const D2R = Math.PI / 180;

/**
 * The line's exact point near a segment's midpoint: along the segment's normal (in the local
 * plane), else down the field's slope, the nearest change of the field's sign within four times
 * the segment's length (a cusp of the line, where the grid cut across its tip, can lie that
 * far), then bisection to a few metres. Null when neither meets a change (a seam, a strait's edge).
 */
function normalZero(a: Position, b: Position, f: (p: Position) => number): Position | null {
  const k = Math.cos(((a[1] + b[1]) / 2) * D2R);
  const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
  // Directions in the plane (x east scaled by k, y north): the segment's normal, then the way
  // the field falls toward its zero (numerically), for lines that turn sharply between vertices.
  const dx = (b[0] - a[0]) * k, dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const f0 = f([mx, my]);
  const h = len / 100;
  const gx = (f([mx + h / k, my]) - f([mx - h / k, my])) / (2 * h), gy = (f([mx, my + h]) - f([mx, my - h])) / (2 * h);
  const g = Math.hypot(gx, gy);
  const ways: [number, number][] = [[-dy / len, dx / len]];
  if (g > 0) ways.push([(-Math.sign(f0) * gx) / g, (-Math.sign(f0) * gy) / g]);
  for (const [ux, uy] of ways) {
    const at = (t: number): Position => [mx + (ux * t) / k, my + uy * t];
    for (const reach of [len / 8, len / 4, len / 2, len, 2 * len, 4 * len]) {
      for (const sign of [1, -1]) {
        let lo = 0, hi = sign * reach;
        if (Math.sign(f(at(hi))) === Math.sign(f0)) continue;
        for (let i = 0; i < 16; i++) {
          const mid = (lo + hi) / 2;
          if (Math.sign(f(at(mid))) === Math.sign(f0)) lo = mid;
          else hi = mid;
        }
        const p = at((lo + hi) / 2);
        return [+p[0].toFixed(5), +p[1].toFixed(5)];
      }
    }
  }
  return null;
}

/**
 * A traced ring with every segment whose midpoint strays more than MIDPOINT_KM off the line
 * split at the line's own point there, so that the straight segments drawn between exact
 * vertices stay on the line too. The field's value is about the distance off the line (its
 * gradient is 1 for a limit, up to 2 for the median line).
 */
function refineRing(ring: Vertex[], f: (p: Position) => number): Vertex[] {
  const out: Vertex[] = [];
  const split = (a: Vertex, b: Vertex, depth: number) => {
    if (!a.frame && !b.frame && depth < MAX_SPLITS) {
      const m: Position = [(a.p[0] + b.p[0]) / 2, (a.p[1] + b.p[1]) / 2];
      if (Math.abs(f(m)) > MIDPOINT_KM) {
        const p = normalZero(a.p, b.p, f);
        if (p) {
          const v = { p, frame: false };
          split(a, v, depth + 1);
          out.push(v);
          split(v, b, depth + 1);
          return;
        }
      }
    }
  };
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) split(ring[i - 1], ring[i], 0);
    out.push(ring[i]);
  }
  return out;
}

function toMultiPolygon(polys: Vertex[][][]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polys.map((poly) => rewind(poly.map((ring) => dedupe(ring.map((v) => v.p))))) };
}

function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

/** Which line a vertex of a zone's boundary lies on. */
type On = 'limit' | 'median' | 'other';

function onLine(v: Vertex, state: SeaState, kind: ZoneKind, d: CoastDistances, view: SeaView): On {
  if (v.frame) return 'other';
  const sides = sidesInView(d, view);
  const own = sides[state], other = sides[state === 'japan' ? 'russia' : 'japan'];
  const limit = Math.abs(own - zoneLimitKm(state, kind, v.p));
  const median = Math.abs(own - other);
  if (limit <= ON_LINE_KM && limit <= median) return 'limit';
  // Where the 3-mile limit of a specified strait joins the 12-mile limit, along the area's edge.
  if (kind === 'territorial-sea' && state === 'japan' && nearStraitEdge(v.p) && median > ON_LINE_KM) return 'limit';
  if (median <= ON_LINE_KM) return 'median';
  return 'other';
}

/** The runs of consecutive vertices of a closed ring for which `keep` holds, as lines. */
export function runsOf<T>(ring: T[], keep: (v: T) => boolean): T[][] {
  const n = ring.length - 1; // closed: the last vertex repeats the first
  if (n < 2) return [];
  const flags = ring.slice(0, n).map(keep);
  if (flags.every(Boolean)) return [ring.slice()];
  const start = flags.findIndex((f) => !f);
  const runs: T[][] = [];
  let cur: T[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (flags[i]) cur.push(ring[i]);
    else if (cur.length) {
      if (cur.length > 1) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) runs.push(cur);
  return runs;
}

/**
 * A line split where the two positions start or stop agreeing: the pieces where they agree are
 * "both", the rest the view's own. A piece of the view's own runs on to the agreeing vertex on
 * either side, so the pieces join at a vertex both positions draw alike.
 */
function splitByAgreement(line: Vertex[], view: SeaView, dist: (p: Position) => CoastDistances, state?: SeaState): { view: SeaView | 'both'; line: Position[] }[] {
  const agree = line.map((v) => viewsDifferField(dist(v.p), state) <= 0);
  const out: { view: SeaView | 'both'; line: Position[] }[] = [];
  let start = 0;
  for (let k = 1; k <= line.length; k++) {
    if (k < line.length && agree[k] === agree[start]) continue;
    const from = agree[start] ? start : Math.max(0, start - 1);
    const to = agree[start] ? k - 1 : Math.min(line.length - 1, k);
    const piece = line.slice(from, to + 1).map((v) => v.p);
    if (piece.length > 1) out.push({ view: agree[start] ? 'both' : view, line: piece });
    start = k;
  }
  return out;
}

function lineGeometry(lines: Position[][]): LineString | MultiLineString {
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
}

/** Builds maritime.geojson from the atlas's coasts. `log` reports the steps' times. */
export function buildMaritime(coasts: SeaCoasts, log: (s: string) => void = () => {}): FeatureCollection {
  const t0 = performance.now();
  const dist = distanceCache(coasts);
  const grid = sampleGrid(dist);
  log(`maritime: grid ${grid.nx}×${grid.ny} sampled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const features: MaritimeFeature[] = [];
  const props = (p: Omit<MaritimeProps, 'method' | 'sources'>): MaritimeProps => ({ ...p, method: MARITIME_METHOD[p.kind], sources: MARITIME_SOURCES[p.kind] });
  const lines = new Map<string, Position[][]>();
  const addLine = (key: string, line: Position[]) => lines.set(key, [...(lines.get(key) ?? []), line]);

  for (const kind of ZONE_KINDS) {
    for (const state of SEA_STATES) {
      // The zone as each position draws it, cut where the two agree and where they differ.
      const inView = (view: SeaView): Field => (p, d) => zoneField(state, kind, sidesInView(d, view), p);
      const parts: [SeaView | 'both', Field][] = [
        ['both', (p, d) => Math.max(inView('japan')(p, d), viewsDifferField(d, state))],
        ...SEA_VIEWS.map((view): [SeaView, Field] => [view, (p, d) => Math.max(inView(view)(p, d), -viewsDifferField(d, state))]),
      ];
      for (const [view, field] of parts) {
        const polys = trace(grid, field, dist);
        if (polys.length) features.push({ type: 'Feature', properties: props({ kind, state, view }), geometry: toMultiPolygon(polys) } as MaritimeFeature);
      }
      // The limit lines and the median, from each position's whole zone.
      for (const view of SEA_VIEWS) {
        for (const poly of trace(grid, inView(view), dist)) {
          for (const ring of poly) {
            const on = ring.map((v) => onLine(v, state, kind, dist(v.p), view));
            const tagged = ring.map((v, i) => ({ ...v, on: on[i] }));
            for (const run of runsOf(tagged, (v) => v.on === 'limit')) {
              for (const piece of splitByAgreement(run, view, dist, state)) {
                if (piece.view === 'both' && view !== 'japan') continue; // drawn once, from Japan's side
                addLine(JSON.stringify({ kind: 'limit', zone: kind, state, view: piece.view }), piece.line);
              }
            }
            // The median line is where the two sides' EEZs meet: traced once, along Japan's.
            if (kind !== 'eez' || state !== 'japan') continue;
            for (const run of runsOf(tagged, (v) => v.on === 'median')) {
              for (const piece of splitByAgreement(run, view, dist)) {
                if (piece.view === 'both' && view !== 'japan') continue;
                addLine(JSON.stringify({ kind: 'median-line', view: piece.view }), piece.line);
              }
            }
          }
        }
      }
      log(`maritime: ${state} ${kind} traced at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  for (const [key, ls] of [...lines].sort(([a], [b]) => a.localeCompare(b))) {
    const p = JSON.parse(key) as Omit<MaritimeProps, 'method' | 'sources'>;
    features.push({ type: 'Feature', properties: props(p), geometry: lineGeometry(ls) } as MaritimeFeature);
  }
  return { type: 'FeatureCollection', features: features as Feature[] };
}

/**
 * A coastline prepared for nearest-distance queries: its segments in lon/lat and in
 * Earth-centred metres, and a bounding-volume tree over them. The tree groups runs of
 * consecutive segments (a coast is spatially coherent along its rings, so runs make tight
 * boxes): level 0 boxes each segment, level k each run of 8^k. A Flatbush index over the
 * segments' lon/lat boxes, built when first needed, answers point-location queries (which side
 * of the coast a point is on).
 */
import type { Position } from 'geojson';
import turfBbox from '@turf/bbox';
import Flatbush from 'flatbush';
import { packSegment } from './coast-bounds.ts';
import { prepareSegment, type PreparedSegment } from './geodesic.ts';
import type { IslandFeature } from './types.ts';

/** Which rings of a polygon count as coast: every ring (lake shores too) or outer rings only. */
export type CoastRings = 'all' | 'outer';

export interface Coast {
  id: string;
  /** Number of segments. */
  n: number;
  /** lon1, lat1, lon2, lat2 of each segment, degrees. */
  seg: Float64Array;
  /** x1, y1, z1, x2, y2, z2 of each segment's ends, ECEF metres. */
  xyz: Float64Array;
  /** How far each segment's geodesic may stray from its chord, metres. */
  pad: Float64Array;
  /** Boxes (minX, minY, minZ, maxX, maxY, maxZ) by level: level k groups BRANCH^k segments. */
  tree: Float64Array[];
  /** lon/lat box of the whole coast. */
  bbox: [number, number, number, number];
  /** lon is scaled by this in the point-location index, so that its boxes are roughly square. */
  kx: number;
  /** Geodesic lines, prepared the first time a segment is solved. */
  lines: (PreparedSegment | undefined)[];
  /** For each segment, the segment that starts where it ends (rings are closed). */
  next: Int32Array;
}

/** Children per tree node. */
export const BRANCH = 8;

const D2R = Math.PI / 180;

// The rings of an island as coast, by option.
function ringsOf(island: IslandFeature, rings: CoastRings): Position[][][] {
  const g = island.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return rings === 'all' ? polys : polys.map((p) => p.slice(0, 1));
}

/** Level k+1 of the tree from level k: each box the union of BRANCH boxes below it. */
function parentLevel(child: Float64Array): Float64Array {
  const count = child.length / 6;
  const up = new Float64Array(Math.ceil(count / BRANCH) * 6);
  for (let p = 0; p * BRANCH < count; p++) {
    up.set([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity], p * 6);
    for (let c = p * BRANCH; c < Math.min(count, (p + 1) * BRANCH); c++) {
      for (let k = 0; k < 3; k++) {
        up[p * 6 + k] = Math.min(up[p * 6 + k], child[c * 6 + k]);
        up[p * 6 + k + 3] = Math.max(up[p * 6 + k + 3], child[c * 6 + k + 3]);
      }
    }
  }
  return up;
}

function buildCoast(island: IslandFeature, rings: CoastRings): Coast {
  const polygons = ringsOf(island, rings);
  let n = 0;
  for (const p of polygons) for (const r of p) n += Math.max(0, r.length - 1);
  const seg = new Float64Array(n * 4);
  const xyz = new Float64Array(n * 6);
  const pad = new Float64Array(n);
  const leaf = new Float64Array(n * 6);
  const next = new Int32Array(n);
  // Plain loops and indexed writes: this runs once per island on every cold start of the CLI.
  let k = 0;
  for (const p of polygons) {
    for (const r of p) {
      const first = k;
      for (let i = 1; i < r.length; i++, k++) {
        next[k] = i === r.length - 1 ? first : k + 1;
        const e = packSegment(r, i, k, seg, xyz, pad);
        const o = k * 6;
        for (let c = 0; c < 3; c++) {
          const u = xyz[o + c], v = xyz[o + 3 + c];
          leaf[o + c] = (u < v ? u : v) - e;
          leaf[o + 3 + c] = (u > v ? u : v) + e;
        }
      }
    }
  }
  // The lon/lat box of the whole island: lake shores lie inside the outer rings, so it is the
  // box of the coast whichever rings count. Recomputed, not trusted from a `bbox` member.
  const [w, s, e, nn] = turfBbox(island.geometry, { recompute: true });
  const bbox: [number, number, number, number] = [w, s, e, nn];
  const tree: Float64Array[] = [leaf];
  while (tree[tree.length - 1].length / 6 > BRANCH) tree.push(parentLevel(tree[tree.length - 1]));
  const kx = Math.cos(((bbox[1] + bbox[3]) / 2) * D2R);
  return { id: island.properties.id, n, seg, xyz, pad, tree, bbox, kx, lines: new Array(n), next };
}

// Built on the first point-location query only: the distance searches do not need it.
const flat = new WeakMap<Coast, Flatbush>();

function indexOf(c: Coast): Flatbush {
  let index = flat.get(c);
  if (!index) {
    index = new Flatbush(Math.max(1, c.n));
    const s = c.seg;
    for (let i = 0; i < c.n; i++) {
      const x1 = s[i * 4], y1 = s[i * 4 + 1], x2 = s[i * 4 + 2], y2 = s[i * 4 + 3];
      index.add(Math.min(x1, x2) * c.kx, Math.min(y1, y2), Math.max(x1, x2) * c.kx, Math.max(y1, y2));
    }
    if (c.n === 0) index.add(0, 0, 0, 0);
    index.finish();
    flat.set(c, index);
  }
  return index;
}

// Prepared coasts live as long as the geometry they were built from: keyed weakly by it, so a
// reloaded data set gets fresh indexes and the old ones are collected with it.
const memo = new WeakMap<object, Partial<Record<CoastRings, Coast>>>();

/**
 * The prepared coast of an island (built on first use, then reused while the feature's geometry
 * object lives).
 *
 * @example
 * const coast = coastOf(kunashir); // coast.n segments, coast.tree the boxes over them
 */
export function coastOf(island: IslandFeature, rings: CoastRings = 'all'): Coast {
  let entry = memo.get(island.geometry);
  if (!entry) memo.set(island.geometry, (entry = {}));
  return (entry[rings] ??= buildCoast(island, rings));
}

/** Segment `i` of a coast as a prepared geodesic (solved once, then kept). */
export function lineOf(c: Coast, i: number): PreparedSegment {
  let line = c.lines[i];
  if (!line) {
    const s = c.seg;
    line = prepareSegment([s[i * 4], s[i * 4 + 1]], [s[i * 4 + 2], s[i * 4 + 3]]);
    c.lines[i] = line;
  }
  return line;
}

/**
 * Whether a position lies on the land a coast bounds (lakes, when counted as coast, are water):
 * the parity of the coast segments crossed by a ray due east, found through the index.
 */
export function insideCoast(p: Position, c: Coast): boolean {
  const [lon, lat] = p;
  if (lon < c.bbox[0] || lon > c.bbox[2] || lat < c.bbox[1] || lat > c.bbox[3]) return false;
  let inside = false;
  const s = c.seg;
  indexOf(c).search(lon * c.kx, lat, c.bbox[2] * c.kx, lat, (i) => {
    const x1 = s[i * 4], y1 = s[i * 4 + 1], x2 = s[i * 4 + 2], y2 = s[i * 4 + 3];
    // Half-open in latitude, so a ray through a vertex counts it once.
    if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
    return false;
  });
  return inside;
}

/**
 * Where segment i of `a` crosses segment j of `b`, or null. Decided in a local equirectangular
 * plane: for coast segments of a few km the chord and the geodesic part by metres at most, so a
 * crossing can only be misjudged where the two coasts come within that of each other (and
 * the coordinates themselves are rounded to about a metre).
 */
export function crossing(a: Coast, i: number, b: Coast, j: number): Position | null {
  const s = a.seg, t = b.seg;
  const ax = s[i * 4], ay = s[i * 4 + 1], bx = s[i * 4 + 2], by = s[i * 4 + 3];
  const cx = t[j * 4], cy = t[j * 4 + 1], dx = t[j * 4 + 2], dy = t[j * 4 + 3];
  const k = Math.cos(((ay + cy) / 2) * D2R);
  const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * k * (ry - py) - (qy - py) * (rx - px) * k;
  const d1 = orient(ax, ay, bx, by, cx, cy);
  const d2 = orient(ax, ay, bx, by, dx, dy);
  const d3 = orient(cx, cy, dx, dy, ax, ay);
  const d4 = orient(cx, cy, dx, dy, bx, by);
  if (!(((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))) return null;
  const u = d3 / (d3 - d4);
  return [ax + u * (bx - ax), ay + u * (by - ay)];
}

/**
 * A point where one coast's land lies on the other's, when their boxes overlap and one island
 * lies on the other, else null. With no crossing segments (checked elsewhere) either one lies
 * wholly on the other or they are apart, so one vertex of each decides.
 */
export function containment(a: Coast, b: Coast): Position | null {
  const overlap = a.bbox[0] <= b.bbox[2] && b.bbox[0] <= a.bbox[2] && a.bbox[1] <= b.bbox[3] && b.bbox[1] <= a.bbox[3];
  if (!overlap || !a.n || !b.n) return null;
  const pa: Position = [a.seg[0], a.seg[1]];
  if (insideCoast(pa, b)) return pa;
  const pb: Position = [b.seg[0], b.seg[1]];
  return insideCoast(pb, a) ? pb : null;
}

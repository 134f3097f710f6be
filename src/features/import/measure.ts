/**
 * Distances from a reader's imported geometry (Point to MultiPolygon) to the islands' coasts and
 * to another imported geometry: the exact minimum over the geodesic segments on the WGS84
 * ellipsoid, as `coastToCoast` gives between two islands (src/geo/nearest.ts), with the same
 * bounds and the same geodesic solver, so that "my survey track to Kunashir's coast" and
 * "Kunashir to Hokkaido" are measured alike.
 *
 * **The imported geometry is indexed with Flatbush** in a plane tangent to the Earth at its
 * centre: each piece (a segment; a lone point is a segment of length 0) by the box of its ends'
 * Earth-centred positions projected onto that plane, widened by how far its geodesic may stray
 * from its chord. Projecting onto a plane never lengthens a distance, and the chord is never
 * longer than the geodesic, so a gap in that plane is a safe lower bound on the geodesic
 * distance: the index answers "what could be nearer than d?" exactly, in metres, for any
 * geometry in any order (a FeatureCollection's points in file order, a track, a ring).
 *
 * **The search** is best first, as in nearest.ts: the coasts' own box trees (coast-index.ts) are
 * opened nearest first, each box's distance bounded below by its gap in the plane to the
 * imported geometry's boxes (the nearest found by Flatbush); at a coast segment Flatbush gives
 * the pieces within the best distance so far, and each pair that the chord bound cannot rule out
 * becomes geodesic problems (an end of one against the other segment), solved in the order of
 * their bounds until none could be nearer.
 *
 * **Zero when they touch or overlap**, found three ways: a piece and a coast segment that cross
 * (in the local plane of longitude and latitude, as `crossing` in coast-index.ts decides for
 * coasts), met in the search like any near pair; an end on the other line, which the geodesic
 * problems measure as 0; and one inside the other with no line crossing, found before the
 * search by a parity test of one position of each part (a point, a line, a ring) against the
 * other's area: an island's land (lakes count as water, as for nearestCoast) or an imported
 * polygon (its holes as outside).
 */
import type { Position } from 'geojson';
import Flatbush from 'flatbush';
import FlatQueue from 'flatqueue';
import { bulgeM, chordChord3, geodesicFloor, packSegment, pointChord3, toEcef } from '../../geo/coast-bounds.ts';
import { BRANCH, coastOf, insideCoast, lineOf, type Coast, type CoastRings } from '../../geo/coast-index.ts';
import { pointToPreparedSegment, prepareSegment, type PreparedSegment } from '../../geo/geodesic.ts';
import type { IslandFeature } from '../../geo/types.ts';
import type { ImportGeometry } from './validate.ts';

const D2R = Math.PI / 180;

/** An imported geometry made ready for measuring (built once per geometry object, then kept). */
export interface PreparedGeometry {
  /** Pieces: segments of lines and rings, and lone points as segments of length 0. */
  n: number;
  /** lon1, lat1, lon2, lat2 of each piece, degrees. */
  seg: Float64Array;
  /** x1, y1, z1, x2, y2, z2 of each piece's ends, Earth-centred metres. */
  xyz: Float64Array;
  /** How far each piece's geodesic may stray from its chord, metres. */
  pad: Float64Array;
  /** The vertex each piece starts and ends at (two per piece): a vertex shared by two pieces is solved once. */
  vertex: Int32Array;
  /** 1 where the piece is an edge of a polygon's ring. */
  edge: Uint8Array;
  /** Whether the geometry has area (a Polygon or MultiPolygon). */
  area: boolean;
  /** lon, lat of one position of each part: each point, each line, each ring. */
  parts: Float64Array;
  /** lon/lat box. */
  bbox: [number, number, number, number];
  /** Unit vectors east and north at the centre, Earth-centred: the plane of the index. */
  frame: Float64Array;
  /** Each piece's box in that plane (minX, minY, maxX, maxY), metres. */
  rect: Float64Array;
  /** Flatbush over `rect`. */
  index: Flatbush;
  /** Geodesics of the pieces, prepared the first time one is solved. */
  lines: (PreparedSegment | undefined)[];
  /** Boxes over runs of pieces, by level, when the geometry is measured against another (built then). */
  tree?: Float64Array[];
}

/** The distance from an imported geometry to the nearest of some islands. */
export interface GeometryToIsland {
  distanceKm: number;
  islandId: string;
  /** The nearest point on the geometry, then on the island's coast (the same point when they overlap). */
  points: [Position, Position];
  /** True when the geometry touches, crosses, lies on or encloses the island (distance 0). */
  overlap: boolean;
}

/** The distance between two imported geometries. */
export interface GeometryToGeometry {
  distanceKm: number;
  /** The nearest point on the first, then on the second. */
  points: [Position, Position];
  overlap: boolean;
}

export interface MeasureOptions {
  /** 'all' (default) measures to every ring of an island, lake shores included; 'outer' to its outer rings only. */
  rings?: CoastRings;
}

// --- Preparing an imported geometry ------------------------------------------------------------

/** A geometry's lone points, its lines as runs of positions, and whether the runs are rings. */
function runsOf(g: ImportGeometry): { points: Position[]; runs: Position[][]; rings: boolean } {
  switch (g.type) {
    case 'Point':
      return { points: [g.coordinates], runs: [], rings: false };
    case 'MultiPoint':
      return { points: g.coordinates, runs: [], rings: false };
    case 'LineString':
      return { points: [], runs: [g.coordinates], rings: false };
    case 'MultiLineString':
      return { points: [], runs: g.coordinates, rings: false };
    case 'Polygon':
      return { points: [], runs: g.coordinates, rings: true };
    case 'MultiPolygon':
      return { points: [], runs: g.coordinates.flat(), rings: true };
  }
}

const prepared = new WeakMap<ImportGeometry, PreparedGeometry>();

/**
 * An imported geometry ready for measuring: its pieces on the ellipsoid and their Flatbush index.
 * Kept while the geometry object lives, so a second measurement of it starts at the search.
 *
 * @example
 * const track = prepareGeometry(result.collection.features[0].geometry);
 * track.n; // pieces indexed
 */
export function prepareGeometry(g: ImportGeometry): PreparedGeometry {
  let p = prepared.get(g);
  if (!p) prepared.set(g, (p = build(g)));
  return p;
}

function build(g: ImportGeometry): PreparedGeometry {
  const { points, runs, rings } = runsOf(g);
  // A run of one position (which validation lets through only as a point) is a point too.
  let n = points.length;
  for (const r of runs) n += r.length === 1 ? 1 : r.length - 1;
  if (!n) throw new RangeError('an imported geometry to measure needs at least one position');
  const seg = new Float64Array(n * 4);
  const xyz = new Float64Array(n * 6);
  const pad = new Float64Array(n);
  const vertex = new Int32Array(n * 2);
  const edge = new Uint8Array(n);
  const parts = new Float64Array((points.length + runs.length) * 2);
  let w = Infinity, s = Infinity, e = -Infinity, nn = -Infinity;
  let k = 0;
  let v = 0;
  // Plain loops and indexed writes: this is most of the time a measurement of a new geometry takes.
  const point = (lon: number, lat: number) => {
    seg[k * 4] = seg[k * 4 + 2] = lon;
    seg[k * 4 + 1] = seg[k * 4 + 3] = lat;
    const o = k * 6;
    toEcef(lon, lat, xyz, o);
    xyz[o + 3] = xyz[o];
    xyz[o + 4] = xyz[o + 1];
    xyz[o + 5] = xyz[o + 2];
    pad[k] = bulgeM(0);
    vertex[k * 2] = vertex[k * 2 + 1] = v++;
    k++;
  };
  let part = 0;
  for (let i = 0; i < points.length; i++) {
    const lon = points[i][0], lat = points[i][1];
    parts[part++] = lon;
    parts[part++] = lat;
    point(lon, lat);
  }
  for (const r of runs) {
    parts[part++] = r[0][0];
    parts[part++] = r[0][1];
    if (r.length === 1) {
      point(r[0][0], r[0][1]);
      continue;
    }
    // A ring's last position is its first: its last edge ends at the ring's first vertex.
    const first = v;
    for (let i = 1; i < r.length; i++, k++) {
      packSegment(r, i, k, seg, xyz, pad);
      vertex[k * 2] = first + i - 1;
      vertex[k * 2 + 1] = rings && i === r.length - 1 ? first : first + i;
      edge[k] = rings ? 1 : 0;
    }
    v += rings ? r.length - 1 : r.length;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 4; j += 2) {
      const lon = seg[i * 4 + j], lat = seg[i * 4 + j + 1];
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > nn) nn = lat;
    }
  }

  // The plane tangent at the centre of the box.
  const lon0 = ((w + e) / 2) * D2R, lat0 = ((s + nn) / 2) * D2R;
  const frame = new Float64Array([
    -Math.sin(lon0), Math.cos(lon0), 0,
    -Math.sin(lat0) * Math.cos(lon0), -Math.sin(lat0) * Math.sin(lon0), Math.cos(lat0),
  ]);
  const rect = new Float64Array(n * 4);
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const o = i * 6;
    const ax = xyz[o] * frame[0] + xyz[o + 1] * frame[1];
    const bx = xyz[o + 3] * frame[0] + xyz[o + 4] * frame[1];
    const ay = xyz[o] * frame[3] + xyz[o + 1] * frame[4] + xyz[o + 2] * frame[5];
    const by = xyz[o + 3] * frame[3] + xyz[o + 4] * frame[4] + xyz[o + 5] * frame[5];
    const r = i * 4;
    rect[r] = (ax < bx ? ax : bx) - pad[i];
    rect[r + 1] = (ay < by ? ay : by) - pad[i];
    rect[r + 2] = (ax > bx ? ax : bx) + pad[i];
    rect[r + 3] = (ay > by ? ay : by) + pad[i];
    index.add(rect[r], rect[r + 1], rect[r + 2], rect[r + 3]);
  }
  index.finish();
  return { n, seg, xyz, pad, vertex, edge, area: rings, parts, bbox: [w, s, e, nn], frame, rect, index, lines: new Array(n) };
}

function lineOfPiece(g: PreparedGeometry, i: number): PreparedSegment {
  let line = g.lines[i];
  if (!line) {
    const s = g.seg;
    line = prepareSegment([s[i * 4], s[i * 4 + 1]], [s[i * 4 + 2], s[i * 4 + 3]]);
    g.lines[i] = line;
  }
  return line;
}

/**
 * Whether a position lies in a prepared geometry's area (false for one without area): the parity
 * of its ring edges crossed by a ray due east in the index's plane, the edges found through the
 * index.
 */
export function insideGeometry(g: PreparedGeometry, lon: number, lat: number): boolean {
  if (!g.area || lon < g.bbox[0] || lon > g.bbox[2] || lat < g.bbox[1] || lat > g.bbox[3]) return false;
  const p = new Float64Array(3);
  toEcef(lon, lat, p, 0);
  const f = g.frame;
  const px = p[0] * f[0] + p[1] * f[1];
  const py = p[0] * f[3] + p[1] * f[4] + p[2] * f[5];
  let inside = false;
  const x = g.xyz;
  g.index.search(px, py, g.index.maxX, py, (i) => {
    if (!g.edge[i]) return false;
    const o = i * 6;
    const x1 = x[o] * f[0] + x[o + 1] * f[1];
    const y1 = x[o] * f[3] + x[o + 1] * f[4] + x[o + 2] * f[5];
    const x2 = x[o + 3] * f[0] + x[o + 4] * f[1];
    const y2 = x[o + 3] * f[3] + x[o + 4] * f[4] + x[o + 5] * f[5];
    // Half-open in y, so that a ray through a vertex counts it once.
    if (y1 > py !== y2 > py && px < x1 + ((py - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
    return false;
  });
  return inside;
}

// --- What the search walks: an island's coast, or another imported geometry --------------------

/** The side the search walks by its box tree, with what it needs of it. */
interface Walked {
  id: string;
  n: number;
  seg: Float64Array;
  xyz: Float64Array;
  pad: Float64Array;
  tree: Float64Array[];
  /** Vertex ids of piece i's start and end. */
  start(i: number): number;
  end(i: number): number;
  line(i: number): PreparedSegment;
  bbox: [number, number, number, number];
  parts: Float64Array;
  contains(lon: number, lat: number): boolean;
  /** Whether piece i has a length (a lone point does not). */
  long(i: number): boolean;
}

const islandParts = new WeakMap<object, Float64Array>();

/** Cells a side of the land grid, over an island's box. */
const GRID = 128;
const CELL_UNKNOWN = 0;
const CELL_SEA = 1;
const CELL_LAND = 2;
const CELL_COAST = 3;

interface LandGrid {
  /** Each coast segment's lon/lat box, indexed: which cells a coast passes through. */
  index: Flatbush;
  state: Uint8Array;
}

const landGrids = new WeakMap<Coast, LandGrid>();

/**
 * Whether a position is on an island's land, as `insideCoast` decides, through a grid over the
 * island's box: a cell that no coast segment's box touches lies wholly on one side of the coast,
 * so one parity test at its middle answers for every position in it; positions in cells the
 * coast passes through get their own. A hundred thousand points at sea cost a hundred thousand
 * look-ups and a few thousand parity tests, not a hundred thousand.
 */
function onLand(c: Coast, lon: number, lat: number): boolean {
  const [w, s, e, n] = c.bbox;
  if (lon < w || lon > e || lat < s || lat > n) return false;
  let grid = landGrids.get(c);
  if (!grid) {
    const index = new Flatbush(Math.max(1, c.n));
    for (let i = 0; i < c.n; i++) {
      const x1 = c.seg[i * 4], y1 = c.seg[i * 4 + 1], x2 = c.seg[i * 4 + 2], y2 = c.seg[i * 4 + 3];
      index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    if (!c.n) index.add(0, 0, 0, 0);
    index.finish();
    landGrids.set(c, (grid = { index, state: new Uint8Array(GRID * GRID) }));
  }
  const cw = (e - w) / GRID || 1, ch = (n - s) / GRID || 1;
  const gx = Math.min(GRID - 1, Math.floor((lon - w) / cw));
  const gy = Math.min(GRID - 1, Math.floor((lat - s) / ch));
  const cell = gy * GRID + gx;
  let state = grid.state[cell];
  if (state === CELL_UNKNOWN) {
    const x0 = w + gx * cw, y0 = s + gy * ch;
    state = grid.index.collides(x0, y0, x0 + cw, y0 + ch) ? CELL_COAST : insideCoast([x0 + cw / 2, y0 + ch / 2], c) ? CELL_LAND : CELL_SEA;
    grid.state[cell] = state;
  }
  return state === CELL_COAST ? insideCoast([lon, lat], c) : state === CELL_LAND;
}

function walkedIsland(island: IslandFeature, rings: CoastRings): Walked {
  const c = coastOf(island, rings);
  // One vertex of each ring: the first, which the ring's last segment returns to.
  let parts = islandParts.get(c);
  if (!parts) {
    const starts: number[] = [];
    for (let i = 0; i < c.n; i++) if (c.next[i] !== i + 1) starts.push(c.seg[c.next[i] * 4], c.seg[c.next[i] * 4 + 1]);
    islandParts.set(c, (parts = new Float64Array(starts)));
  }
  return {
    id: c.id,
    n: c.n,
    seg: c.seg,
    xyz: c.xyz,
    pad: c.pad,
    tree: c.tree,
    start: (i) => i,
    end: (i) => c.next[i],
    line: (i) => lineOf(c, i),
    bbox: c.bbox,
    parts,
    contains: (lon, lat) => onLand(c, lon, lat),
    long: () => true,
  };
}

/** Level k+1 of a box tree from level k: each box the union of BRANCH boxes below it. */
function parentLevel(child: Float64Array): Float64Array {
  const count = child.length / 6;
  const up = new Float64Array(Math.ceil(count / BRANCH) * 6);
  for (let p = 0; p * BRANCH < count; p++) {
    const o = p * 6;
    up[o] = up[o + 1] = up[o + 2] = Infinity;
    up[o + 3] = up[o + 4] = up[o + 5] = -Infinity;
    for (let c = p * BRANCH; c < Math.min(count, (p + 1) * BRANCH); c++) {
      for (let k = 0; k < 3; k++) {
        if (child[c * 6 + k] < up[o + k]) up[o + k] = child[c * 6 + k];
        if (child[c * 6 + k + 3] > up[o + k + 3]) up[o + k + 3] = child[c * 6 + k + 3];
      }
    }
  }
  return up;
}

/** Boxes over runs of BRANCH^k pieces in their order, as coast-index.ts builds them for coasts. */
function treeOf(g: PreparedGeometry): Float64Array[] {
  if (g.tree) return g.tree;
  const leaf = new Float64Array(g.n * 6);
  for (let i = 0; i < g.n; i++) {
    const o = i * 6;
    for (let k = 0; k < 3; k++) {
      const a = g.xyz[o + k], b = g.xyz[o + 3 + k];
      leaf[o + k] = (a < b ? a : b) - g.pad[i];
      leaf[o + 3 + k] = (a > b ? a : b) + g.pad[i];
    }
  }
  const tree: Float64Array[] = [leaf];
  while (tree[tree.length - 1].length / 6 > BRANCH) tree.push(parentLevel(tree[tree.length - 1]));
  return (g.tree = tree);
}

function walkedGeometry(g: PreparedGeometry): Walked {
  return {
    id: '',
    n: g.n,
    seg: g.seg,
    xyz: g.xyz,
    pad: g.pad,
    tree: treeOf(g),
    start: (i) => g.vertex[i * 2],
    end: (i) => g.vertex[i * 2 + 1],
    line: (i) => lineOfPiece(g, i),
    bbox: g.bbox,
    parts: g.parts,
    contains: (lon, lat) => insideGeometry(g, lon, lat),
    long: (i) => g.vertex[i * 2] !== g.vertex[i * 2 + 1],
  };
}

// --- The search ----------------------------------------------------------------------------------

const boxesMeet = (a: readonly number[], b: readonly number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Where segment i of `a` (lon/lat in `s`) crosses segment j of `b` (in `t`), or null: a proper
 * crossing in a local equirectangular plane, as `crossing` in coast-index.ts decides for coasts.
 */
function crossingOf(s: Float64Array, i: number, t: Float64Array, j: number): Position | null {
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

interface Found {
  m: number;
  side: number;
  /** On the walked side, then on the indexed geometry. */
  onWalked: Position;
  onIndexed: Position;
}

/** A position of one side's parts lying in the other's area: they overlap. */
function containment(sides: Walked[], g: PreparedGeometry): Found | null {
  for (let s = 0; s < sides.length; s++) {
    const w = sides[s];
    if (!boxesMeet(w.bbox, g.bbox)) continue;
    const wb = w.bbox;
    for (let p = 0; p < g.parts.length; p += 2) {
      const lon = g.parts[p], lat = g.parts[p + 1];
      if (lon < wb[0] || lon > wb[2] || lat < wb[1] || lat > wb[3]) continue;
      if (w.contains(lon, lat)) return { m: 0, side: s, onWalked: [lon, lat], onIndexed: [lon, lat] };
    }
    if (!g.area) continue;
    for (let p = 0; p < w.parts.length; p += 2) {
      const lon = w.parts[p], lat = w.parts[p + 1];
      if (insideGeometry(g, lon, lat)) return { m: 0, side: s, onWalked: [lon, lat], onIndexed: [lon, lat] };
    }
  }
  return null;
}

// Queue entry kinds.
const NODE = 0; // a box of a walked side's tree, its bound from the boxes alone
const NODE_NEAR = 1; // the same, its bound raised by the nearest piece of the indexed geometry
const WALKED_VERTEX = 2; // an end of a walked piece against an indexed piece
const INDEXED_VERTEX = 3; // an end of an indexed piece against a walked piece

/**
 * The least distance between the walked sides and an indexed geometry: best-first over the
 * walked sides' box trees, with the indexed geometry reached through its Flatbush index.
 */
function search(sides: Walked[], g: PreparedGeometry): Found {
  const f = g.frame;
  const ix = g.index;
  const gx = g.xyz;
  // The box (metres in the plane) of a 3D box of a walked tree: the extent of its projection.
  const rect = new Float64Array(4);
  const project = (box: Float64Array, o: number) => {
    let x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (let k = 0; k < 3; k++) {
      const lo = box[o + k], hi = box[o + 3 + k];
      const ek = f[k], nk = f[3 + k];
      if (ek >= 0) { x0 += ek * lo; x1 += ek * hi; } else { x0 += ek * hi; x1 += ek * lo; }
      if (nk >= 0) { y0 += nk * lo; y1 += nk * hi; } else { y0 += nk * hi; y1 += nk * lo; }
    }
    rect[0] = x0;
    rect[1] = y0;
    rect[2] = x1;
    rect[3] = y1;
  };
  const gapToAll = () => {
    const dx = Math.max(ix.minX - rect[2], rect[0] - ix.maxX, 0);
    const dy = Math.max(ix.minY - rect[3], rect[1] - ix.maxY, 0);
    return Math.sqrt(dx * dx + dy * dy);
  };
  // The nearest indexed piece to the middle of `rect`, and a bound on the gap from all of `rect`.
  const nearest = (): { piece: number; gap: number } => {
    const cx = (rect[0] + rect[2]) / 2, cy = (rect[1] + rect[3]) / 2;
    const piece = ix.neighbors(cx, cy, 1)[0];
    const r = g.rect;
    const dx = Math.max(r[piece * 4] - cx, cx - r[piece * 4 + 2], 0);
    const dy = Math.max(r[piece * 4 + 1] - cy, cy - r[piece * 4 + 3], 0);
    const half = Math.hypot(rect[2] - rect[0], rect[3] - rect[1]) / 2;
    return { piece, gap: Math.sqrt(dx * dx + dy * dy) - half };
  };

  const q = new FlatQueue<number>();
  const kind: number[] = [], side: number[] = [], ea: number[] = [], eb: number[] = [], level: number[] = [];
  const push = (k: number, s: number, lv: number, a: number, b: number, bound: number) => {
    q.push(kind.length, bound);
    kind.push(k);
    side.push(s);
    level.push(lv);
    ea.push(a);
    eb.push(b);
  };
  const best: Found = { m: Infinity, side: 0, onWalked: [NaN, NaN], onIndexed: [NaN, NaN] };
  const most = Math.max(...sides.map((w) => w.n));
  const queued = new Set<number>();

  const solveWalkedVertex = (s: number, i: number, end: number, j: number) => {
    const w = sides[s];
    const lon = w.seg[i * 4 + end * 2], lat = w.seg[i * 4 + end * 2 + 1];
    const foot = pointToPreparedSegment(lineOfPiece(g, j), lon, lat);
    if (foot.m < best.m) Object.assign(best, { m: foot.m, side: s, onWalked: [lon, lat], onIndexed: [foot.lon, foot.lat] });
  };
  const solveIndexedVertex = (s: number, j: number, end: number, i: number) => {
    const lon = g.seg[j * 4 + end * 2], lat = g.seg[j * 4 + end * 2 + 1];
    const foot = pointToPreparedSegment(sides[s].line(i), lon, lat);
    if (foot.m < best.m) Object.assign(best, { m: foot.m, side: s, onWalked: [foot.lon, foot.lat], onIndexed: [lon, lat] });
  };
  // A walked piece i against an indexed piece j: a crossing is 0; otherwise the nearest points
  // include an end of one of them, so the pair becomes its four end-against-segment problems
  // (fewer when one is a lone point: its distance to the other's segment covers the other's ends).
  const pair = (s: number, i: number, j: number, solveNow: boolean) => {
    const w = sides[s];
    if (geodesicFloor(chordChord3(w.xyz, i * 6, gx, j * 6) - w.pad[i] - g.pad[j]) >= best.m) return;
    const walkedLong = w.long(i);
    const indexedLong = g.vertex[j * 2] !== g.vertex[j * 2 + 1];
    if (walkedLong && indexedLong) {
      const x = crossingOf(w.seg, i, g.seg, j);
      if (x) {
        Object.assign(best, { m: 0, side: s, onWalked: x, onIndexed: x });
        return;
      }
    }
    for (let end = 0; end < 2; end++) {
      const wv = end ? w.end(i) : w.start(i);
      const key = (wv * g.n + j) * sides.length + s;
      if (indexedLong && !queued.has(key)) {
        queued.add(key);
        if (solveNow) solveWalkedVertex(s, i, end, j);
        else {
          const bound = geodesicFloor(pointChord3(w.xyz, i * 6 + end * 3, gx, j * 6) - g.pad[j]);
          if (bound < best.m) push(WALKED_VERTEX, s, 0, i * 2 + end, j, bound);
        }
      }
      const gv = g.vertex[j * 2 + end];
      const gkey = -1 - ((gv * most + i) * sides.length + s);
      if ((walkedLong || !indexedLong) && !queued.has(gkey)) {
        queued.add(gkey);
        if (solveNow) solveIndexedVertex(s, j, end, i);
        else {
          const bound = geodesicFloor(pointChord3(gx, j * 6 + end * 3, w.xyz, i * 6) - w.pad[i]);
          if (bound < best.m) push(INDEXED_VERTEX, s, 0, j * 2 + end, i, bound);
        }
      }
    }
  };

  sides.forEach((w, s) => {
    const t = w.tree.length - 1;
    for (let j = 0; j < w.tree[t].length / 6; j++) {
      project(w.tree[t], j * 6);
      push(NODE, s, t, j, 0, gapToAll());
    }
  });

  while (q.length && best.m > 0) {
    const bound = q.peekValue() as number;
    const e = q.pop() as number;
    if (bound >= best.m) break;
    const k = kind[e], s = side[e];
    if (k === WALKED_VERTEX) {
      solveWalkedVertex(s, ea[e] >> 1, ea[e] & 1, eb[e]);
      continue;
    }
    if (k === INDEXED_VERTEX) {
      solveIndexedVertex(s, ea[e] >> 1, ea[e] & 1, eb[e]);
      continue;
    }
    const w = sides[s];
    const lv = level[e], node = ea[e];
    project(w.tree[lv], node * 6);
    if (k === NODE) {
      // Raise the bound by the nearest indexed piece before opening the box.
      const near = nearest();
      if (near.gap > bound) {
        if (near.gap < best.m) push(NODE_NEAR, s, lv, node, 0, near.gap);
        continue;
      }
    }
    if (lv > 0) {
      const below = w.tree[lv - 1];
      const end = Math.min(below.length / 6, (node + 1) * BRANCH);
      for (let c = node * BRANCH; c < end; c++) {
        project(below, c * 6);
        const g0 = Math.max(bound, gapToAll());
        if (g0 < best.m) push(NODE, s, lv - 1, c, 0, g0);
      }
      continue;
    }
    // A walked piece: its pair with the nearest indexed piece (by its box's middle) is solved at
    // once, which sets or lowers the best distance, and then every indexed piece within the best
    // distance of its box is paired with it, their problems queued.
    pair(s, node, nearest().piece, true);
    if (best.m === 0) break;
    const r = best.m;
    ix.search(rect[0] - r, rect[1] - r, rect[2] + r, rect[3] + r, (j) => {
      if (best.m > 0) pair(s, node, j, false);
      return false;
    });
  }
  return best;
}

// --- What the interface calls ------------------------------------------------------------------

/**
 * The nearest of `islands` to an imported geometry, and the exact distance to its coast.
 *
 * @example
 * const r = nearestIsland(track, islands);
 * r.islandId; // 'kunashir'
 * r.distanceKm; // the survey track's least distance to Kunashir's coast
 */
export function nearestIsland(geometry: ImportGeometry | PreparedGeometry, islands: IslandFeature[], opts: MeasureOptions = {}): GeometryToIsland {
  const g = 'index' in geometry ? geometry : prepareGeometry(geometry);
  const sides = islands.map((f) => walkedIsland(f, opts.rings ?? 'all')).filter((w) => w.n > 0);
  if (!sides.length) throw new RangeError('nearestIsland needs at least one island with a coast');
  const found = containment(sides, g) ?? search(sides, g);
  return {
    distanceKm: found.m / 1000,
    islandId: sides[found.side].id,
    points: [found.onIndexed, found.onWalked],
    overlap: found.m === 0,
  };
}

/**
 * The exact distance from an imported geometry to one island's coast ("my survey track to
 * Kunashir's coast: 3.4 nmi").
 */
export function distanceToIsland(geometry: ImportGeometry | PreparedGeometry, island: IslandFeature, opts: MeasureOptions = {}): GeometryToIsland {
  return nearestIsland(geometry, [island], opts);
}

/**
 * The exact distance between two imported geometries. The one with more pieces is reached
 * through its index, the other walked by a box tree over its pieces in their order.
 */
export function distanceBetween(a: ImportGeometry | PreparedGeometry, b: ImportGeometry | PreparedGeometry): GeometryToGeometry {
  const pa = 'index' in a ? a : prepareGeometry(a);
  const pb = 'index' in b ? b : prepareGeometry(b);
  const swap = pa.n > pb.n;
  const [walked, indexed] = swap ? [pb, pa] : [pa, pb];
  const sides = [walkedGeometry(walked)];
  const found = containment(sides, indexed) ?? search(sides, indexed);
  const onWalked = found.onWalked, onIndexed = found.onIndexed;
  return { distanceKm: found.m / 1000, points: swap ? [onIndexed, onWalked] : [onWalked, onIndexed], overlap: found.m === 0 };
}

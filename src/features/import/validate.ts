/**
 * The door for a reader's GeoJSON: `checkImport` takes the text of a file and returns either the
 * features to import, with warnings about what was done on the way in, or the problems that
 * refuse it, each with a code for the catalogue and where it is (feature, line, column). It
 * changes nothing else and keeps nothing: the same text always gives the same answer.
 *
 * The order is cheapest first, so that a file that must be refused is refused quickly:
 * 1. the size (limits.ts), from the file's size or the text's length, before anything is read;
 * 2. files that are no JSON at all (empty, binary, a zip, XML) by their first characters; KML and
 *    GPX are read into GeoJSON (xml.ts) and checked as such from step 3 on;
 * 3. JSON.parse; when it fails, the structure check's parser (below) says where;
 * 4. the counts of features and positions (limits.ts), on the parsed value, and TopoJSON;
 * 5. the structure, with @placemarkio/check-geojson (structure.ts), which places each problem
 *    at its line and column; the slow step, so it comes after the counts;
 * 6. our own checks of what the structure holds, which the check does not make: coordinates in
 *    range (and whether latitude comes first, or the numbers are metres of a projection), null
 *    and empty geometries (skipped, with a warning that names the feature: RFC 7946 allows a
 *    feature without a place, and the rest of the file is still good), 3D positions (imported,
 *    the height dropped, with a warning), self-intersecting polygons (a warning only: the map
 *    draws them and the distances stay right), empty collections, and a file that lies wholly
 *    outside the map.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { MAX_BOUNDS } from '../../map/ids.ts';
import { MAX_BYTES, MAX_FEATURES, MAX_LISTED_PER_CODE, MAX_VERTICES, MAX_XML_BYTES, megabytes, tooLarge } from './limits.ts';
import { byPlace, ProblemList, type ErrorCode, type ImportProblem, type ProblemValues, type WarningCode } from './problems.ts';
import { selfIntersection } from './self-intersection.ts';
import { structureProblems } from './structure.ts';
import { endsOpen, featureAt, featureSpans, LineIndex, utf8Length, type FeatureSpans } from './text-position.ts';
import { fromXml, xmlFormat, type XmlFormat } from './xml.ts';

/** The geometries the atlas imports, draws and measures. */
export type ImportGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;
export type ImportedFeature = Feature<ImportGeometry, GeoJsonProperties>;
export type ImportedCollection = FeatureCollection<ImportGeometry, GeoJsonProperties>;

export interface ImportLimits {
  maxBytes: number;
  /** For KML and GPX, which cost far more to read (limits.ts). */
  maxXmlBytes: number;
  maxFeatures: number;
  maxVertices: number;
}

export interface ImportOptions {
  /** The file's size in bytes, when known (a File's `size`); otherwise counted from the text. */
  bytes?: number;
  /** Limits other than those of limits.ts (for tests). */
  limits?: Partial<ImportLimits>;
}

export interface ImportStats {
  /** Size of the file in bytes. */
  bytes: number;
  /** Features imported. */
  features: number;
  /** Features passed over (no geometry, an empty one, or a GeometryCollection). */
  skipped: number;
  /** Positions imported. */
  vertices: number;
}

export type ImportResult =
  | {
      ok: true;
      /** The features, each with a 2D geometry of a type the atlas draws, `properties` an object. */
      collection: ImportedCollection;
      /** For each imported feature, its index in the file's `features` (0 for a single Feature or geometry). */
      sourceIndex: number[];
      warnings: ImportProblem[];
      stats: ImportStats;
    }
  | { ok: false; problems: ImportProblem[] };

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

const refuse = (code: ErrorCode, values: ProblemValues = {}): ImportResult => ({ ok: false, problems: [{ code, values }] });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Files that are not JSON, told by how they begin (the first 1,024 characters). */
function otherFormat(head: string): ImportResult | null {
  if (head.startsWith('PK\u0003\u0004')) return refuse('file.otherFormat', { format: 'ZIP' });
  // (KML and GPX are told apart before this, by their root element)
  if (head.startsWith('<')) return refuse('file.otherFormat', { format: 'XML' });
  // NUL or other control characters that no text file has.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(head)) return refuse('file.notText');
  return null;
}

/**
 * A KML or GPX text read into GeoJSON (xml.ts) and checked as GeoJSON. Its problems are not
 * placed by line and column, which would be those of the GeoJSON made from it; the first warning
 * says it was converted.
 */
function checkConverted(text: string, format: XmlFormat, opts: ImportOptions): ImportResult {
  const converted = fromXml(text, format);
  if (!converted.ok) return converted;
  const result = check(JSON.stringify(converted.collection), opts);
  // A KML's features are its placemarks in the file's order, and are numbered so; a GPX's come as
  // togeojson lists them (tracks, routes, then waypoints), not in the file's order, so they are
  // not numbered at all rather than numbered wrong.
  const place = (p: ImportProblem): ImportProblem => {
    const { line: _line, column: _column, feature, ...rest } = p;
    return feature === undefined || format === 'GPX' ? rest : { ...rest, feature: converted.from[feature] ?? feature };
  };
  if (!result.ok) return { ok: false, problems: result.problems.map(place) };
  return {
    ...result,
    sourceIndex: result.sourceIndex.map((i) => converted.from[i] ?? i),
    warnings: [{ code: 'file.converted', values: { format } }, ...result.warnings.map(place)],
  };
}

/** How many features and positions a parsed value holds, whatever its shape. */
function count(value: Record<string, unknown>): { features: number; positions: number } {
  let positions = 0;
  // Positions lie at most three arrays deep (a MultiPolygon's); deeper is no GeoJSON, and the
  // structure check will say so.
  const walk = (c: unknown, depth: number): void => {
    if (!Array.isArray(c) || depth > 4) return;
    if (typeof c[0] === 'number') {
      positions++;
      return;
    }
    for (const x of c) walk(x, depth + 1);
  };
  const geometry = (g: unknown, depth: number): void => {
    if (!isObject(g) || depth > 8) return;
    if (Array.isArray(g.geometries)) for (const m of g.geometries) geometry(m, depth + 1);
    else walk(g.coordinates, 0);
  };
  if (Array.isArray(value.features)) {
    for (const f of value.features) if (isObject(f)) geometry(f.geometry, 0);
    return { features: value.features.length, positions };
  }
  geometry(value.type === 'Feature' ? value.geometry : value, 0);
  return { features: 1, positions };
}

/** The positions of a geometry that has passed the structure check, flattened one level at a time. */
function positionsOf(g: ImportGeometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/** What is wrong with a position's numbers, or null when it is a longitude and latitude. */
function badPosition(lon: number, lat: number): { code: ErrorCode; values: ProblemValues } | null {
  const x = Math.abs(lon);
  const y = Math.abs(lat);
  if (x <= 180 && y <= 90) return null;
  const values = { lon, lat };
  // Metres (or feet) of a projected system: Web Mercator, UTM, Japan's plane rectangular
  // systems all run to tens or hundreds of thousands.
  if (Number.isFinite(lon) && Number.isFinite(lat) && (x > 1000 || y > 1000)) return { code: 'coordinates.projected', values };
  // Latitude first: read the other way round, it is a position.
  if (y > 90 && y <= 180 && x <= 90) return { code: 'coordinates.swapped', values };
  return { code: 'coordinates.outOfRange', values };
}

/**
 * Checks the text of a file offered for import. Never throws, whatever the text.
 *
 * @example
 * checkImport('{"type":"Point","coordinates":[43.9, 145.8]}');
 * // { ok: false, problems: [{ code: 'coordinates.swapped', values: { lon: 43.9, lat: 145.8 } }] }
 */
export function checkImport(text: string, opts: ImportOptions = {}): ImportResult {
  try {
    return check(text, opts);
  } catch (e) {
    // A last guard: nothing above is known to throw, but a reader's file is not to be trusted
    // to find no way, and a refusal is the safe answer.
    return refuse('geojson.other', { detail: e instanceof Error ? e.message : String(e) });
  }
}

function check(text: string, opts: ImportOptions): ImportResult {
  const limits: ImportLimits = { maxBytes: MAX_BYTES, maxXmlBytes: MAX_XML_BYTES, maxFeatures: MAX_FEATURES, maxVertices: MAX_VERTICES, ...opts.limits };

  // 1. Size. Every character is at least a byte, so a text longer than the limit is over it
  // without counting.
  const bytes = opts.bytes ?? (text.length > limits.maxBytes ? text.length : utf8Length(text));
  if (bytes > limits.maxBytes) return tooLarge(bytes, limits.maxBytes);

  // 2. What kind of file. A byte-order mark is no part of the JSON (editors do not count it).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return refuse('file.empty');
  const format = xmlFormat(body);
  if (format) {
    if (bytes > limits.maxXmlBytes) return refuse('xml.tooLarge', { format, size: megabytes(bytes), limit: megabytes(limits.maxXmlBytes), jsonLimit: megabytes(limits.maxBytes) });
    return checkConverted(body, format, { ...opts, bytes });
  }
  const start = body.search(/\S/);
  const other = otherFormat(body.slice(start, start + 1024));
  if (other) return other;

  // 3. JSON.
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // JSON.parse says where only in some browsers' words; the structure check's parser says it
    // in its own, except for some texts cut short, which are told by their open brackets and
    // placed at their end.
    const placed = structureProblems(body).find((p) => p.problem.code === 'json.invalid' || p.problem.code === 'json.truncated');
    if (placed?.line !== undefined) return { ok: false, problems: [{ ...placed.problem, line: placed.line, column: placed.column }] };
    if (endsOpen(body)) return { ok: false, problems: [{ code: 'json.truncated', values: {}, ...new LineIndex(body).at(body.length) }] };
    return refuse('json.invalid');
  }

  // 4. The root, and the counts.
  if (!isObject(value)) {
    const found = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    return refuse('geojson.notObject', { found });
  }
  if (value.type === 'Topology') return refuse('file.otherFormat', { format: 'TopoJSON' });
  const counted = count(value);
  if (counted.features > limits.maxFeatures) return refuse('limit.features', { count: counted.features, limit: limits.maxFeatures });
  if (counted.positions > limits.maxVertices) return refuse('limit.vertices', { count: counted.positions, limit: limits.maxVertices });

  // Where problems are: computed once, when the first problem needs it.
  let lines: LineIndex | undefined;
  let spans: FeatureSpans | null | undefined;
  const lineIndex = () => (lines ??= new LineIndex(body));
  const featureIndex = () => (spans === undefined ? (spans = featureSpans(body)) : spans);
  const isCollection = value.type === 'FeatureCollection';
  const list = new ProblemList(MAX_LISTED_PER_CODE);

  // 5. Structure.
  const seen = new Set<string>();
  for (const placed of structureProblems(body)) {
    // The check says "properties missing" twice for one feature.
    const key = `${placed.problem.code}@${placed.offset ?? `${placed.line}:${placed.column}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p: ImportProblem = { ...placed.problem };
    if (placed.offset !== undefined) {
      Object.assign(p, lineIndex().at(placed.offset));
      const fs = isCollection ? featureIndex() : null;
      const feature = fs ? featureAt(fs, placed.offset) : undefined;
      if (feature !== undefined) p.feature = feature;
    } else if (placed.line !== undefined) Object.assign(p, { line: placed.line, column: placed.column });
    list.add(p);
  }
  if (list.errorCount) return { ok: false, problems: list.take('error', byPlace) };

  // 6. Our own checks, on a value whose structure is now known to be GeoJSON's.
  const sourceFeatures: unknown[] = isCollection
    ? (value.features as unknown[])
    : value.type === 'Feature'
      ? [value]
      : [{ type: 'Feature', properties: {}, geometry: value }];
  if (!sourceFeatures.length) return refuse('collection.empty');

  const at = (k: number): Pick<ImportProblem, 'feature'> => (isCollection ? { feature: k } : {});
  const warn = (code: WarningCode, k: number, values: ProblemValues = {}) => list.add({ code, values, ...at(k) });
  const features: ImportedFeature[] = [];
  const sourceIndex: number[] = [];
  let heights = 0;
  let extras = 0;
  let firstHeight = -1;
  let firstExtra = -1;
  let vertices = 0;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  sourceFeatures.forEach((raw, k) => {
    const f = raw as Record<string, unknown>;
    const g = f.geometry as { type: string } | null;
    if (g === null) return warn('geometry.null', k);
    if (!GEOMETRY_TYPES.has(g.type)) return warn('geometry.collection', k);
    const geometry = g as ImportGeometry;
    const positions = positionsOf(geometry);
    if (!positions.length) return warn('geometry.empty', k);
    let bad = false;
    for (const p of positions) {
      if (p.length > 2) {
        if (p.length === 3) {
          heights++;
          if (firstHeight < 0) firstHeight = k;
        } else {
          extras++;
          if (firstExtra < 0) firstExtra = k;
        }
        // The parsed value is ours alone: shorten the position where it is.
        p.length = 2;
      }
      const [lon, lat] = p;
      const wrong = !bad && badPosition(lon, lat);
      if (wrong) {
        // One per feature: the first of its positions that is wrong.
        list.add({ code: wrong.code, values: wrong.values, ...at(k) });
        bad = true;
      }
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    if (bad) return;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const rings of polygons) {
        const x = selfIntersection(rings);
        if (x) {
          warn('polygon.selfIntersects', k, { lon: x[0], lat: x[1] });
          break;
        }
      }
    }
    const properties = isObject(f.properties) ? f.properties : {};
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? { id: f.id } : {};
    features.push({ type: 'Feature', ...id, properties, geometry: { type: geometry.type, coordinates: geometry.coordinates } as ImportGeometry });
    sourceIndex.push(isCollection ? k : 0);
    vertices += positions.length;
  });
  if (heights) warn('coordinates.heightDropped', firstHeight, { count: heights });
  if (extras) warn('coordinates.extraDropped', firstExtra, { count: extras });

  // Our own problems are placed where their feature begins.
  const place = (p: ImportProblem): ImportProblem => {
    if (p.feature === undefined || p.line !== undefined) return p;
    const fs = featureIndex();
    return fs && p.feature < fs.starts.length ? { ...p, ...lineIndex().at(fs.starts[p.feature]) } : p;
  };
  if (list.errorCount) return { ok: false, problems: list.take('error', byPlace, place) };
  if (!features.length) {
    // Refused, with the warnings that say why each feature was passed over.
    return { ok: false, problems: [{ code: 'collection.noGeometry', values: { count: sourceFeatures.length } }, ...list.take('warning', byPlace, place)] };
  }
  const [[mapWest, mapSouth], [mapEast, mapNorth]] = MAX_BOUNDS;
  if (east < mapWest || west > mapEast || north < mapSouth || south > mapNorth) {
    list.add({ code: 'area.outsideMap', values: { west: mapWest, south: mapSouth, east: mapEast, north: mapNorth } });
  }
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    sourceIndex,
    warnings: list.take('warning', byPlace, place),
    stats: { bytes, features: features.length, skipped: sourceFeatures.length - features.length, vertices },
  };
}

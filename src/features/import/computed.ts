/**
 * An import measured: to its nearest island, to one island, or to another import, exactly on the
 * ellipsoid (./measure.ts), and what the map draws of it. An import is a file of features of any
 * kind; measure.ts measures one geometry, so a file's features are gathered into at most three
 * (its points as one MultiPoint, its lines as one MultiLineString, its polygons as one
 * MultiPolygon), each indexed once, and the least distance of those is the file's.
 */
import type { FeatureCollection, MultiLineString, MultiPoint, MultiPolygon, Position } from 'geojson';
import type { IslandFeature } from '../../geo/types.ts';
import { parseUnit, type DistanceUnit } from '../../geo/units.ts';
import { formatLength } from '../../i18n/units.ts';
import type { MapPicture } from '../../map/sync.ts';
import { sliceOf, type AtlasState } from '../../state/store.ts';
import { importOverlay, IMPORT_MEASURE_SOURCE, measureData, measureOverlay } from './layers.ts';
import { distanceBetween, nearestIsland, prepareGeometry, type PreparedGeometry } from './measure.ts';
import { importSlice, type ImportedLayer, type MeasureTarget } from './state.ts';
import type { ImportedCollection } from './validate.ts';

const gathered = new WeakMap<ImportedCollection, PreparedGeometry[]>();

/** A file's features as at most three geometries, prepared for measuring (kept while the file is). */
export function geometriesOf(c: ImportedCollection): PreparedGeometry[] {
  let out = gathered.get(c);
  if (out) return out;
  const pts: MultiPoint = { type: 'MultiPoint', coordinates: [] };
  const lns: MultiLineString = { type: 'MultiLineString', coordinates: [] };
  const pgs: MultiPolygon = { type: 'MultiPolygon', coordinates: [] };
  for (const f of c.features) {
    const g = f.geometry;
    if (g.type === 'Point') pts.coordinates.push(g.coordinates);
    else if (g.type === 'MultiPoint') pts.coordinates.push(...g.coordinates);
    else if (g.type === 'LineString') lns.coordinates.push(g.coordinates);
    else if (g.type === 'MultiLineString') lns.coordinates.push(...g.coordinates);
    else if (g.type === 'Polygon') pgs.coordinates.push(g.coordinates);
    else pgs.coordinates.push(...g.coordinates);
  }
  out = [pts, lns, pgs].filter((g) => g.coordinates.length > 0).map((g) => prepareGeometry(g));
  gathered.set(c, out);
  return out;
}

export interface ImportMeasured {
  of: ImportedLayer;
  /** An island, or another import. */
  to: { kind: 'island'; island: IslandFeature; nearest: boolean } | { kind: 'import'; layer: ImportedLayer };
  distanceKm: number;
  /** The nearest point on the import measured, then on what it is measured to. */
  points: [Position, Position];
  overlap: boolean;
}

/** The import's least distance to some islands, and the island. */
function toIslands(of: ImportedLayer, islands: IslandFeature[]): { island: IslandFeature; distanceKm: number; points: [Position, Position]; overlap: boolean } {
  let best: ReturnType<typeof toIslands> | null = null;
  for (const g of geometriesOf(of.collection)) {
    const r = nearestIsland(g, islands);
    if (!best || r.distanceKm < best.distanceKm) {
      best = { island: islands.find((f) => f.properties.id === r.islandId)!, distanceKm: r.distanceKm, points: r.points, overlap: r.overlap };
    }
  }
  return best!;
}

function toImport(a: ImportedLayer, b: ImportedLayer): { distanceKm: number; points: [Position, Position]; overlap: boolean } {
  let best: ReturnType<typeof toImport> | null = null;
  for (const ga of geometriesOf(a.collection)) {
    for (const gb of geometriesOf(b.collection)) {
      const r = distanceBetween(ga, gb);
      if (!best || r.distanceKm < best.distanceKm) best = r;
    }
  }
  return best!;
}

/** Measures an import to a target; null when either end is not (or no longer) there. */
export function measureImport(of: ImportedLayer, to: MeasureTarget, islands: IslandFeature[], layers: readonly ImportedLayer[]): ImportMeasured | null {
  if (to.kind === 'import') {
    const other = layers.find((l) => l.id === to.id);
    if (!other || other.id === of.id) return null;
    return { of, to: { kind: 'import', layer: other }, ...toImport(of, other) };
  }
  const pool = to.kind === 'nearest' ? islands : islands.filter((f) => f.properties.id === to.id);
  if (!pool.length) return null;
  const r = toIslands(of, pool);
  return { of, to: { kind: 'island', island: r.island, nearest: to.kind === 'nearest' }, distanceKm: r.distanceKm, points: r.points, overlap: r.overlap };
}

let memo: { islands: AtlasState['islands']; layers: readonly ImportedLayer[]; measure: unknown; out: ImportMeasured | null } | null = null;

/** The measurement the state asks for, worked out (memoised on its inputs). */
export function measuredOf(s: AtlasState): ImportMeasured | null {
  const { layers, measure } = sliceOf(s, importSlice);
  if (memo && memo.islands === s.islands && memo.layers === layers && memo.measure === measure) return memo.out;
  let out: ImportMeasured | null = null;
  const of = measure && layers.find((l) => l.id === measure.of);
  if (of && s.islands) out = measureImport(of, measure.to, s.islands.features, layers);
  memo = { islands: s.islands, layers, measure, out };
  return out;
}

/**
 * The unit the Measure tab is set to. The import reads it from the store by the measure slice's
 * name rather than importing that feature's folder (the layering keeps features apart), and
 * checks it as a link's value would be.
 */
export function unitOf(s: AtlasState): DistanceUnit {
  const m = s.slices.measure as { unit?: unknown } | undefined;
  return parseUnit(typeof m?.unit === 'string' ? m.unit : null) ?? 'km';
}

const overlays = new WeakMap<ImportedLayer, ReturnType<typeof importOverlay>>();
let last: { layers: readonly ImportedLayer[]; measured: ImportMeasured | null; unit: DistanceUnit; lang: string; picture: MapPicture } | null = null;

/** What the map shows of the imports: each as its own source and layers, and the measurement's line. */
export function importPicture(s: AtlasState): MapPicture {
  const { layers } = sliceOf(s, importSlice);
  const measured = measuredOf(s);
  const unit = unitOf(s);
  if (last && last.layers === layers && last.measured === measured && last.unit === unit && last.lang === s.lang) return last.picture;
  const added: NonNullable<MapPicture['added']> = {};
  for (const l of layers) {
    // The source and layers are made once per import; showing or hiding it changes `visible` alone.
    let o = overlays.get(l);
    const before = last?.layers.find((x) => x.id === l.id);
    const prior = before && overlays.get(before);
    if (!o) {
      o = prior && before.collection === l.collection && before.colour === l.colour
        ? { ...prior, visible: l.visible }
        : importOverlay(l.collection as FeatureCollection, l.id, l.colour, l.visible);
      overlays.set(l, o);
    }
    added[l.id] = o;
  }
  if (measured) {
    added[IMPORT_MEASURE_SOURCE] = measureOverlay(measureData(measured.points, formatLength(s.lang, measured.distanceKm, unit), measured.overlap));
  }
  const picture: MapPicture = { added };
  last = { layers, measured, unit, lang: s.lang, picture };
  return picture;
}

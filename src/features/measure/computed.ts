/**
 * The measurement worked out (coast-to-coast search, area, path lengths), what the map draws of
 * it, and the camera move that shows it. Loaded with the measure's interface, after the first view.
 */
import type { Position } from 'geojson';
import turfBbox from '@turf/bbox';
import { coastToCoast, type CoastToCoast } from '../../geo/nearest.ts';
import { measurePath, type MeasuredPath } from '../../geo/path.ts';
import type { IslandFeature } from '../../geo/types.ts';
import type { MapPicture } from '../../map/sync.ts';
import { requestCamera, sliceOf, type AtlasState, type AtlasStore } from '../../state/store.ts';
import { distanceFeatures, emptyMeasure, MEASURE_SOURCE, pathFeatures } from './layers.ts';
import { measureSlice, type MeasureState, type PathPoint } from './state.ts';

export type Computed =
  | { kind: 'none' }
  | { kind: 'distance'; a: IslandFeature; b: IslandFeature; result: CoastToCoast }
  | { kind: 'area'; island: IslandFeature }
  | { kind: 'path'; path: MeasuredPath; points: readonly PathPoint[]; closed: boolean };

const byId = (islands: AtlasState['islands'], id: string) => islands?.features.find((f) => f.properties.id === id) ?? null;

let memo: { islands: AtlasState['islands']; shown: MeasureState['shown']; out: Computed } | null = null;

/** The measurement worked out: coast-to-coast search, area or path lengths (memoised on its inputs). */
export function computedOf(s: AtlasState): Computed {
  const { shown } = sliceOf(s, measureSlice);
  if (memo && memo.islands === s.islands && memo.shown === shown) return memo.out;
  let out: Computed = { kind: 'none' };
  if (shown.kind === 'pair') {
    const a = byId(s.islands, shown.a);
    const b = byId(s.islands, shown.b);
    if (a && b) out = { kind: 'distance', a, b, result: coastToCoast(a, b) };
  } else if (shown.kind === 'area') {
    const island = byId(s.islands, shown.island);
    if (island) out = { kind: 'area', island };
  } else if (shown.kind === 'path') {
    out = { kind: 'path', path: measurePath(shown.points.map((p): Position => [p[0], p[1]]), { closed: shown.closed }), points: shown.points, closed: shown.closed };
  }
  memo = { islands: s.islands, shown, out };
  return out;
}

const EMPTY = emptyMeasure();
let last: { c: Computed; unit: string; lang: string; picture: MapPicture } | null = null;

/** What the map draws of the measurement: its lines and its labels, in the unit and the language chosen. */
export function measurePicture(s: AtlasState): MapPicture {
  const c = computedOf(s);
  const { unit } = sliceOf(s, measureSlice);
  const { lang } = s;
  if (last && last.c === c && last.unit === unit && last.lang === lang) return last.picture;
  const p: MapPicture = {
    data: {
      [MEASURE_SOURCE.distance]: c.kind === 'distance' ? distanceFeatures(c.result, unit, lang) : EMPTY,
      [MEASURE_SOURCE.path]: c.kind === 'path' ? pathFeatures(c.path, unit, lang) : EMPTY,
    },
  };
  last = { c, unit, lang, picture: p };
  return p;
}

/** Brings a measurement into view. */
export function showMeasurement(store: AtlasStore, c: Computed, jump = false): void {
  if (c.kind === 'distance') {
    const [w, s, e, n] = turfBbox({ type: 'MultiPoint', coordinates: c.result.points });
    requestCamera(store, { kind: 'fit', bounds: [[w, s], [e, n]], maxZoom: 9.5, jump });
  } else if (c.kind === 'area') {
    const [w, s, e, n] = turfBbox(c.island);
    requestCamera(store, { kind: 'fit', bounds: [[w, s], [e, n]], maxZoom: 9, jump });
  }
}


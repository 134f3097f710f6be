/**
 * The measure interface: the measurement resolved against the islands (a link's names become
 * ids once the islands have loaded), what the map draws of it, the path tool's bindings and the
 * Measure tab. The geodesic code comes with this chunk, after the first view.
 */
import type { Position } from 'geojson';
import { coastToCoast, type CoastToCoast } from '../../geo/nearest.ts';
import { resolvePlace } from '../../geo/places.ts';
import { measurePath, type MeasuredPath } from '../../geo/path.ts';
import type { IslandFeature } from '../../geo/types.ts';
import type { MapPicture } from '../../map/sync.ts';
import { notify, requestCamera, setCore, setSlice, sliceOf, type AtlasState, type AtlasStore } from '../../state/store.ts';
import type { BindContext, FeatureUi } from '../../ui/feature.ts';
import { bindPathTool, PATH_TOOL } from './interaction.ts';
import { distanceFeatures, emptyMeasure, MEASURE_SOURCE, pathFeatures } from './layers.ts';
import { readMeasureLink } from './link.ts';
import { MeasureSection } from './section.tsx';
import { measureSlice, NONE, withPoint, type MeasureState, type PathPoint } from './state.ts';
import turfBbox from '@turf/bbox';

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
let last: { c: Computed; unit: string; picture: MapPicture } | null = null;

function picture(s: AtlasState): MapPicture {
  const c = computedOf(s);
  const { unit } = sliceOf(s, measureSlice);
  if (last && last.c === c && last.unit === unit) return last.picture;
  const p: MapPicture = {
    data: {
      [MEASURE_SOURCE.distance]: c.kind === 'distance' ? distanceFeatures(c.result, unit) : EMPTY,
      [MEASURE_SOURCE.path]: c.kind === 'path' ? pathFeatures(c.path, unit) : EMPTY,
    },
  };
  last = { c, unit, picture: p };
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

/**
 * Once the islands are in: a link's places, given by name in any script, become ids (or a
 * notice says which name the atlas does not know, keeping the good half).
 */
function resolveLinked(store: AtlasStore, islands: IslandFeature[]): void {
  const { shown } = sliceOf(store.getState(), measureSlice);
  if (shown.kind === 'pair') {
    const r = readMeasureLink(`${shown.a},${shown.b}`, islands);
    setSlice(store, measureSlice, {
      from: r.a?.properties.id ?? null, to: r.b?.properties.id ?? null,
      shown: r.a && r.b ? { kind: 'pair', a: r.a.properties.id, b: r.b.properties.id } : NONE,
    });
    if (r.notice) notify(store, { id: 'url-measure', text: r.notice });
  } else if (shown.kind === 'area') {
    const r = resolvePlace(shown.island, islands);
    if (r.ok) setSlice(store, measureSlice, { areaOf: r.island.properties.id, shown: { kind: 'area', island: r.island.properties.id } });
    else {
      setSlice(store, measureSlice, { shown: NONE });
      notify(store, { id: 'url-area', text: `The link asks for the area of “${r.query}”, which the atlas does not know.` });
    }
  } else return;
  showMeasurement(store, computedOf(store.getState()), true);
}

function bind(ctx: BindContext): () => void {
  const { store } = ctx;
  // Resolve the link's places when the islands arrive (now, if they already have).
  let resolved = false;
  const resolveOnce = (s: AtlasState) => {
    if (resolved || !s.islands) return;
    resolved = true;
    resolveLinked(store, s.islands.features);
  };
  resolveOnce(store.getState());
  // The path tool owns the map's clicks while it is on.
  let unbindTool: (() => void) | null = null;
  const follow = (s: AtlasState) => {
    // Another tab coming forward ends the path tool: its clicks belong to the map again.
    if (s.tool === PATH_TOOL && s.tab !== 'measure') { setCore(store, { tool: null }); return; }
    const on = s.tool === PATH_TOOL;
    if (on && !unbindTool) {
      unbindTool = bindPathTool(ctx.map, {
        onPoint: (p) => setSlice(store, measureSlice, (m) => ({ shown: withPoint(m.shown, p[0], p[1]) })),
        onUndo: () => setSlice(store, measureSlice, (m) => (m.shown.kind === 'path' && !m.shown.closed ? { shown: { ...m.shown, points: m.shown.points.slice(0, -1) } } : {})),
        onEnd: () => setCore(store, { tool: null }),
      });
    } else if (!on && unbindTool) {
      unbindTool();
      unbindTool = null;
    }
  };
  follow(store.getState());
  const unsubscribe = store.subscribe((s) => { resolveOnce(s); follow(s); });
  return () => { unsubscribe(); unbindTool?.(); };
}

export const measureUi: FeatureUi = { bind, picture, Section: MeasureSection };

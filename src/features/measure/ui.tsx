/**
 * The measure interface: the measurement resolved against the islands (a link's names become
 * ids once the islands have loaded), what the map draws of it (./computed.ts), the path tool's
 * bindings and the Measure tab. The geodesic code comes with this chunk, after the first view.
 */
import { resolvePlace } from '../../geo/places.ts';
import type { IslandFeature } from '../../geo/types.ts';
import { notify, setCore, setSlice, sliceOf, type AtlasState, type AtlasStore } from '../../state/store.ts';
import type { BindContext, FeatureUi } from '../../ui/feature.ts';
import { computedOf, measurePicture, showMeasurement } from './computed.ts';
import { bindPathTool, PATH_TOOL } from './interaction.ts';
import { readMeasureLink } from './link.ts';
import { MeasureSection } from './section.tsx';
import { measureSlice, NONE, withPathClosed, withPoint } from './state.ts';

/**
 * Once the islands are in: a link's places, given by name in any script, become ids (or a
 * notice says which name the atlas does not know, keeping the good half).
 */
function resolveLinked(store: AtlasStore, islands: IslandFeature[]): void {
  const { shown } = sliceOf(store.getState(), measureSlice);
  if (shown.kind === 'pair') {
    const r = readMeasureLink(`${shown.a},${shown.b}`, islands, store.getState().lang);
    setSlice(store, measureSlice, {
      from: r.a?.properties.id ?? null, to: r.b?.properties.id ?? null,
      shown: r.a && r.b ? { kind: 'pair', a: r.a.properties.id, b: r.b.properties.id } : NONE,
    });
    if (r.notice) notify(store, { id: 'url-measure', ...r.notice });
  } else if (shown.kind === 'area') {
    const r = resolvePlace(shown.island, islands);
    if (r.ok) setSlice(store, measureSlice, { areaOf: r.island.properties.id, shown: { kind: 'area', island: r.island.properties.id } });
    else {
      setSlice(store, measureSlice, { shown: NONE });
      notify(store, { id: 'url-area', message: 'measure.link.unknownArea', values: { query: r.query } });
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
        points: () => { const m = sliceOf(store.getState(), measureSlice).shown; return m.kind === 'path' && !m.closed ? m.points : []; },
        // Closing the path on its first point does what the Close path button does. The tool lets
        // go of the map's clicks once this click has reached every listener (a microtask runs after
        // them), so that no other feature takes the same click as its own.
        onClose: () => {
          setSlice(store, measureSlice, (m) => ({ shown: withPathClosed(m.shown) }));
          queueMicrotask(() => { if (store.getState().tool === PATH_TOOL) setCore(store, { tool: null }); });
        },
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

export const measureUi: FeatureUi = { bind, picture: measurePicture, Section: MeasureSection };

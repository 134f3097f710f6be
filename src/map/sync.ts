/**
 * The map synchroniser: the one piece of code that changes the map on behalf of the app's
 * state. Features describe what the map should show for a state as a `MapPicture` (global
 * state, source data, feature state, and sources with layers added at run time for data that
 * only exists then, such as a reader's imported file); the synchroniser compares it with the last
 * picture it applied and makes only the calls that differ. Panels and sections never call the map's
 * setters themselves.
 *
 * While the WebGL context is lost the map cannot take changes: MapLibre destroys its style then
 * and rebuilds it from a snapshot on `webglcontextrestored`, without the feature state and with
 * the global state as the style first declared it. So the synchroniser holds changes while the
 * context is lost, and on restore applies the latest picture whole, not only what changed. A
 * call that throws is reported once per kind and never reaches React.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';

export type Data = FeatureCollection;

/**
 * A source and its layers that are not part of the style the map was built with: added while the
 * app runs, for data that exists only then (a reader's imported file). Compared by identity,
 * `source` and `layers` together: a new object of either replaces the whole overlay; a change of
 * `visible` alone shows or hides its layers.
 */
export interface AddedOverlay {
  source: SourceSpecification;
  layers: LayerSpecification[];
  /** The style's layer these are drawn under; on top of everything when absent or not in the style. */
  before?: string;
  /** Whether the layers are drawn (layout `visibility`); default true. */
  visible?: boolean;
}

export interface MapPicture {
  /** Global-state properties the layers read, by name. */
  global?: Record<string, unknown>;
  /** Data of GeoJSON sources, by source id. Compared by identity: keep it memoised. */
  data?: Record<string, Data>;
  /** Feature state of single features: by source, then feature id, then property. */
  featureState?: Record<string, Record<string, Record<string, unknown>>>;
  /** Feature state set on every feature of a source: by source, then property. */
  sourceState?: Record<string, Record<string, unknown>>;
  /** Sources with their layers added at run time, by source id; one gone from the picture is removed. */
  added?: Record<string, AddedOverlay>;
}

/** The map methods the synchroniser uses: all public. */
export type SyncTarget = Pick<MapLibreMap,
  'setGlobalStateProperty' | 'getSource' | 'setFeatureState' | 'removeFeatureState' | 'on' | 'off' | 'once' | 'isStyleLoaded'
  | 'addSource' | 'removeSource' | 'addLayer' | 'removeLayer' | 'getLayer' | 'setLayoutProperty'>;

type FeatureStates = NonNullable<MapPicture['featureState']>;

/** Flattens feature state into "source\u0000id\u0000key" keys, for comparison. */
function flatStates(fs: FeatureStates | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [source, byId] of Object.entries(fs ?? {})) {
    for (const [id, props] of Object.entries(byId)) {
      for (const [key, value] of Object.entries(props)) out.set(`${source}\u0000${id}\u0000${key}`, value);
    }
  }
  return out;
}

export interface MapSync {
  /** Makes the map show `picture` (the latest wins while the map cannot take it). */
  apply(picture: MapPicture): void;
  /** Whether changes are being held (the WebGL context is lost). */
  readonly holding: boolean;
  dispose(): void;
}

export interface MapSyncOptions {
  warn?: (msg: string) => void;
  /**
   * What the map already shows: its global state and source data as the style was built (for a
   * map made from the app's state, its first picture). Feature and source state are never
   * assumed: a new map has none.
   */
  alreadyShows?: Pick<MapPicture, 'global' | 'data'>;
}

export function createMapSync(map: SyncTarget, opts: MapSyncOptions = {}): MapSync {
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const warned = new Set<string>();
  const attempt = (what: string, fn: () => void) => {
    try { fn(); } catch (e) {
      if (!warned.has(what)) { warned.add(what); warn(`map sync: ${what}: ${e instanceof Error ? e.message : String(e)}`); }
    }
  };
  let applied: MapPicture = { global: opts.alreadyShows?.global, data: opts.alreadyShows?.data };
  let appliedStates = new Map<string, unknown>();
  /** Each source's feature ids, read once from its own data, for `sourceState`. */
  const sourceIds = new Map<string, Promise<string[]>>();
  let pending: MapPicture | null = null;
  let lost = false;

  const idsOf = (source: string): Promise<string[]> => {
    let p = sourceIds.get(source);
    if (!p) {
      const s = map.getSource<GeoJSONSource>(source);
      p = s ? s.getData().then((d) => (d.type === 'FeatureCollection' ? d.features.map((f) => String(f.id ?? f.properties?.id)) : [])) : Promise.resolve([]);
      sourceIds.set(source, p);
    }
    return p;
  };

  const removeOverlay = (id: string, o: AddedOverlay) => {
    attempt(`remove ${id}`, () => {
      for (const l of o.layers) if (map.getLayer(l.id)) map.removeLayer(l.id);
      if (map.getSource(id)) map.removeSource(id);
    });
  };
  const addOverlay = (id: string, o: AddedOverlay) => {
    attempt(`add ${id}`, () => {
      // A style rebuilt after a lost context may already hold it (MapLibre's snapshot keeps what
      // was added): made anew, so that it is exactly this picture's.
      removeOverlay(id, o);
      map.addSource(id, o.source);
      const before = o.before && map.getLayer(o.before) ? o.before : undefined;
      const visibility = o.visible === false ? 'none' : 'visible';
      for (const l of o.layers) map.addLayer({ ...l, layout: { ...('layout' in l ? l.layout : {}), visibility } } as LayerSpecification, before);
    });
  };
  const paintAdded = (next: MapPicture) => {
    const before = applied.added ?? {};
    const now = next.added ?? {};
    for (const [id, o] of Object.entries(before)) if (!(id in now)) removeOverlay(id, o);
    for (const [id, o] of Object.entries(now)) {
      const was = before[id];
      if (was === o) continue;
      if (was && was.source === o.source && was.layers === o.layers) {
        if ((was.visible !== false) === (o.visible !== false)) continue;
        const visibility = o.visible === false ? 'none' : 'visible';
        attempt(`visibility ${id}`, () => { for (const l of o.layers) if (map.getLayer(l.id)) map.setLayoutProperty(l.id, 'visibility', visibility); });
        continue;
      }
      if (was) removeOverlay(id, was);
      addOverlay(id, o);
    }
  };

  const paint = (next: MapPicture) => {
    paintAdded(next);
    for (const [k, v] of Object.entries(next.global ?? {})) {
      if (!Object.is(applied.global?.[k], v) || !(k in (applied.global ?? {}))) attempt(`global ${k}`, () => map.setGlobalStateProperty(k, v));
    }
    for (const [id, data] of Object.entries(next.data ?? {})) {
      if (applied.data?.[id] === data) continue;
      attempt(`data ${id}`, () => {
        const source = map.getSource<GeoJSONSource>(id);
        if (!source) throw new Error('no such source');
        void source.setData(data).catch((e: unknown) => warn(`map sync: data ${id}: ${String(e)}`));
      });
    }
    const states = flatStates(next.featureState);
    for (const [k, v] of states) {
      if (appliedStates.has(k) && Object.is(appliedStates.get(k), v)) continue;
      const [source, id, key] = k.split('\u0000');
      attempt(`feature state ${source}`, () => map.setFeatureState({ source, id }, { [key]: v }));
    }
    for (const k of appliedStates.keys()) {
      if (states.has(k)) continue;
      const [source, id, key] = k.split('\u0000');
      attempt(`feature state ${source}`, () => map.removeFeatureState({ source, id }, key));
    }
    appliedStates = states;
    for (const [source, props] of Object.entries(next.sourceState ?? {})) {
      const before = applied.sourceState?.[source];
      if (before && Object.entries(props).every(([k, v]) => Object.is(before[k], v))) continue;
      void idsOf(source).then((ids) => {
        // A later picture may have moved on while the ids were read: apply what is current.
        const now = (pending ?? applied).sourceState?.[source] ?? props;
        if (lost) return;
        for (const id of ids) attempt(`source state ${source}`, () => map.setFeatureState({ source, id }, now));
      });
    }
    applied = next;
  };

  const onLost = () => { lost = true; };
  const repaint = () => {
    lost = false;
    // The rebuilt style knows nothing of what was applied: apply the latest picture whole.
    const next = pending ?? applied;
    pending = null;
    applied = {};
    appliedStates = new Map();
    sourceIds.clear();
    paint(next);
  };
  // MapLibre rebuilds the style from its snapshot on restore, and the rebuild loads like any
  // style: hold on until it has.
  const onRestored = () => {
    if (map.isStyleLoaded()) repaint();
    else map.once('style.load', repaint);
  };
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onRestored);

  return {
    apply(picture) {
      if (lost) { pending = picture; return; }
      paint(picture);
    },
    get holding() { return lost; },
    dispose() {
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', onRestored);
      map.off('style.load', repaint);
    },
  };
}

/** Merges the pictures of several features into one (later ones win on the same key). */
export function mergePictures(parts: readonly MapPicture[]): MapPicture {
  const out: Required<MapPicture> = { global: {}, data: {}, featureState: {}, sourceState: {}, added: {} };
  for (const p of parts) {
    Object.assign(out.global, p.global);
    Object.assign(out.data, p.data);
    for (const [s, byId] of Object.entries(p.featureState ?? {})) out.featureState[s] = { ...out.featureState[s], ...byId };
    Object.assign(out.sourceState, p.sourceState);
    Object.assign(out.added, p.added);
  }
  return out;
}

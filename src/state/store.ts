/**
 * The atlas's one state: everything a reader can change, in one typed object owned by one
 * zustand store. Nothing else holds app state: the map follows it through the synchroniser
 * (src/map/sync.ts), the panels render it, the address bar is its serialisation
 * (src/state/url.ts).
 *
 * The state has a core that every feature reads (era, comparison, language, open tab, notices,
 * which tool owns the map's clicks) and one slice per feature, declared in the feature's own
 * folder with `defineSlice`. The core cannot know the features' types, and a feature cannot
 * import another feature, so a slice is typed where it is declared and reached through its
 * handle: `useSlice(incidentsSlice)`, `setSlice(store, incidentsSlice, patch)`.
 *
 * Why zustand: a well-kept store of 1 KB with a React binding built on `useSyncExternalStore`,
 * selectors that re-render only what changed, and a vanilla store the map synchroniser and
 * Node tests use without React.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_ERA, type EraId } from '../geo/eras.ts';
import type { Language } from '../geo/language.ts';
import type { MessageId } from '../i18n/ids.ts';
import type { IslandCollection } from '../geo/types.ts';
import { DEFAULT_POV, type PointOfView } from '../geo/point-of-view.ts';

/** A side-panel tab: a feature's (its descriptor names it). */
export type TabId = string;

/**
 * A notice to the reader (a bad link, data that failed to load), with an id to replace or dismiss
 * it by: a catalogue message (`message`, with `values` for its arguments), written in the
 * interface language when shown, so a notice made before the catalogues load, or before a
 * language switch, still reads in the language on screen. `text` is for words that come from
 * outside the atlas (a browser's error) or were already written in the language.
 */
export type Notice = { id: string } & (NoticeMessage | { text: string });

/** A catalogue message and its arguments, written when shown. */
export interface NoticeMessage { message: MessageId; values?: Record<string, NoticeValue> }

/**
 * An argument of a notice: a string or number as it is, another message written in the same
 * language (what a bad link parameter should have been), or values to list as alternatives
 * (`{ or: ['en', 'ja', 'ru'] }`: "en, ja or ru", "en、ja、またはru", "en, ja или ru").
 */
export type NoticeValue = string | number | NoticeMessage | { or: readonly string[] };

export interface CoreState {
  era: EraId;
  /** The era right of the comparison's divider, or null when not comparing. */
  compare: EraId | null;
  lang: Language;
  /** The point of view on the four islands from 1945 on: the land's colours and the sea zones follow it. */
  pov: PointOfView;
  tab: TabId;
  notices: readonly Notice[];
  /** The tool that owns the map's clicks (the path measure), or null: then clicks select features. */
  tool: string | null;
  /** The islands (names, coasts, areas) once loaded: data several features share, never in the link. */
  islands: IslandCollection | null;
  /** A camera move asked for by a panel (fly to an incident, fit a measurement); `seq` tells one request from the next. */
  camera: CameraRequest | null;
}

/** Where a panel wants the map to look. */
export type CameraRequest = { seq: number; jump?: boolean } & (
  | { kind: 'fly'; center: [number, number]; zoom: number; onlyIfHidden?: boolean }
  | { kind: 'fit'; bounds: [[number, number], [number, number]]; maxZoom: number; padding?: number }
);

export interface AtlasState extends CoreState {
  slices: Readonly<Record<string, unknown>>;
}

export type AtlasStore = StoreApi<AtlasState>;

export const CORE_DEFAULTS: CoreState = { era: DEFAULT_ERA, compare: null, lang: 'en', pov: DEFAULT_POV, tab: 'island', notices: [], tool: null, islands: null, camera: null };

/** A feature's part of the state: its name (the key in `slices`) and its defaults. */
export interface Slice<T> {
  readonly name: string;
  readonly defaults: T;
}

export function defineSlice<T>(name: string, defaults: T): Slice<T> {
  return { name, defaults };
}

/** The slice's value in a state (its defaults if the state has none yet). */
export function sliceOf<T>(state: AtlasState, slice: Slice<T>): T {
  return (state.slices[slice.name] as T | undefined) ?? slice.defaults;
}

export function createAtlasStore(init: { core?: Partial<CoreState>; slices?: Record<string, unknown> } = {}): AtlasStore {
  return createStore<AtlasState>()(() => ({ ...CORE_DEFAULTS, ...init.core, slices: { ...init.slices } }));
}

/** Changes the core state. Returns nothing: subscribers see the new state. */
export function setCore(store: AtlasStore, patch: Partial<CoreState>): void {
  store.setState(patch);
}

/** Changes one feature's slice: a patch, or a function of the current slice giving a patch. */
export function setSlice<T>(store: AtlasStore, slice: Slice<T>, patch: Partial<T> | ((current: T) => Partial<T>)): void {
  store.setState((s) => {
    const current = sliceOf(s, slice);
    const p = typeof patch === 'function' ? patch(current) : patch;
    return { slices: { ...s.slices, [slice.name]: { ...current, ...p } } };
  });
}

/** Adds or replaces a notice (by id). */
export function notify(store: AtlasStore, n: Notice): void {
  store.setState((s) => ({ notices: [...s.notices.filter((x) => x.id !== n.id), n] }));
}

export function dismiss(store: AtlasStore, id: string): void {
  store.setState((s) => ({ notices: s.notices.filter((x) => x.id !== id) }));
}

let cameraSeq = 0;

/** Asks the map to look somewhere: the synchroniser moves the camera (src/map/camera.ts). */
export function requestCamera(store: AtlasStore, move: DistributiveOmit<CameraRequest, 'seq'>): void {
  store.setState({ camera: { ...move, seq: ++cameraSeq } as CameraRequest });
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

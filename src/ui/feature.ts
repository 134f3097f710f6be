/**
 * What a feature of the atlas is, to the rest of the app: one descriptor, exported by the
 * feature's folder (`src/features/<name>/index.ts`) and listed once in
 * `src/features/registry.ts`. Everything the app needs of a feature comes from here, so adding
 * a feature is one folder and one registry line (README: "Adding a feature").
 */
import type { ComponentType } from 'react';
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleImageMetadata } from 'maplibre-gl';
import type { IslandCollection } from '../geo/types.ts';
import type { MapPicture } from '../map/sync.ts';
import type { RgbaImage } from '../map/rgba-image.ts';
import type { AtlasState, AtlasStore, Slice, TabId } from '../state/store.ts';
import type { ParamSpec } from '../state/url.ts';
import type { MessageId } from '../i18n/ids.ts';
import type { FeatureCollection } from 'geojson';
import type { Language } from '../geo/language.ts';
import type { Citation } from '../geo/eras.ts';
import type { TextBundle } from '../i18n/text-fields.ts';

export interface Overlay {
  sources: Record<string, SourceSpecification>;
  /** Drawn on the sea, under the land (zones measured from the coast, which the land then covers). */
  sea?: LayerSpecification[];
  /** Drawn above the land, below the labels. */
  layers: LayerSpecification[];
  /** Drawn above the labels. */
  top?: LayerSpecification[];
}

/** An image the feature draws itself (hatches, marker shapes, chevrons). */
export interface GeneratedImage { image: RgbaImage; options: Partial<StyleImageMetadata> }

/** What a feature's section (its tab) and map overlay get. */
export interface SectionProps {
  /** The map once its first view is drawn; null until then, or when it could not start. */
  map: MapLibreMap | null;
  /** The islands, once loaded (names, coasts): shared by several features. */
  islands: IslandCollection | null;
  /**
   * Opens a second map over `container` on the main map's camera, kept in step with the state
   * as `view` transforms it (the era comparison shows the compared era): the same factory, style
   * and synchroniser as the main map. Resolves once its style has loaded; `dispose` removes it.
   */
  openSecondMap: (container: HTMLElement, view: (s: AtlasState) => AtlasState) => Promise<SecondMap>;
}

export interface SecondMap { map: MapLibreMap; dispose: () => void }

/** What a feature's legend rows get: the map's zoom, rounded to a tenth. */
export interface LegendProps { zoom: number }

/** What a feature's map bindings get: the map, the store, and which feature's layers are on top at a point. */
export interface BindContext {
  map: MapLibreMap;
  store: AtlasStore;
  /** The id of the feature whose clickable layers are topmost at a point (see `clicks`), or null. */
  topFeatureAt: (point: { x: number; y: number }) => string | null;
  /** Whether a click is free for features (no tool such as the path measure owns it). */
  clicksFree: () => boolean;
}

export interface AtlasFeature<S = unknown> {
  /** The folder's name. */
  id: string;
  /** Its part of the state, and of the link. */
  slice?: Slice<S>;
  params?: ParamSpec<S>;
  /** Its sources and layers (in the registry's order, bottom to top). */
  overlay?: (dataUrl: string) => Overlay;
  /** Sources the first view leaves empty: their layers are added at the first idle, not parsed before. */
  filledLater?: readonly string[];
  /** Global state its layers read, with the defaults the style starts with. */
  globalState?: Record<string, { default: unknown }>;
  /** Images it generates: `early` ones as soon as the style loads, the rest when a layer first asks. */
  images?: { early: readonly string[]; provide: (id: string) => GeneratedImage | null };
  /**
   * Its clickable layers. Where layers of several features lie under one click, the lowest
   * `rank` takes it (incidents before energy before islands); `active` says whether the layers
   * take clicks in a state (the energy layers only in their era).
   */
  clicks?: { rank: number; layers: readonly string[]; active?: (s: AtlasState) => boolean };
  /** What the map shows of this feature for a state. Return memoised objects: compared by identity. */
  picture?: (s: AtlasState) => MapPicture;
  /**
   * Its interface: panels, map overlays and pointer bindings, in a chunk of its own that the app
   * loads after the first view (so the descriptor itself stays React-free and tiny: main.tsx
   * builds the map's style from it before any interface code is fetched).
   */
  ui?: () => Promise<FeatureUi>;
  /**
   * Its tab in the side panel (`order`: place among the tabs, left to right); the panel comes with
   * `ui`. `label` is the catalogue id of the tab's name (the shell's catalogue, `app.tab.*`, holds
   * every tab's name, so the tab row reads in one voice).
   */
  tab?: { id: TabId; label: MessageId; order: number };
  /**
   * What "Export" (src/features/export/) may take of it: its data as files and the sources of
   * what it shows now. A chunk of its own, loaded after the first view when the export first gathers the sources.
   */
  exports?: () => Promise<ExportProvider>;
}

/** What an export is made in: the state, and the interface language with the data's texts in it. */
export interface ExportContext {
  state: AtlasState;
  lang: Language;
  /** The data files' texts in `lang` (null for English): for `localise` (src/i18n/text-fields.ts). */
  texts: TextBundle | null;
  t: (id: MessageId, values?: Record<string, string | number | Date>) => string;
  /** The app's data folder, absolute (`…/data/`). */
  dataUrl: string;
}

/** A feature's part of an export, for a state. */
export type ExportProvider = (ctx: ExportContext) => Promise<FeatureExport>;

export interface FeatureExport {
  /** Files of what it shows now (none when it shows nothing). */
  files: ExportFile[];
  /** The sources of what it shows now (the era's treaty, the open incident's), for the picture and the print. */
  sources: Citation[];
}

/** A table cell: written as text, a number or empty. */
export type ExportCell = string | number | boolean | null;

export interface ExportFile {
  /** What the file holds, for its name (`kuril-atlas_<name>_<date>.geojson`); the export keeps its Latin letters, digits and dashes (names.ts). */
  name: string;
  /** What the reader is offered, in the interface language ("Incidents shown (42)"). */
  label: string;
  geojson: () => Promise<FeatureCollection>;
  /** The same as a table, where the data is one (a CSV). */
  table?: () => Promise<{ columns: string[]; rows: ExportCell[][] }>;
}

export interface FeatureUi {
  /** Binds its pointer and keyboard handlers on the map once its first view is drawn; returns the unbinding. */
  bind?: (ctx: BindContext) => () => void;
  /** Its tab's panel (the tab itself is the descriptor's `tab`). */
  Section?: ComponentType<SectionProps>;
  /** Things it draws over the map (the era timeline, the comparison), outside the tabs. */
  MapOverlay?: ComponentType<SectionProps>;
  /** Loads its data into the store once the first view is drawn (failures become notices). */
  load?: (store: AtlasStore) => void;
  /**
   * Its rows of the on-map legend (src/ui/map-legend.tsx): `<li>`s for what its layers draw now,
   * with the map's own symbols, or nothing when they draw nothing (the era, the point of view and
   * the zoom decide). Each row names its symbol in words.
   */
  LegendItems?: ComponentType<LegendProps>;
  /** Its items of the header's Share control, beside the link (the offline feature's <iframe> snippet). */
  ShareItems?: ComponentType;
  /** What the map shows of this feature, where that needs code loaded with the interface (the measure's geodesic lines). */
  picture?: (s: AtlasState) => MapPicture;
}

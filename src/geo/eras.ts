/**
 * The border eras of the atlas: their ids, who held which land in each, and the point lookup
 * `holderAt`. The treaty texts are authored in geo/sources/eras.ts; the land and lines are built
 * from them into public/data/eras.geojson, borders.geojson and claims.geojson (see geo/README.md).
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Names, Source } from './types.ts';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

/** The four eras, oldest first. Each is named by the year its arrangement began. */
export const ERA_IDS = ['1855', '1875', '1905', '1945'] as const;
export type EraId = (typeof ERA_IDS)[number];

/** The era shown when none is chosen: 1945 to today. */
export const DEFAULT_ERA: EraId = '1945';

/** Who held a piece of land in an era. `joint`: left undivided between the two (Sakhalin, 1855). */
export const HOLDERS = ['japan', 'russia', 'joint'] as const;
export type Holder = (typeof HOLDERS)[number];

export function isEraId(v: unknown): v is EraId {
  return typeof v === 'string' && (ERA_IDS as readonly string[]).includes(v);
}

/** The era before `era`, or null for the first. */
export function previousEra(era: EraId): EraId | null {
  const i = ERA_IDS.indexOf(era);
  return i > 0 ? ERA_IDS[i - 1] : null;
}

/** A source with the place in it that supports the text (an article, a page). */
export interface Citation extends Source {
  locator?: string;
}

/** A text in the atlas's own words and the sources it rests on; never without one. */
export interface CitedText {
  text: string;
  citations: Citation[];
}

/**
 * How an island was held in an era: by one holder, or split along a parallel (Sakhalin at 50°N
 * under the Treaty of Portsmouth).
 */
export type Holding = Holder | { splitAtLat: number; north: Holder; south: Holder };

/** Which piece of a split island a polygon is: `sakhalin/south`. A whole island is its id. */
export type PartId = string;

/** Properties of an eras.geojson feature: one island, or piece of one, as held in one era. */
export interface EraLandProps {
  era: EraId;
  holder: Holder;
  /** The state(s) behind the holder in that era, in English, for the legend and inspection. */
  polity: string;
  /** The island id, as in islands.geojson. */
  island: string;
  /** The island, or the piece of it when it was split: `sakhalin/south`. */
  part: PartId;
  source: string;
}

/**
 * Properties of an era-tint.geojson feature: the display encoding of eras.geojson for the map,
 * one island piece with its holder in every era (`holder_1855` …), so the map draws each
 * piece's geometry once rather than once per era.
 */
export type EraTintProps = { island: string; part: PartId } & Record<`holder_${EraId}`, Holder>;

export type BorderKind = 'sea' | 'land';

/** Properties of a borders.geojson feature: one border line of one era. */
export interface BorderProps {
  era: EraId;
  kind: BorderKind;
  /** The treaty (or, since 1945, the de facto arrangement) the line comes from. */
  treaty: string;
  /** What the line follows and how exact it is. */
  note: string;
  source: string;
}

/** Properties of a claims.geojson feature: land one side administers and the other claims. */
export interface ClaimProps {
  /** The era the claim belongs to: the present. */
  era: EraId;
  claimant: 'japan' | 'russia';
  administered_by: 'japan' | 'russia';
  /** Island ids covered, as in islands.geojson. */
  islands: string[];
  /** What the claimed land is, in English (not `name`: map-label texts start so). */
  title: string;
  japan_position: string;
  japan_source: string;
  russia_position: string;
  russia_source: string;
}

/** A Polygon, or a MultiPolygon where the island has outlying pieces (an islet, a detached spit). */
export type EraLandFeature = Feature<Polygon | MultiPolygon, EraLandProps>;
export type EraLandCollection = FeatureCollection<Polygon | MultiPolygon, EraLandProps>;
export type EraTintCollection = FeatureCollection<Polygon | MultiPolygon, EraTintProps>;
export type BorderFeature = Feature<LineString | MultiLineString, BorderProps>;
export type BorderCollection = FeatureCollection<LineString | MultiLineString, BorderProps>;
export type ClaimCollection = FeatureCollection<MultiPolygon, ClaimProps>;

/**
 * What every feature needs to know about one era: its years and its treaty's names. Authored
 * here (geo/sources/eras.ts takes them from here for the build). The words a reader sees for an
 * era (its label on the timeline, its span) are in the eras' message catalogue
 * (src/features/eras/i18n, `eras.era.<id>.label`, `eras.era.<id>.span`); the rest of each era's
 * texts (the treaty's details, the clause, the notes, the polities, the two governments'
 * positions) are data, built into public/data/era-texts.json and loaded with the Borders tab,
 * never part of the first view's code.
 */
export interface EraMeta {
  id: EraId;
  /**
   * The years the era lasted, in English: "1855–1875", "1945–today". For the data's own English
   * (the build) and for code that reads the years from it; a reader sees `eras.era.<id>.span`.
   */
  span: string;
  /**
   * The treaty's name in each language (or, since 1945, the arrangement's), as proper names are
   * kept: the interface shows the one of its language and the other two beside it. The Japanese
   * and Russian follow the glossary in geo/sources/text/README.md.
   */
  treaty: Names;
}

/** The eras in order, for the control and the legend. */
export const ERAS: readonly EraMeta[] = [
  {
    id: '1855', span: '1855–1875',
    treaty: { en: 'Treaty of Shimoda', ja: '日露和親条約（下田条約）', ru: 'Симодский трактат' },
  },
  {
    id: '1875', span: '1875–1905',
    treaty: { en: 'Treaty of Saint Petersburg', ja: '樺太・千島交換条約', ru: 'Петербургский договор' },
  },
  {
    id: '1905', span: '1905–1945',
    treaty: { en: 'Treaty of Portsmouth', ja: 'ポーツマス条約', ru: 'Портсмутский мирный договор' },
  },
  {
    id: '1945', span: '1945–today',
    treaty: { en: 'Soviet occupation and the de facto line', ja: 'ソ連による占領と事実上の境界線', ru: 'Занятие островов советскими войсками и фактическая граница' },
  },
];

/** A treaty's details, for the Borders panel. */
export interface TreatyText {
  /** ISO 8601 date of signing, New Style (Gregorian). */
  signed: string;
  /** How the date reads in the text of the time, where it differs. */
  signedNote?: string;
  place: string;
  signatories: string[];
  /** When it took effect; more than one where sources disagree. */
  inForce: CitedText[];
}

/** One era's texts beyond its metadata: public/data/era-texts.json, built from geo/sources/eras.ts. */
export interface EraText {
  treaty: TreatyText;
  /** What the treaty said about the border, in our own words. */
  clause: CitedText;
  /** Further dated facts the panel shows. */
  notes: CitedText[];
  /** The state(s) behind each holder, in the three languages; absent where nobody held such land. */
  polities: Partial<Record<Holder, Names>>;
}

/** public/data/era-texts.json. */
export interface EraTexts {
  eras: Record<EraId, EraText>;
  /** The two governments' positions on the four islands, each in its own terms. */
  positions: { japan: CitedText; russia: CitedText };
}

/**
 * The metadata of one era.
 *
 * @example
 * eraMeta('1905').span; // '1905–1945'
 */
export function eraMeta(id: EraId): EraMeta {
  return ERAS[ERA_IDS.indexOf(id)];
}

/** A point on a lake (a hole) is not on the land. */
function inGeometry(pt: Position, g: Polygon | MultiPolygon): boolean {
  return booleanPointInPolygon(pt, g);
}

/**
 * Who held the land at `point` ([lon, lat]) in `era`, or null at sea (and on Honshu, which the
 * era layer leaves to the base map).
 *
 * @example
 * holderAt([142.74, 46.96], '1905', eras); // 'japan': Yuzhno-Sakhalinsk, then Toyohara
 * holderAt([142.74, 46.96], '1945', eras); // 'russia'
 */
export function holderAt(point: Position, era: EraId, eras: EraLandCollection): Holder | null {
  for (const f of eras.features) {
    if (f.properties.era === era && inGeometry(point, f.geometry)) return f.properties.holder;
  }
  return null;
}

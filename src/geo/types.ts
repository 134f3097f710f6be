import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A name in the atlas's three languages. */
export interface Names {
  en: string;
  ja: string;
  ru: string;
}

/** Where a fact comes from: enough for a reader to find it again (inferred from SourceSchema). */
export type { Source } from './geojson-schema.ts';

/** Which side administers a piece of land today. */
export type Administrator = 'japan' | 'russia';

/**
 * Island groups as people talk about them. `northern-territories` are the four islands (and the
 * Habomai islets) that Japan claims and Russia administers as the southern Kurils.
 */
export type IslandGroup =
  | 'northern-territories'
  | 'kurils'
  | 'hokkaido'
  | 'sakhalin'
  | 'kamchatka'
  | 'honshu';

export interface IslandProps {
  /** Lowercase ASCII slug, stable across builds (`kunashir`). */
  id: string;
  name: Names;
  /** Other spellings and names people type; never empty strings. */
  aliases: string[];
  group: IslandGroup;
  /** For islets that belong to a named cluster, such as the Habomai islets. */
  cluster: string | null;
  administered_by: Administrator;
  /** Set where the other side claims the island. */
  claimed_by: Administrator | null;
  /** A published land area in km², where one exists. */
  published_area_km2: number | null;
  /** Who published `published_area_km2`. */
  area_source: string | null;
}

export type IslandFeature = Feature<Polygon | MultiPolygon, IslandProps>;
export type IslandCollection = FeatureCollection<Polygon | MultiPolygon, IslandProps>;

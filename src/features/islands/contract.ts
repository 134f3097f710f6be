/**
 * The property contract of islands.geojson (documented in geo/README.md), as a valibot schema.
 *
 * The island types stay in src/geo/types.ts, because the pure geo code (the places search, the
 * nearest-coast search, the readouts) is built on them and src/geo does not import features;
 * the assertion at the end of this file fails the type check the day the schema and those types
 * disagree.
 */
import * as v from 'valibot';
import {
  MultiPolygonSchema, PolygonSchema, collectionCheck, featureCollection, geometryOf, obj, oneOf, positiveNumber, slug, text,
} from '../../geo/geojson-schema.ts';
import type { IslandProps } from '../../geo/types.ts';

const GROUPS = ['northern-territories', 'kurils', 'hokkaido', 'sakhalin', 'kamchatka', 'honshu'] as const;
const SIDES = ['japan', 'russia'] as const;

export const IslandPropsSchema = v.pipe(
  obj({
    id: slug('id must be a lowercase ASCII slug'),
    name: obj({ en: text('name.en is empty'), ja: text('name.ja is empty'), ru: text('name.ru is empty') }),
    aliases: v.array(text('aliases must be a list of non-empty strings'), 'aliases must be a list of non-empty strings'),
    group: oneOf(GROUPS, 'group'),
    cluster: v.nullable(slug('cluster must be a slug or null')),
    administered_by: v.picklist(SIDES, 'administered_by must be japan or russia'),
    claimed_by: v.nullable(v.picklist(SIDES, 'claimed_by must be japan, russia or null')),
    published_area_km2: v.nullable(positiveNumber('published_area_km2 must be a positive number')),
    area_source: v.nullable(v.string('area_source must be text or null')),
  }),
  v.check(
    (p) => (p.published_area_km2 !== null) === (p.area_source !== null && p.area_source.trim() !== ''),
    'a published area needs its area_source, and only then',
  ),
);

export const IslandsSchema = featureCollection(geometryOf(PolygonSchema, MultiPolygonSchema), IslandPropsSchema, 'id');

/** Checks a parsed islands.geojson; the problems, or none. */
export const checkIslands = collectionCheck('islands', IslandsSchema, 'id');

// The schema's output and the hand-written IslandProps must be the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const islandTypesAgree: Same<v.InferOutput<typeof IslandPropsSchema>, IslandProps> = true;
void islandTypesAgree;

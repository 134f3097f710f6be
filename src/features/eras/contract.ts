/**
 * The property contracts of eras.geojson, era-tint.geojson, borders.geojson and claims.geojson
 * (documented in geo/README.md), as valibot schemas, checked at build time and where the app
 * loads the files.
 *
 * The era types stay in src/geo/eras.ts, which the pure geo code uses and which does not import
 * features; the assertions at the end of this file fail the type check the day the schemas and
 * those types disagree.
 */
import * as v from 'valibot';
import {
  LineStringSchema, MultiLineStringSchema, MultiPolygonSchema, PolygonSchema, SLUG, collectionCheck, featureCollection, geometryOf, obj, slug, text,
} from '../../geo/geojson-schema.ts';
import { ERA_IDS, HOLDERS, type BorderProps, type ClaimProps, type EraLandProps, type EraTintProps } from '../../geo/eras.ts';

const SIDES = ['japan', 'russia'] as const;
const PART = /^[a-z0-9]+(-[a-z0-9]+)*(\/(north|south))?$/;

const era = v.picklist(ERA_IDS, `era must be one of ${ERA_IDS.join(', ')}`);
const holder = (key: string) => v.picklist(HOLDERS, `${key} must be one of ${HOLDERS.join(', ')}`);
const PART_MESSAGE = 'part must be the island id, or it with /north or /south';

/** `island` is an island id and `part` the island or one of its pieces (`sakhalin/south`). */
const islandPart = {
  island: slug('island must be an island id'),
  part: v.pipe(v.string(PART_MESSAGE), v.regex(PART, PART_MESSAGE)),
};
const isPartOfIsland = (p: { island: string; part: string }) => p.part === p.island || p.part.startsWith(`${p.island}/`);

export const EraLandPropsSchema = v.pipe(
  obj({ era, holder: holder('holder'), polity: text('polity is empty'), ...islandPart, source: text('source is empty') }),
  v.check((p) => isPartOfIsland(p), PART_MESSAGE),
);

export const EraLandSchema = v.pipe(
  featureCollection(geometryOf(PolygonSchema, MultiPolygonSchema), EraLandPropsSchema),
  // The same land must not be held twice in one era.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    for (const f of dataset.value.features) {
      const key = `${f.properties.era} ${f.properties.part}`;
      if (seen.has(key)) addIssue({ message: `${f.properties.part} appears twice in ${f.properties.era}` });
      seen.add(key);
    }
  }),
);

export const BorderPropsSchema = obj({
  era,
  kind: v.picklist(['sea', 'land'], 'kind must be sea or land'),
  treaty: text('treaty is empty'),
  note: text('note is empty'),
  source: text('source is empty'),
});
export const BordersSchema = featureCollection(geometryOf(LineStringSchema, MultiLineStringSchema), BorderPropsSchema);

const ONE_EACH = 'claimant and administered_by must be japan and russia, one each';
export const ClaimPropsSchema = v.pipe(
  obj({
    era,
    claimant: v.picklist(SIDES, ONE_EACH),
    administered_by: v.picklist(SIDES, ONE_EACH),
    islands: v.pipe(
      v.array(v.pipe(v.string('islands must be a list of island ids'), v.regex(SLUG, 'islands must be a list of island ids')), 'islands must be a list of island ids'),
      v.minLength(1, 'islands must be a list of island ids'),
    ),
    title: text('title is empty'),
    japan_position: text('japan_position is empty'),
    japan_source: text('japan_source is empty'),
    russia_position: text('russia_position is empty'),
    russia_source: text('russia_source is empty'),
  }),
  v.check((p) => p.claimant !== p.administered_by, ONE_EACH),
);
export const ClaimsSchema = featureCollection(geometryOf(MultiPolygonSchema), ClaimPropsSchema);

/** era-tint.geojson: one piece per feature, with a holder for every era. */
export const EraTintPropsSchema = v.pipe(
  obj({
    ...islandPart,
    ...(Object.fromEntries(ERA_IDS.map((id) => [`holder_${id}`, holder(`holder_${id}`)])) as Record<`holder_${(typeof ERA_IDS)[number]}`, ReturnType<typeof holder>>),
  }),
  v.check((p) => isPartOfIsland(p), PART_MESSAGE),
);
export const EraTintSchema = featureCollection(geometryOf(PolygonSchema, MultiPolygonSchema), EraTintPropsSchema);

export const checkEraLand = collectionCheck('eras', EraLandSchema);
export const checkBorders = collectionCheck('borders', BordersSchema);
export const checkClaims = collectionCheck('claims', ClaimsSchema);
export const checkEraTint = collectionCheck('era-tint', EraTintSchema);

// Each schema's output and the hand-written type in src/geo/eras.ts must be the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eraTypesAgree: [
  Same<v.InferOutput<typeof EraLandPropsSchema>, EraLandProps>,
  Same<v.InferOutput<typeof BorderPropsSchema>, BorderProps>,
  Same<v.InferOutput<typeof ClaimPropsSchema>, ClaimProps>,
  Same<v.InferOutput<typeof EraTintPropsSchema>, EraTintProps>,
] = [true, true, true, true];
void eraTypesAgree;

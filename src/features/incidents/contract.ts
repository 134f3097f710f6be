/**
 * The property contract of incidents.geojson (documented in geo/README.md) as a valibot schema,
 * checked at build time and where the app loads the file; the types in model.ts are inferred
 * from it.
 */
import * as v from 'valibot';
import {
  PointSchema, SourcesSchema, collectionCheck, featureCollection, geometryOf, obj, oneOf, partialDate, positiveNumber, slug, text, textOrNull,
} from '../../geo/geojson-schema.ts';
import { parsePartialDate } from '../../geo/partial-date.ts';
import type { SeaState, ZoneKind } from '../../geo/sea.ts';
import { INCIDENT_TYPES } from './model.ts';

const SIDES = ['japan', 'russia'] as const;
const PRECISIONS = ['exact', 'approximate', 'area'] as const;
const SETTINGS = ['sea', 'land', 'air'] as const;
const ID = /^(\d{4}(?:-\d{2}){0,2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The sea zones, innermost first, as src/geo/sea.ts names them (a unit test holds the two lists equal). */
export const WATERS_ZONE_KINDS = ['territorial-sea', 'contiguous-zone', 'eez'] as const satisfies readonly ZoneKind[];
const WATERS_STATES = SIDES satisfies readonly SeaState[];

const count = (message: string) => v.pipe(v.number(message), v.integer(message), v.minValue(0, message));

/** A vessel or aircraft involved, or a group of them when the sources do not name each. */
const VESSEL = 'name, name_ja, name_ru (text or null) and kind are required';
export const VesselSchema = obj({
  name: textOrNull(VESSEL),
  name_ja: textOrNull(VESSEL),
  /** The name in Russian (Polivanov's transcription of a Japanese name), or null where the sources name none. */
  name_ru: textOrNull(VESSEL),
  /** How many vessels or aircraft this entry stands for. */
  count: v.pipe(v.number('count must be a positive integer'), v.integer('count must be a positive integer'), v.minValue(1, 'count must be a positive integer')),
  kind: text(VESSEL),
  side: v.picklist(SIDES, 'side must be japan or russia'),
  tonnage_t: v.nullable(positiveNumber('tonnage_t, crew or home_port malformed')),
  crew: v.nullable(count('tonnage_t, crew or home_port malformed')),
  home_port: textOrNull('tonnage_t, crew or home_port malformed'),
});

const CASUALTIES = 'casualties malformed';
export const CasualtiesSchema = obj({ killed: v.nullable(count(CASUALTIES)), injured: v.nullable(count(CASUALTIES)), note: textOrNull(CASUALTIES) }, CASUALTIES);

/** Each government's version, where they differ. */
const ACCOUNTS = 'accounts need both japan and russia, or null';
export const AccountsSchema = obj({ japan: text(ACCOUNTS), russia: text(ACCOUNTS) }, ACCOUNTS);

/** A fact the sources disagree on, with every version kept. */
const DISPUTED = 'each disputed fact needs at least two versions, each saying who says it';
export const DisputedFactSchema = obj(
  {
    fact: text(DISPUTED),
    versions: v.pipe(v.array(obj({ says: text(DISPUTED), by: text(DISPUTED) }, DISPUTED), DISPUTED), v.minLength(2, DISPUTED)),
  },
  DISPUTED,
);

/** What the editors author in geo/sources/incidents.ts. */
const recordEntries = {
  /** `YYYY-MM-DD-slug`, stable across builds. */
  id: v.pipe(v.string('id must be <date>-<slug>'), v.regex(ID, 'id must be <date>-<slug>')),
  /** Partial ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: partialDate('date must be YYYY, YYYY-MM or YYYY-MM-DD'),
  /** The last day of an event that lasted several days, or null. */
  date_end: v.nullable(partialDate('date_end must be a partial ISO date or null')),
  type: oneOf(INCIDENT_TYPES, 'type'),
  title: text('title is empty'),
  summary: text('summary is empty'),
  place: text('place is empty'),
  /** `exact`: a published position; `approximate`: estimated from a description, good to a few km; `area`: only a region is known. */
  location_precision: v.picklist(PRECISIONS, 'location_precision must be exact, approximate or area'),
  /** How the marker's coordinates were obtained. */
  location_note: text('location_note is empty'),
  /** Where the event took place: on the water, ashore, or in the air. */
  setting: v.picklist(SETTINGS, 'setting must be sea, land or air'),
  casualties: v.nullable(CasualtiesSchema),
  vessels: v.array(VesselSchema, 'vessels must be a list'),
  accounts: v.nullable(AccountsSchema),
  disputed_facts: v.array(DisputedFactSchema, DISPUTED),
  sources: SourcesSchema,
  /** Whether the atlas's seed article reports the event. */
  in_seed_article: v.boolean('in_seed_article must be a boolean'),
};

/**
 * The waters at the marker under one side's position (src/geo/waters.ts, `watersAt`): whose zone
 * it lies in, innermost first, or null on the high seas; and the geodesic km to the median line
 * that position draws between the two states' zones, to 0.1 km (null where it draws none).
 */
const WATERS = 'waters must be {japan_view, russia_view}, each {zone: {state, kind} or null, median_km}, or null';
const WatersViewSchema = obj({
  zone: v.nullable(obj({ state: v.picklist(WATERS_STATES, WATERS), kind: v.picklist(WATERS_ZONE_KINDS, WATERS) }, WATERS)),
  median_km: v.nullable(v.pipe(v.number(WATERS), v.minValue(0, WATERS))),
}, WATERS);

/**
 * Which waters a sea incident's marker lies in, in each side's position: `japan_view` counts
 * the four islands (Iturup, Kunashir, Shikotan, the Habomai islets) Japanese, as Japan does;
 * `russia_view` counts them Russian, as Russia does (and as it administers them).
 */
export const IncidentWatersSchema = obj({ japan_view: WatersViewSchema, russia_view: WatersViewSchema }, WATERS);

/** What the build computes from the marker and the island polygons. */
const computedEntries = {
  /** Year of the first day covered, for the per-year chart. */
  year: v.number('year, date_from or date_to do not match the dates'),
  /** First and last day covered, `YYYY-MM-DD`: string comparison orders them, in style filters too. */
  date_from: v.string('year, date_from or date_to do not match the dates'),
  date_to: v.string('year, date_from or date_to do not match the dates'),
  /** The island whose coast is nearest; for events on land, the island they stand on. */
  coast_island: slug('coast_island and coast_administered_by are required'),
  coast_administered_by: v.picklist(SIDES, 'coast_island and coast_administered_by are required'),
  /** Geodesic km to that coast; null when the marker stands on land. */
  coast_distance_km: v.nullable(v.pipe(v.number('coast_distance_km must be a distance in km or null'), v.minValue(0, 'coast_distance_km must be a distance in km or null'))),
  /** Geodesic km to the nearest Russian-administered coast, Kaigara reef included; null on land. */
  russian_coast_distance_km: v.nullable(v.pipe(v.number('russian_coast_distance_km must be a distance in km or null'), v.minValue(0, 'russian_coast_distance_km must be a distance in km or null'))),
  /**
   * Within 12 nmi of a Russian-administered coast and nearer to it than to any Japanese one (in
   * the narrow straits the claim stops at the median line). Russia's claim, not the atlas's
   * judgement; null on land and where only an area is known.
   */
  inside_russian_claimed_territorial_sea: v.nullable(v.boolean('inside_russian_claimed_territorial_sea must be a boolean or null')),
  /** For an event ashore on no island: whose mainland it stands on; else null. */
  mainland: v.nullable(v.picklist(SIDES, 'mainland must be japan, russia or null')),
  /**
   * The place the sources measure from, where it is not a coast the atlas draws (Sōfu-gan, a
   * rock too small for the coastline data): its name, who holds it, why it is named, and the
   * geodesic km from the marker to its published position; else null.
   */
  named_place: v.nullable(obj({
    name: text('named_place.name is empty'),
    held_by: v.picklist(SIDES, 'named_place.held_by must be japan or russia'),
    why: text('named_place.why is empty'),
    distance_km: v.pipe(v.number('named_place.distance_km must be a distance in km'), v.minValue(0, 'named_place.distance_km must be a distance in km')),
  })),
  /**
   * For a `sea` incident: the zones at the marker in each side's position (an `area` record's
   * marker stands for its area, so this says where the marker is, not where the event was).
   * Null for events ashore or in the air: the zones are the sea's.
   */
  waters: v.nullable(IncidentWatersSchema),
  /**
   * True when the two positions give the marker's waters to different states (or one of them to
   * none): the sea round the four islands that Russia holds as its own and Japan claims as its
   * own. False where `waters` is null.
   */
  disputed_waters: v.boolean('disputed_waters must be a boolean'),
};

export const IncidentRecordSchema = obj(recordEntries);
export const IncidentComputedSchema = obj(computedEntries);

/**
 * One incident's properties, authored and computed, with what a schema cannot say: the id
 * starts with the date, the end comes after the start, the computed dates match, and the
 * distances and the flag are null exactly where the marker stands on land (or only an area is known),
 * the waters are given exactly for incidents at sea, and `disputed_waters` follows from them.
 */
export const IncidentPropsSchema = v.pipe(
  obj({ ...recordEntries, ...computedEntries }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = dataset.value;
    if (ID.exec(p.id)?.[1] !== p.date) addIssue({ message: 'id must start with its date' });
    const range = parsePartialDate(p.date);
    const end = p.date_end === null ? null : parsePartialDate(p.date_end);
    if (range && end && end.endMs <= range.startMs) addIssue({ message: 'date_end is before date' });
    if (range && (p.year !== Number(range.first.slice(0, 4)) || p.date_from !== range.first || p.date_to !== (end ?? range).last)) {
      addIssue({ message: 'year, date_from or date_to do not match the dates' });
    }
    // Distances are null for a marker on land: always for `land`, over an island for `air`.
    const onLand = p.setting === 'land' || (p.setting === 'air' && p.coast_distance_km === null);
    for (const k of ['coast_distance_km', 'russian_coast_distance_km'] as const) {
      if (onLand !== (p[k] === null)) addIssue({ message: `${k} must be ${onLand ? 'null on land' : 'a distance in km'}` });
    }
    const undecided = onLand || p.location_precision === 'area';
    if (undecided !== (p.inside_russian_claimed_territorial_sea === null)) {
      addIssue({ message: `inside_russian_claimed_territorial_sea must be ${undecided ? 'null on land or for an area' : 'a boolean'}` });
    }
    if ((p.setting === 'sea') !== (p.waters !== null)) addIssue({ message: `waters must be ${p.setting === 'sea' ? 'set for an incident at sea' : 'null for an event ashore or in the air'}` });
    const split = p.waters !== null && p.waters.japan_view.zone?.state !== p.waters.russia_view.zone?.state;
    if (p.disputed_waters !== split) {
      const where = p.waters === null ? 'without waters' : split ? 'where the positions give the waters to different states' : 'where both positions give the waters to the same state';
      addIssue({ message: `disputed_waters must be ${split} ${where}` });
    }
  }),
);

export const IncidentsSchema = featureCollection(geometryOf(PointSchema), IncidentPropsSchema, 'id');

/** Checks a parsed incidents.geojson: RFC 7946 structure, Points only, unique ids, and the property contract. */
export const checkIncidents = collectionCheck('incidents', IncidentsSchema, 'id');

/**
 * The property contracts of pipelines.geojson and facilities.geojson (documented in
 * geo/README.md), as valibot schemas; the property types in model.ts are inferred from them.
 */
import * as v from 'valibot';
import {
  LineStringSchema, MultiLineStringSchema, PointSchema, SourceSchema, SourcesSchema, collectionCheck, featureCollection, geometryOf, obj, oneOf,
  positiveNumber, slug, text, textOrNull,
} from '../../geo/geojson-schema.ts';
import {
  CAPACITY_UNITS, COMMODITIES, ENERGY_STATUSES, FACILITY_KINDS, LENGTH_TOLERANCE, LOCATION_PRECISIONS, ROUTE_PRECISIONS,
} from './model.ts';

const BASES = ['design', 'contract', 'planned', 'actual'] as const;

const year = (key: string) =>
  v.nullable(v.pipe(v.number(`${key} must be a year or null`), v.integer(`${key} must be a year or null`), v.minValue(1850, `${key} must be a year or null`), v.maxValue(2100, `${key} must be a year or null`)));

/** What a pipeline and a site both have. */
const common = {
  id: slug('id must be a lowercase ASCII slug'),
  name: text('name is empty'),
  /** The name in Japanese and in Russian, for the map's labels in the reader's language. */
  name_ja: text('name_ja is empty'),
  name_ru: text('name_ru is empty'),
  status: oneOf(ENERGY_STATUSES, 'status'),
  status_note: textOrNull('status_note must be text or null'),
  operator: textOrNull('operator must be text or null'),
  /** The year it entered service, or null if it never did. */
  opened: year('opened'),
  sources: SourcesSchema,
};

/** An operating line or site has opened; one proposed or being built has not. */
function openedAgrees(p: { status: string; opened: number | null }): string | null {
  if (p.status === 'operating' && p.opened === null) return 'an operating line or site needs the year it opened';
  if ((p.status === 'proposed' || p.status === 'under-construction') && p.opened !== null) return `a ${p.status} line or site has not opened`;
  return null;
}

const CAPACITY = `capacity must be null or { value, unit (${CAPACITY_UNITS.join(', ')}), basis }`;

/** A throughput: billion m³ of gas a year, million tonnes (oil or LNG) a year, or barrels a day. */
export const CapacitySchema = obj(
  {
    value: positiveNumber(CAPACITY),
    unit: v.picklist(CAPACITY_UNITS, CAPACITY),
    /** `design`: what it was built for; `contract`: what is sold; `planned`: what a plan said. */
    basis: v.picklist(BASES, CAPACITY),
  },
  CAPACITY,
);

export const PipelinePropsSchema = v.pipe(
  obj({
    ...common,
    /** The system a section belongs to (`espo`, `power-of-siberia`), or null for a single line. */
    system: v.nullable(slug('system must be a slug or null')),
    commodity: v.picklist(COMMODITIES, 'commodity must be gas or oil'),
    /** The upstream end (coordinates run upstream to downstream, the direction of flow). */
    from: text('from is empty'),
    from_facility: v.nullable(slug('from_facility must be a facility id or null')),
    to: text('to is empty'),
    to_facility: v.nullable(slug('to_facility must be a facility id or null')),
    /** Towns and sites the drawn route passes, upstream first. */
    via: v.array(text('via must be a list of names'), 'via must be a list of names'),
    route_precision: v.picklist(ROUTE_PRECISIONS, `route_precision must be one of ${ROUTE_PRECISIONS.join(', ')}`),
    /** How the line was drawn and what is uncertain about it. */
    route_note: text('route_note is empty'),
    /** Published length in km. */
    length_km_published: v.nullable(positiveNumber('length_km_published must be a positive number or null')),
    length_source: v.nullable(SourceSchema),
    /** Length of the drawn line on the WGS84 ellipsoid, km, one decimal. */
    length_km_computed: positiveNumber('length_km_computed must be a positive number'),
    /** (computed − published) / published × 100, one decimal; null with no published length. */
    length_diff_pct: v.nullable(v.number('length_diff_pct must be a number or null')),
    /** Why computed and published differ beyond LENGTH_TOLERANCE, or what the published figure covers. */
    length_note: textOrNull('length_note must be text or null'),
    capacity: v.nullable(CapacitySchema),
    capacity_note: textOrNull('capacity_note must be text or null'),
  }),
  // Every length is explained: a published one has its source and its difference, and a
  // difference beyond the tolerance has a note.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = dataset.value;
    const opened = openedAgrees(p);
    if (opened) addIssue({ message: opened });
    if (p.length_km_published === null) {
      if (p.length_source !== null || p.length_diff_pct !== null) addIssue({ message: 'no published length, so no length_source or length_diff_pct' });
      return;
    }
    if (p.length_source === null) addIssue({ message: 'length_source: not a source' });
    const diff = p.length_diff_pct;
    const { shorter, longer } = LENGTH_TOLERANCE;
    if (diff === null) addIssue({ message: 'length_diff_pct missing' });
    else if ((diff < -shorter * 100 || diff > longer * 100) && p.length_note === null) {
      addIssue({ message: `computed length is ${diff}% off the published one, outside −${shorter * 100}%…+${longer * 100}%, and length_note does not explain it` });
    }
  }),
);

/** A published figure that belongs to a site: a date, a share, a reserve. */
export const SiteFigureSchema = obj({
  label: text('needs label and value'),
  value: text('needs label and value'),
  source: SourceSchema,
  /** Where sources disagree, or what the figure does and does not measure. */
  note: textOrNull('note must be text or null'),
});

export const FacilityPropsSchema = v.pipe(
  obj({
    ...common,
    kind: v.picklist(FACILITY_KINDS, `kind must be one of ${FACILITY_KINDS.join(', ')}`),
    location_precision: v.picklist(LOCATION_PRECISIONS, `location_precision must be one of ${LOCATION_PRECISIONS.join(', ')}`),
    /** How the point was placed, unless it is a published coordinate. */
    location_note: textOrNull('location_note must be text or null'),
    figures: v.array(SiteFigureSchema, 'figures must be a list'),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = dataset.value;
    const opened = openedAgrees(p);
    if (opened) addIssue({ message: opened });
    if (p.location_precision !== 'exact' && p.location_note === null) addIssue({ message: 'a point that is not exact must say how it was placed (location_note)' });
  }),
);

export const PipelinesSchema = featureCollection(geometryOf(LineStringSchema, MultiLineStringSchema), PipelinePropsSchema, 'id');
export const FacilitiesSchema = featureCollection(geometryOf(PointSchema), FacilityPropsSchema, 'id');

/** Checks pipelines.geojson: structure, properties, and that every length is explained. */
export const checkPipelines = collectionCheck('pipelines', PipelinesSchema, 'id');
/** Checks facilities.geojson. */
export const checkFacilities = collectionCheck('facilities', FacilitiesSchema, 'id');

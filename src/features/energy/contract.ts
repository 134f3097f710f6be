/** The property contracts of pipelines.geojson and facilities.geojson (documented in geo/README.md). */
import { checkCollection, is, type Problems } from '../../geo/geojson-check.ts';
import {
  CAPACITY_UNITS, COMMODITIES, ENERGY_STATUSES, FACILITY_KINDS, LENGTH_TOLERANCE, LOCATION_PRECISIONS, ROUTE_PRECISIONS,
} from './model.ts';
import { isPartialDate } from '../../geo/partial-date.ts';

const BASES = ['design', 'contract', 'planned', 'actual'];

function checkSource(s: unknown, where: string): Problems {
  const src = s as Record<string, unknown> | null;
  if (!src || typeof src !== 'object') return [`${where}: not a source`];
  const out: Problems = [];
  if (!is.nonEmptyString(src.publisher)) out.push(`${where}: publisher is empty`);
  if (!is.nonEmptyString(src.title)) out.push(`${where}: title is empty`);
  if (src.date !== undefined && !isPartialDate(src.date)) out.push(`${where}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (src.url !== undefined && !/^https?:\/\/\S+$/.test(String(src.url))) out.push(`${where}: url must be http(s)`);
  return out;
}

function checkSources(v: unknown, where: string): Problems {
  if (!Array.isArray(v) || v.length === 0) return [`${where}: sources must list at least one source`];
  return v.flatMap((s, i) => checkSource(s, `${where}: sources[${i}]`));
}

function nullableString(v: unknown): boolean {
  return v === null || is.nonEmptyString(v);
}

function checkYear(v: unknown, where: string, key: string): Problems {
  return v === null || (Number.isInteger(v) && (v as number) >= 1850 && (v as number) <= 2100) ? [] : [`${where}: ${key} must be a year or null`];
}

function checkCommon(p: Record<string, unknown>, where: string): Problems {
  const out: Problems = [];
  if (!is.slug(p.id)) out.push(`${where}: id must be a lowercase ASCII slug`);
  if (!is.nonEmptyString(p.name)) out.push(`${where}: name is empty`);
  if (!ENERGY_STATUSES.includes(p.status as never)) out.push(`${where}: status ${String(p.status)} is not one of ${ENERGY_STATUSES.join(', ')}`);
  if (!nullableString(p.status_note)) out.push(`${where}: status_note must be text or null`);
  if (!nullableString(p.operator)) out.push(`${where}: operator must be text or null`);
  out.push(...checkYear(p.opened, where, 'opened'));
  if (p.status === 'operating' && p.opened === null) out.push(`${where}: an operating line or site needs the year it opened`);
  if ((p.status === 'proposed' || p.status === 'under-construction') && p.opened !== null) out.push(`${where}: a ${String(p.status)} line or site has not opened`);
  out.push(...checkSources(p.sources, where));
  return out;
}

/** Checks pipelines.geojson: structure, properties, and that every length is explained. */
export function checkPipelines(value: unknown): Problems {
  return checkCollection(value, {
    name: 'pipelines',
    idKey: 'id',
    geometryTypes: ['LineString', 'MultiLineString'],
    check: (p, where) => {
      const out = checkCommon(p, where);
      if (p.system !== null && !is.slug(p.system)) out.push(`${where}: system must be a slug or null`);
      if (!COMMODITIES.includes(p.commodity as never)) out.push(`${where}: commodity must be gas or oil`);
      for (const k of ['from', 'to', 'route_note']) if (!is.nonEmptyString(p[k])) out.push(`${where}: ${k} is empty`);
      for (const k of ['from_facility', 'to_facility']) if (p[k] !== null && !is.slug(p[k])) out.push(`${where}: ${k} must be a facility id or null`);
      if (!Array.isArray(p.via) || !p.via.every(is.nonEmptyString)) out.push(`${where}: via must be a list of names`);
      if (!ROUTE_PRECISIONS.includes(p.route_precision as never)) out.push(`${where}: route_precision must be one of ${ROUTE_PRECISIONS.join(', ')}`);
      if (!is.positiveNumber(p.length_km_computed)) out.push(`${where}: length_km_computed must be a positive number`);
      if (!nullableString(p.length_note)) out.push(`${where}: length_note must be text or null`);
      if (p.length_km_published === null) {
        if (p.length_source !== null || p.length_diff_pct !== null) out.push(`${where}: no published length, so no length_source or length_diff_pct`);
      } else if (!is.positiveNumber(p.length_km_published)) {
        out.push(`${where}: length_km_published must be a positive number or null`);
      } else {
        out.push(...checkSource(p.length_source, `${where}: length_source`));
        const diff = p.length_diff_pct;
        const { shorter, longer } = LENGTH_TOLERANCE;
        if (typeof diff !== 'number') out.push(`${where}: length_diff_pct missing`);
        else if ((diff < -shorter * 100 || diff > longer * 100) && !is.nonEmptyString(p.length_note)) {
          out.push(`${where}: computed length is ${diff}% off the published one, outside −${shorter * 100}%…+${longer * 100}%, and length_note does not explain it`);
        }
      }
      const c = p.capacity as Record<string, unknown> | null;
      if (c !== null && (typeof c !== 'object' || !is.positiveNumber(c.value) || !CAPACITY_UNITS.includes(c.unit as never) || !BASES.includes(c.basis as string))) {
        out.push(`${where}: capacity must be null or { value, unit (${CAPACITY_UNITS.join(', ')}), basis }`);
      }
      if (!nullableString(p.capacity_note)) out.push(`${where}: capacity_note must be text or null`);
      return out;
    },
  });
}

/** Checks facilities.geojson. */
export function checkFacilities(value: unknown): Problems {
  return checkCollection(value, {
    name: 'facilities',
    idKey: 'id',
    geometryTypes: ['Point'],
    check: (p, where) => {
      const out = checkCommon(p, where);
      if (!FACILITY_KINDS.includes(p.kind as never)) out.push(`${where}: kind must be one of ${FACILITY_KINDS.join(', ')}`);
      if (!LOCATION_PRECISIONS.includes(p.location_precision as never)) out.push(`${where}: location_precision must be one of ${LOCATION_PRECISIONS.join(', ')}`);
      if (p.location_precision !== 'exact' && !is.nonEmptyString(p.location_note)) out.push(`${where}: a point that is not exact must say how it was placed (location_note)`);
      if (!nullableString(p.location_note)) out.push(`${where}: location_note must be text or null`);
      if (!Array.isArray(p.figures)) out.push(`${where}: figures must be a list`);
      else p.figures.forEach((f: Record<string, unknown>, i: number) => {
        if (!is.nonEmptyString(f?.label) || !is.nonEmptyString(f?.value)) out.push(`${where}: figures[${i}] needs label and value`);
        if (f?.note !== null && !is.nonEmptyString(f?.note)) out.push(`${where}: figures[${i}].note must be text or null`);
        out.push(...checkSource(f?.source, `${where}: figures[${i}].source`));
      });
      return out;
    },
  });
}

/**
 * Incidents at sea and dated events (public/data/incidents.geojson, documented in geo/README.md):
 * the property types, the runtime contract checked where the file enters the atlas, and the pure
 * helpers the list, the timeline and the filters need.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { checkCollection, is, type Problems } from '../../geo/geojson-check.ts';
import { parsePartialDate } from '../../geo/partial-date.ts';
import type { Administrator, Source } from '../../geo/types.ts';

export const INCIDENT_TYPES = [
  'seizure', 'shooting', 'helicopter-fire', 'airspace', 'military', 'visit',
  'meeting', 'construction', 'protest', 'diplomatic', 'earthquake',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** `exact`: a published position; `approximate`: estimated from a description, good to a few km; `area`: only a region is known. */
export type LocationPrecision = 'exact' | 'approximate' | 'area';
/** Where the event took place: on the water, ashore, or in the air. */
export type IncidentSetting = 'sea' | 'land' | 'air';

/** 12 nautical miles, the breadth of the territorial sea, in km. */
export const TERRITORIAL_SEA_KM = 22.224;

/** A vessel or aircraft involved, or a group of them when the sources do not name each. */
export interface IncidentVessel {
  name: string | null;
  name_ja: string | null;
  /** How many vessels or aircraft this entry stands for. */
  count: number;
  kind: string;
  side: Administrator;
  tonnage_t: number | null;
  crew: number | null;
  home_port: string | null;
}

export interface IncidentCasualties {
  killed: number | null;
  injured: number | null;
  note: string | null;
}

/** Each government's version, where they differ. */
export interface IncidentAccounts {
  japan: string;
  russia: string;
}

/** A fact the sources disagree on, with every version kept. */
export interface DisputedFact {
  fact: string;
  versions: { says: string; by: string }[];
}

/** What the editors author in geo/sources/incidents.ts. */
export interface IncidentRecord {
  /** `YYYY-MM-DD-slug`, stable across builds. */
  id: string;
  /** Partial ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** The last day of an event that lasted several days, or null. */
  date_end: string | null;
  type: IncidentType;
  title: string;
  summary: string;
  place: string;
  location_precision: LocationPrecision;
  /** How the marker's coordinates were obtained. */
  location_note: string;
  setting: IncidentSetting;
  casualties: IncidentCasualties | null;
  vessels: IncidentVessel[];
  accounts: IncidentAccounts | null;
  disputed_facts: DisputedFact[];
  sources: Source[];
  /** Whether the atlas's seed article reports the event. */
  in_seed_article: boolean;
}

/** What the build computes from the marker and the island polygons. */
export interface IncidentComputed {
  /** Year of the first day covered, for the per-year chart. */
  year: number;
  /** First and last day covered, `YYYY-MM-DD`: string comparison orders them, in style filters too. */
  date_from: string;
  date_to: string;
  /** The island whose coast is nearest; for events on land, the island they stand on. */
  coast_island: string;
  coast_administered_by: Administrator;
  /** Geodesic km to that coast; null when the marker stands on land. */
  coast_distance_km: number | null;
  /** Geodesic km to the nearest Russian-administered coast, Kaigara reef included; null on land. */
  russian_coast_distance_km: number | null;
  /**
   * Within 12 nmi of a Russian-administered coast and nearer to it than to any Japanese one (in
   * the narrow straits the claim stops at the median line). Russia's claim, not the atlas's
   * judgement; null on land and where only an area is known.
   */
  inside_russian_claimed_territorial_sea: boolean | null;
}

export type IncidentProps = IncidentRecord & IncidentComputed;
export type IncidentFeature = Feature<Point, IncidentProps>;
export type IncidentCollection = FeatureCollection<Point, IncidentProps>;

const PRECISIONS = ['exact', 'approximate', 'area'];
const SETTINGS = ['sea', 'land', 'air'];
const SIDES = ['japan', 'russia'];
const ID = /^(\d{4}(?:-\d{2}){0,2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const nullOr = (v: unknown, test: (x: unknown) => boolean) => v === null || test(v);
const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const text = is.nonEmptyString;

function checkSources(v: unknown, where: string, out: Problems): void {
  if (!Array.isArray(v) || v.length === 0) { out.push(`${where}: needs at least one source`); return; }
  v.forEach((s: Record<string, unknown>, i) => {
    const w = `${where} sources[${i}]`;
    if (!text(s?.publisher) || !text(s?.title)) out.push(`${w}: publisher and title are required`);
    if (s?.date !== undefined && !parsePartialDate(String(s.date))) out.push(`${w}: date is not a partial ISO date`);
    if (s?.url !== undefined && !/^https?:\/\/\S+$/.test(String(s.url))) out.push(`${w}: url must be http(s)`);
  });
}

function checkVessels(v: unknown, where: string, out: Problems): void {
  if (!Array.isArray(v)) { out.push(`${where}: vessels must be a list`); return; }
  v.forEach((x: Record<string, unknown>, i) => {
    const w = `${where} vessels[${i}]`;
    if (!nullOr(x?.name, text) || !nullOr(x?.name_ja, text) || !text(x?.kind)) out.push(`${w}: name, name_ja (text or null) and kind are required`);
    if (!Number.isInteger(x?.count) || (x.count as number) < 1) out.push(`${w}: count must be a positive integer`);
    if (!SIDES.includes(x?.side as string)) out.push(`${w}: side must be japan or russia`);
    if (!nullOr(x?.tonnage_t, is.positiveNumber) || !nullOr(x?.crew, count) || !nullOr(x?.home_port, text)) out.push(`${w}: tonnage_t, crew or home_port malformed`);
  });
}

/** The property contract of one incident, authored and computed. */
export function checkIncidentProps(p: Record<string, unknown>, where: string): Problems {
  const out: Problems = [];
  const m = typeof p.id === 'string' ? ID.exec(p.id) : null;
  const range = typeof p.date === 'string' ? parsePartialDate(p.date) : null;
  if (!range) out.push(`${where}: date must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!m) out.push(`${where}: id must be <date>-<slug>`);
  else if (m[1] !== p.date) out.push(`${where}: id must start with its date`);
  const end = p.date_end === null ? null : parsePartialDate(String(p.date_end));
  if (p.date_end !== null && !end) out.push(`${where}: date_end must be a partial ISO date or null`);
  if (range && end && end.endMs <= range.startMs) out.push(`${where}: date_end is before date`);
  if (!INCIDENT_TYPES.includes(p.type as IncidentType)) out.push(`${where}: type ${String(p.type)} is not one of ${INCIDENT_TYPES.join(', ')}`);
  for (const k of ['title', 'summary', 'place', 'location_note']) if (!text(p[k])) out.push(`${where}: ${k} is empty`);
  if (!PRECISIONS.includes(p.location_precision as string)) out.push(`${where}: location_precision must be exact, approximate or area`);
  if (!SETTINGS.includes(p.setting as string)) out.push(`${where}: setting must be sea, land or air`);
  const c = p.casualties as Record<string, unknown> | null;
  if (c !== null && (typeof c !== 'object' || !nullOr(c.killed, count) || !nullOr(c.injured, count) || !nullOr(c.note, text))) out.push(`${where}: casualties malformed`);
  checkVessels(p.vessels, where, out);
  const a = p.accounts as Record<string, unknown> | null;
  if (a !== null && (typeof a !== 'object' || !text(a.japan) || !text(a.russia))) out.push(`${where}: accounts need both japan and russia, or null`);
  if (!Array.isArray(p.disputed_facts) || !p.disputed_facts.every((d: DisputedFact) => text(d?.fact) && Array.isArray(d.versions) && d.versions.length >= 2 && d.versions.every((v) => text(v?.says) && text(v?.by)))) {
    out.push(`${where}: each disputed fact needs at least two versions, each saying who says it`);
  }
  checkSources(p.sources, where, out);
  if (typeof p.in_seed_article !== 'boolean') out.push(`${where}: in_seed_article must be a boolean`);
  // Computed properties.
  if (range && (p.year !== Number(range.first.slice(0, 4)) || p.date_from !== range.first || p.date_to !== (end ?? range).last)) out.push(`${where}: year, date_from or date_to do not match the dates`);
  if (!is.slug(p.coast_island) || !SIDES.includes(p.coast_administered_by as string)) out.push(`${where}: coast_island and coast_administered_by are required`);
  // Distances are null for a marker on land: always for `land`, over an island for `air`.
  const onLand = p.setting === 'land' || (p.setting === 'air' && p.coast_distance_km === null);
  for (const k of ['coast_distance_km', 'russian_coast_distance_km']) {
    const ok = onLand ? p[k] === null : typeof p[k] === 'number' && (p[k] as number) >= 0;
    if (!ok) out.push(`${where}: ${k} must be ${onLand ? 'null on land' : 'a distance in km'}`);
  }
  const undecided = onLand || p.location_precision === 'area';
  const flag = p.inside_russian_claimed_territorial_sea;
  if (undecided ? flag !== null : typeof flag !== 'boolean') out.push(`${where}: inside_russian_claimed_territorial_sea must be ${undecided ? 'null on land or for an area' : 'a boolean'}`);
  return out;
}

/** Checks a parsed incidents.geojson: RFC 7946 structure, Points only, unique ids, and the property contract. */
export function checkIncidents(value: unknown): Problems {
  return checkCollection(value, { name: 'incidents', idKey: 'id', geometryTypes: ['Point'], check: checkIncidentProps });
}

type Dated = { properties: Pick<IncidentRecord, 'id' | 'date' | 'date_end'> };

/**
 * The days an incident covers, from its `date` to its `date_end` (or the end of `date` when
 * that is a month or a year), as UTC milliseconds with an exclusive end.
 *
 * @example
 * incidentRange({ date: '1945-08-18', date_end: '1945-08-23' }); // 18 Aug 00:00Z to 24 Aug 00:00Z
 */
export function incidentRange(p: Pick<IncidentRecord, 'date' | 'date_end'>): { startMs: number; endMs: number } {
  const start = parsePartialDate(p.date);
  if (!start) throw new Error(`not a partial ISO date: ${p.date}`);
  const end = p.date_end === null ? start : parsePartialDate(p.date_end);
  if (!end) throw new Error(`not a partial ISO date: ${p.date_end}`);
  return { startMs: start.startMs, endMs: end.endMs };
}

/** Orders incidents by their first day, then the shorter span first (a day before its month), then id. */
export function compareIncidents(a: Dated, b: Dated): number {
  const ra = incidentRange(a.properties), rb = incidentRange(b.properties);
  return ra.startMs - rb.startMs || ra.endMs - rb.endMs || (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0);
}

/** A new array of the incidents in date order; the input is left as it is. */
export function sortByDate<T extends Dated>(incidents: readonly T[]): T[] {
  return [...incidents].sort(compareIncidents);
}

export interface IncidentFilter {
  /** Types to keep; all when absent. */
  types?: readonly IncidentType[];
  /** Partial ISO dates bounding the range, both inclusive: `to: '2007'` keeps all of 2007. */
  from?: string;
  to?: string;
}

/**
 * The incidents that match every given criterion. An incident is in a date range when any day
 * it covers is, so an event dated only "2007" shows in a filter from June 2007.
 *
 * @example
 * filterIncidents(all, { types: ['seizure'], from: '2007', to: '2010-06' });
 */
export function filterIncidents<T extends Dated & { properties: { type: IncidentType } }>(incidents: readonly T[], filter: IncidentFilter): T[] {
  const from = filter.from === undefined ? -Infinity : parsePartialDate(filter.from)?.startMs;
  const to = filter.to === undefined ? Infinity : parsePartialDate(filter.to)?.endMs;
  if (from === undefined || to === undefined) throw new Error(`filter dates must be partial ISO dates: ${filter.from} – ${filter.to}`);
  const types = filter.types ? new Set(filter.types) : null;
  return incidents.filter((f) => {
    if (types && !types.has(f.properties.type)) return false;
    const r = incidentRange(f.properties);
    return r.startMs < to && r.endMs > from;
  });
}

/**
 * Incidents per year, counted in the year each begins, for every year from the first to the
 * last (zeros included, so the bars of a chart sit at even spacing). `span` widens the range.
 *
 * @example
 * countPerYear(all, { from: 1945, to: 2021 }); // [{ year: 1945, count: 5 }, { year: 1946, count: 0 }, ...]
 */
export function countPerYear(incidents: readonly Dated[], span: { from?: number; to?: number } = {}): { year: number; count: number }[] {
  const years = incidents.map((f) => new Date(incidentRange(f.properties).startMs).getUTCFullYear());
  if (!years.length && (span.from === undefined || span.to === undefined)) return [];
  const lo = Math.min(span.from ?? Infinity, ...years), hi = Math.max(span.to ?? -Infinity, ...years);
  const out = Array.from({ length: hi - lo + 1 }, (_, i) => ({ year: lo + i, count: 0 }));
  for (const y of years) if (y >= lo && y <= hi) out[y - lo].count++;
  return out;
}

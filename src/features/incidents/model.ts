/**
 * Incidents at sea and dated events (public/data/incidents.geojson, documented in geo/README.md):
 * the property types (inferred from the contract in contract.ts), and the pure helpers the list, the timeline and the filters need.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type * as v from 'valibot';
import type {
  AccountsSchema, CasualtiesSchema, DisputedFactSchema, IncidentComputedSchema, IncidentPropsSchema, IncidentRecordSchema, IncidentWatersSchema, VesselSchema,
} from './contract.ts';
import { parsePartialDate } from '../../geo/partial-date.ts';

export const INCIDENT_TYPES = [
  'seizure', 'shooting', 'helicopter-fire', 'airspace', 'military', 'visit',
  'meeting', 'construction', 'protest', 'diplomatic', 'earthquake',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** 12 nautical miles, the breadth of the territorial sea, in km. */
export const TERRITORIAL_SEA_KM = 22.224;

// The property types, inferred from the schemas in contract.ts (the one statement of the
// contract; the comments on each property are there).
/** `exact`: a published position; `approximate`: estimated from a description, good to a few km; `area`: only a region is known. */
export type LocationPrecision = IncidentRecord['location_precision'];
/** Where the event took place: on the water, ashore, or in the air. */
export type IncidentSetting = IncidentRecord['setting'];
export type IncidentVessel = v.InferOutput<typeof VesselSchema>;
export type IncidentCasualties = v.InferOutput<typeof CasualtiesSchema>;
export type IncidentAccounts = v.InferOutput<typeof AccountsSchema>;
export type DisputedFact = v.InferOutput<typeof DisputedFactSchema>;
/** Which waters a sea incident's marker lies in, in each side's position. */
export type IncidentWaters = v.InferOutput<typeof IncidentWatersSchema>;
export type IncidentRecord = v.InferOutput<typeof IncidentRecordSchema>;
export type IncidentComputed = v.InferOutput<typeof IncidentComputedSchema>;
export type IncidentProps = v.InferOutput<typeof IncidentPropsSchema>;
export type IncidentFeature = Feature<Point, IncidentProps>;
export type IncidentCollection = FeatureCollection<Point, IncidentProps>;

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

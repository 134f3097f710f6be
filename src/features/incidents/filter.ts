/**
 * What the Incidents tab shows: the types ticked, whether only incidents in disputed waters, the
 * years brushed on the chart and, unless "all years" is ticked, the years of the era on the map.
 * Pure, so that the list, the chart, the count and the map source all derive from the same answer.
 */
import { eraMeta, type EraId } from '../../geo/eras.ts';
import { filterIncidents, type IncidentFeature, type IncidentType } from './model.ts';

/** Whole years, both inclusive. */
export interface YearSpan { from: number; to: number }

/**
 * The years an era lasted, read from its span ("1855–1875", "1945–today"). Both end years count:
 * a treaty year belongs to the era it ends and to the one it begins.
 *
 * @example
 * eraYears('1945', 2025); // { from: 1945, to: 2025 }
 */
export function eraYears(era: EraId, thisYear: number = new Date().getUTCFullYear()): YearSpan {
  const meta = eraMeta(era);
  const m = meta ? /^(\d{4})\s*[–-]\s*(\d{4}|today)$/.exec(meta.span) : null;
  if (!m) throw new Error(`era ${era} has no span of years`);
  return { from: Number(m[1]), to: m[2] === 'today' ? thisYear : Number(m[2]) };
}

export interface IncidentView {
  types: ReadonlySet<IncidentType>;
  /** Only incidents whose waters the two positions give to different states (`disputed_waters`). */
  disputedOnly?: boolean;
  /** The years brushed on the chart. */
  years: YearSpan;
  /** The era's years, or null when "all years" is ticked. */
  era: YearSpan | null;
}

/** The years both the brush and the era allow; null when they do not overlap. */
export function shownYears(view: Pick<IncidentView, 'years' | 'era'>): YearSpan | null {
  const from = Math.max(view.years.from, view.era?.from ?? -Infinity);
  const to = Math.min(view.years.to, view.era?.to ?? Infinity);
  return from <= to ? { from, to } : null;
}

/**
 * The incidents the type and waters filters let through, whatever their years, in the order
 * given: what the per-year chart counts, so that its bars and the list agree.
 */
export function matchingIncidents(incidents: readonly IncidentFeature[], view: Pick<IncidentView, 'types' | 'disputedOnly'>): IncidentFeature[] {
  const typed = filterIncidents(incidents, { types: [...view.types] });
  return view.disputedOnly ? typed.filter((f) => f.properties.disputed_waters) : typed;
}

/**
 * The incidents the view shows, in the order given. An incident counts as within the years when
 * any day it covers is.
 */
export function visibleIncidents(incidents: readonly IncidentFeature[], view: IncidentView): IncidentFeature[] {
  const years = shownYears(view);
  if (!years) return [];
  return filterIncidents(matchingIncidents(incidents, view), { from: String(years.from), to: String(years.to) });
}

/** True when an incident falls within the era's years (or there is no era to follow). */
export function withinEra(incident: IncidentFeature, era: YearSpan | null): boolean {
  return era === null || filterIncidents([incident], { from: String(era.from), to: String(era.to) }).length === 1;
}

/**
 * Partial ISO 8601 calendar dates, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the atlas's dated
 * events use them when only the year or the month is known. A partial date stands for every day
 * it covers, so it parses to a range: "2007-12" is 1 to 31 December 2007.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** The days a partial date covers, in UTC. */
export interface DateRange {
  precision: DatePrecision;
  /** The first day covered, `YYYY-MM-DD`. */
  first: string;
  /** The last day covered, `YYYY-MM-DD`. */
  last: string;
  /** Milliseconds since the epoch at 00:00 UTC on `first`. */
  startMs: number;
  /** Milliseconds since the epoch at 00:00 UTC on the day after `last` (exclusive end). */
  endMs: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parses a partial ISO date into the range of days it covers; null when the text is not a
 * partial date or names a day that does not exist (2007-02-30).
 *
 * @example
 * parsePartialDate('2007-12'); // { precision: 'month', first: '2007-12-01', last: '2007-12-31', ... }
 * parsePartialDate('2007-13'); // null
 */
export function parsePartialDate(text: string): DateRange | null {
  const m = PARTIAL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  // Date.UTC reads years below 100 as 19xx; the atlas has no use for the first millennium.
  if (year < 1000 || (month !== null && (month < 1 || month > 12))) return null;
  if (month === null) {
    const startMs = Date.UTC(year, 0, 1);
    const endMs = Date.UTC(year + 1, 0, 1);
    return { precision: 'year', first: iso(startMs), last: iso(endMs - DAY_MS), startMs, endMs };
  }
  if (day === null) {
    const startMs = Date.UTC(year, month - 1, 1);
    const endMs = Date.UTC(year, month, 1);
    return { precision: 'month', first: iso(startMs), last: iso(endMs - DAY_MS), startMs, endMs };
  }
  const startMs = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 30 February over into March; a rolled-over day is not a real date.
  if (iso(startMs) !== text) return null;
  return { precision: 'day', first: text, last: text, startMs, endMs: startMs + DAY_MS };
}

/** True when `text` is a valid partial ISO date. */
export function isPartialDate(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== null;
}

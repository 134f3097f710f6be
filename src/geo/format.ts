/**
 * How the incident panel and popup write dates, distances and island names: in English, at the
 * precision the data has and no finer ("November 2005", never "1 November 2005").
 */
import { parsePartialDate, type DateRange } from './partial-date.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(r: DateRange): { day: number | null; month: string | null; year: string } {
  const [y, m, d] = r.first.split('-');
  return {
    year: y,
    month: r.precision === 'year' ? null : MONTHS[Number(m) - 1],
    day: r.precision === 'day' ? Number(d) : null,
  };
}

function whole(r: DateRange): string {
  const p = parts(r);
  return [p.day, p.month, p.year].filter((x) => x !== null).join(' ');
}

/**
 * A partial ISO date, or a span of two, as words; a span within one month or year names the
 * month or year once.
 *
 * @example
 * formatIncidentDate('1945-08-18', '1945-08-23'); // '18–23 August 1945'
 * formatIncidentDate('2005-11', null);            // 'November 2005'
 */
export function formatIncidentDate(date: string, dateEnd: string | null): string {
  const a = parsePartialDate(date);
  if (!a) return date;
  const b = dateEnd === null ? null : parsePartialDate(dateEnd);
  if (!b) return whole(a);
  const pa = parts(a), pb = parts(b);
  if (pa.day !== null && pb.day !== null && pa.year === pb.year) {
    return pa.month === pb.month ? `${pa.day}–${pb.day} ${pb.month} ${pb.year}` : `${pa.day} ${pa.month} – ${pb.day} ${pb.month} ${pb.year}`;
  }
  return `${whole(a)} – ${whole(b)}`;
}

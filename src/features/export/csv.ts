/**
 * A CSV writer to RFC 4180: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a double quote, CR or LF (its quotes doubled), and a header record. The file
 * starts with a UTF-8 byte order mark, which is how Excel knows to read Japanese and Cyrillic
 * as UTF-8 rather than in the machine's code page.
 *
 * Written here rather than taken from a library: the whole of what is needed is the quoting
 * rule below, while the well-kept CSV packages (papaparse, csv-stringify) are parsers first and
 * would be 7–20 KB for it.
 */
import type { ExportCell } from '../../ui/feature.ts';

export const BOM = '\uFEFF';

/** One field: empty for null, numbers as JavaScript writes them (a dot for decimals), quoted where RFC 4180 needs it. */
export function csvField(v: ExportCell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file: BOM, header, one record per row, each record ending in CRLF. */
export function toCsv(columns: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  for (const [i, r] of rows.entries()) {
    if (r.length !== columns.length) throw new Error(`row ${i + 1} has ${r.length} fields, the header ${columns.length}`);
  }
  return BOM + [columns, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

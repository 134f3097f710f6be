/**
 * Export files are named after what they hold and the day they were made, in the reader's own
 * calendar day: `kuril-atlas_1905_2026-12-07.png`, `kuril-atlas_incidents_1905_2026-12-07.csv`.
 */

/** The local date as `YYYY-MM-DD` (the day on the reader's clock, not UTC's). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A part of a file name: lower case letters, digits and dashes only. */
export function namePart(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * `kuril-atlas_<part>_…_<date>.<ext>`, the parts made safe for any file system and empty parts
 * left out.
 *
 * @example
 * exportFileName(['1905'], 'png', new Date(2026, 11, 7)); // 'kuril-atlas_1905_2026-12-07.png'
 */
export function exportFileName(parts: readonly string[], ext: string, date: Date): string {
  const what = parts.map(namePart).filter(Boolean);
  return `${['kuril-atlas', ...what, localDay(date)].join('_')}.${ext}`;
}

/** What the picture and the era's data are named by: the era, then the point of view where it changes the map. */
export function viewParts(era: string, pov: string): string[] {
  return era === '1945' && pov !== 'water' ? [era, pov] : [era];
}

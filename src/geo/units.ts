/**
 * Distance units the atlas offers, their conversions and how numbers are written. Lengths are
 * kept in km everywhere and converted only for display.
 */

/** Kilometres, statute miles, nautical miles. */
export type DistanceUnit = 'km' | 'mi' | 'nmi';

export const DISTANCE_UNITS: readonly DistanceUnit[] = ['km', 'mi', 'nmi'];

/** Kilometres in one unit: the international mile (1959) and the international nautical mile (1929). */
export const KM_PER_UNIT: Readonly<Record<DistanceUnit, number>> = { km: 1, mi: 1.609344, nmi: 1.852 };

/** What each unit is called in full, for labels and screen readers. */
export const UNIT_NAMES: Readonly<Record<DistanceUnit, string>> = { km: 'kilometres', mi: 'miles', nmi: 'nautical miles' };

/**
 * A length in km expressed in `unit`.
 *
 * @example
 * convertKm(16.21, 'nmi'); // ≈ 8.753
 */
export function convertKm(km: number, unit: DistanceUnit): number {
  return km / KM_PER_UNIT[unit];
}

/**
 * An area in km² expressed in square `unit`s.
 *
 * @example
 * convertKm2(1489.27, 'mi'); // ≈ 575.0
 */
/**
 * A length as a data file's properties, in each unit, to the metre: what a reader's GIS gets
 * without converting (the measurement exports).
 *
 * @example
 * lengthProperties(16.21); // { length_km: 16.21, length_mi: 10.072, length_nmi: 8.753 }
 */
export function lengthProperties(km: number): { length_km: number; length_mi: number; length_nmi: number } {
  const m = (v: number) => Math.round(v * 1000) / 1000;
  return { length_km: m(km), length_mi: m(convertKm(km, 'mi')), length_nmi: m(convertKm(km, 'nmi')) };
}

export function convertKm2(km2: number, unit: DistanceUnit): number {
  return km2 / (KM_PER_UNIT[unit] * KM_PER_UNIT[unit]);
}

/**
 * Reads a unit from user input or storage: `km`, `mi`, `nmi` (and `nm`, `miles`, …), or null.
 *
 * @example
 * parseUnit(' NM '); // 'nmi'
 */
export function parseUnit(value: string | null | undefined): DistanceUnit | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'km' || v === 'kilometres' || v === 'kilometers') return 'km';
  if (v === 'mi' || v === 'mile' || v === 'miles') return 'mi';
  if (v === 'nmi' || v === 'nm' || v === 'nautical miles') return 'nmi';
  return null;
}

// Grouped thousands with a fixed number of decimals, the same in every locale and in Node.
function grouped(x: number, decimals: number): string {
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(`${int}.${frac ?? 0}`) !== 0 ? '-' : '';
  return frac ? `${sign}${body}.${frac}` : `${sign}${body}`;
}

/**
 * The one way the atlas writes a length, in the panels, the map labels and the command line:
 * one decimal in every unit, with grouped thousands. The coastline has about 1 km between
 * vertices, so a measured length is good to a few hundred metres at best: a tenth of a km, nmi or
 * mile is as fine as the data goes, and the same rule everywhere means a length reads the same in
 * every place it is shown. (The command line's JSON keeps more for scripts: see readout.ts.)
 *
 * @example
 * formatDistance(16.21); // '16.2 km'
 * formatDistance(16.21, 'nmi'); // '8.8 nmi'
 * formatDistance(0.4, 'mi'); // '0.2 mi'
 * formatDistance(1594.62); // '1,594.6 km'
 */
export function formatDistance(km: number, unit: DistanceUnit = 'km'): string {
  return `${grouped(convertKm(km, unit), 1)} ${unit}`;
}

/**
 * An area written in square `unit`s: one decimal like lengths, or `decimals` where the shapes
 * are coarser (the era maps are simplified for display and give whole km²).
 *
 * @example
 * formatArea(1480.73); // '1,480.7 km²'
 * formatArea(1480.73, 'mi'); // '571.7 mi²'
 * formatArea(32754.6, 'km', 0); // '32,755 km²'
 */
export function formatArea(km2: number, unit: DistanceUnit = 'km', decimals = 1): string {
  return `${grouped(convertKm2(km2, unit), decimals)} ${unit}²`;
}

/**
 * A number with grouped thousands, as the readouts write published figures.
 *
 * @example
 * formatNumber(77983.9, 1); // '77,983.9'
 */
export function formatNumber(x: number, decimals: number): string {
  return grouped(x, decimals);
}

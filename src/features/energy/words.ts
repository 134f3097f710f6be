/**
 * How the Energy tab writes its words, numbers and units in the reader's language: statuses,
 * commodities and site kinds from the catalogue, capacities as the language counts large numbers
 * (38 billion m³ a year, 年間380億m³, 38 миллиардов кубометров в год), lengths and percentages
 * with the language's separators, the context figures' values. Pure functions of a language and
 * a message function, so the tests can give them the real catalogues; `useEnergyWords`
 * (use-energy-words.ts) binds them to the interface language.
 */
import type { Language } from '../../geo/language.ts';
import { formatNumber } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';
import { LENGTH_TOLERANCE, type Capacity, type CapacityUnit, type Commodity, type EnergyStatus, type FacilityKind, type RoutePrecision, type LocationPrecision } from './model.ts';
import type { ContextFigure } from './context-data.ts';

export type Translate = (id: MessageId, values?: Record<string, string | number | Date>) => string;

/** Each capacity unit: its message, and how many base units (m³, t, barrels) one of it is. */
const CAPACITY: Record<CapacityUnit, { id: MessageId; base: number }> = {
  'bcm/yr': { id: 'energy.capacity.bcmYear', base: 1e9 },
  'Mt/yr': { id: 'energy.capacity.mtYear', base: 1e6 },
  'bbl/d': { id: 'energy.capacity.bblDay', base: 1 },
};

export interface EnergyWords {
  lang: Language;
  t: Translate;
  status(s: EnergyStatus): string;
  commodity(c: Commodity): string;
  kind(k: FacilityKind): string;
  routePrecision(p: RoutePrecision): string;
  locationPrecision(p: LocationPrecision): string;
  /** A throughput with its basis: "38 billion m³ a year (design)"; "年間380億m³（設計値）". */
  capacity(c: Capacity): string;
  /** A length, one decimal: "1,822.0 km"; "1 822,0 км". */
  km(km: number): string;
  /** A percentage, one decimal at most: "4.3%"; "4,3 %". */
  percent(v: number): string;
  /** A signed percentage, one decimal at most: "−21.7%"; "+3,5 %". */
  signedPercent(v: number): string;
  /** The length tolerance: "−20% to +5%"; "от −20 % до +5 %". */
  tolerance(): string;
  /** When a line or site opened, for the panel: "2009"; "Never opened"; "Not yet: under construction". */
  openedLong(year: number | null, status: EnergyStatus): string;
  /** The same, for the list: "opened 2009"; "not opened". */
  openedShort(year: number | null): string;
  /** A context figure's value with its unit: "3–4 days"; "3～4日"; "4,3 %". */
  figure(f: ContextFigure): string;
}

/**
 * The energy words of one language.
 *
 * @example
 * energyWords('ja', t).capacity({ value: 38, unit: 'bcm/yr', basis: 'design' }); // '年間380億m³（設計値）'
 * energyWords('ru', t).km(1822);                                                   // '1 822,0 км'
 */
export function energyWords(lang: Language, t: Translate): EnergyWords {
  const percent = (v: number) => formatNumber(lang, v / 100, { style: 'percent', maximumFractionDigits: 1 });
  const signedPercent = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${percent(Math.abs(v))}`;
  return {
    lang, t, percent, signedPercent,
    status: (s) => t(`energy.status.${s}`),
    commodity: (c) => t(`energy.commodity.${c}`),
    kind: (k) => t(`energy.kind.${k}`),
    routePrecision: (p) => t(`energy.route.${p}`),
    locationPrecision: (p) => t(`energy.location.${p}`),
    capacity: (c) => {
      const unit = CAPACITY[c.unit];
      // The amount in words of the language's own large numbers: billion, 億, миллиард.
      const amount = formatNumber(lang, c.value * unit.base, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
      return t('energy.capacity.withBasis', { capacity: t(unit.id, { amount }), basis: t(`energy.basis.${c.basis}`) });
    },
    km: (km) => t('energy.unit.km', { value: formatNumber(lang, km, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }),
    tolerance: () => t('energy.panel.toleranceRange', {
      lower: signedPercent(-LENGTH_TOLERANCE.shorter * 100), upper: signedPercent(LENGTH_TOLERANCE.longer * 100),
    }),
    openedLong: (year, status) => {
      if (year !== null) return String(year);
      return t(status === 'under-construction' ? 'energy.panel.notYetOpened' : 'energy.panel.neverOpened');
    },
    openedShort: (year) => (year === null ? t('energy.list.notOpened') : t('energy.list.opened', { year: String(year) })),
    figure: (f) => {
      const [lo, hi] = Array.isArray(f.value) ? f.value : [f.value, f.value];
      if (f.unit === '%') return lo === hi ? percent(lo) : t('energy.context.range', { from: percent(lo), to: percent(hi) });
      const value = lo === hi ? formatNumber(lang, lo) : t('energy.context.range', { from: formatNumber(lang, lo), to: formatNumber(lang, hi) });
      // The plural follows the upper end: 3–4 дня, 14 дней.
      return t('energy.context.days', { value, count: hi });
    },
  };
}

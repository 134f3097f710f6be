/**
 * Pipelines and energy sites (pipelines.geojson, facilities.geojson): their property types, the
 * labels the panel shows, and the pure helpers the map and the panel share. The runtime contracts
 * are in energy-contract.ts, the article's context figures in energy-context.ts.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Source } from '../../geo/types.ts';

export type Commodity = 'gas' | 'oil';
export type EnergyStatus = 'operating' | 'under-construction' | 'proposed' | 'cancelled';
export type FacilityKind = 'lng-plant' | 'oil-terminal' | 'gas-field' | 'oil-field' | 'processing';

/**
 * How closely a drawn route follows the real pipe. `corridor`: through the towns and sites the
 * route is documented to pass; `approximate`: some stretches are not documented and are drawn
 * as the plausible corridor; `indicative`: a proposal whose route was never fixed.
 */
export type RoutePrecision = 'corridor' | 'approximate' | 'indicative';

/** How well a point is placed: `exact` from a published coordinate, `area` for a field's extent. */
export type LocationPrecision = 'exact' | 'approximate' | 'area';

export const COMMODITIES: readonly Commodity[] = ['gas', 'oil'];
export const ENERGY_STATUSES: readonly EnergyStatus[] = ['operating', 'under-construction', 'proposed', 'cancelled'];
export const FACILITY_KINDS: readonly FacilityKind[] = ['lng-plant', 'oil-terminal', 'gas-field', 'oil-field', 'processing'];
export const ROUTE_PRECISIONS: readonly RoutePrecision[] = ['corridor', 'approximate', 'indicative'];
export const LOCATION_PRECISIONS: readonly LocationPrecision[] = ['exact', 'approximate', 'area'];

/** Units a capacity is published in. */
export type CapacityUnit = 'bcm/yr' | 'Mt/yr' | 'bbl/d';
export const CAPACITY_UNITS: readonly CapacityUnit[] = ['bcm/yr', 'Mt/yr', 'bbl/d'];

/** A throughput: billion m³ of gas a year, million tonnes (oil or LNG) a year, or barrels a day. */
export interface Capacity {
  value: number;
  unit: CapacityUnit;
  /** `design`: what it was built for; `contract`: what is sold; `planned`: what a plan said. */
  basis: 'design' | 'contract' | 'planned' | 'actual';
}

/** A published figure that belongs to a site: a date, a share, a reserve. */
export interface SiteFigure {
  label: string;
  value: string;
  source: Source;
  /** Where sources disagree, or what the figure does and does not measure. */
  note: string | null;
}

export interface PipelineProps {
  /** Lowercase ASCII slug, stable across builds. */
  id: string;
  name: string;
  /** The system a section belongs to (`espo`, `power-of-siberia`), or null for a single line. */
  system: string | null;
  commodity: Commodity;
  status: EnergyStatus;
  status_note: string | null;
  /** The year it entered service, or null if it never did. */
  opened: number | null;
  /** The upstream end (coordinates run upstream to downstream, the direction of flow). */
  from: string;
  from_facility: string | null;
  to: string;
  to_facility: string | null;
  /** Towns and sites the drawn route passes, upstream first. */
  via: string[];
  /** Published length in km. */
  length_km_published: number | null;
  length_source: Source | null;
  /** Length of the drawn line on the WGS84 ellipsoid, km, one decimal. */
  length_km_computed: number;
  /** (computed − published) / published × 100, one decimal; null with no published length. */
  length_diff_pct: number | null;
  /** Why computed and published differ beyond {@link LENGTH_TOLERANCE}, or what the published figure covers. */
  length_note: string | null;
  capacity: Capacity | null;
  capacity_note: string | null;
  operator: string | null;
  route_precision: RoutePrecision;
  /** How the line was drawn and what is uncertain about it. */
  route_note: string;
  sources: Source[];
}

export interface FacilityProps {
  id: string;
  name: string;
  kind: FacilityKind;
  status: EnergyStatus;
  status_note: string | null;
  /** Year of first production or first shipment, or null. */
  opened: number | null;
  operator: string | null;
  location_precision: LocationPrecision;
  /** How the point was placed, unless it is a published coordinate. */
  location_note: string | null;
  figures: SiteFigure[];
  sources: Source[];
}

export type PipelineFeature = Feature<LineString | MultiLineString, PipelineProps>;
export type PipelineCollection = FeatureCollection<LineString | MultiLineString, PipelineProps>;
export type FacilityFeature = Feature<Point, FacilityProps>;
export type FacilityCollection = FeatureCollection<Point, FacilityProps>;

/**
 * How far a computed length may stray from the published one before the data must explain it.
 * A line through points on a route is never longer than the route itself, so it may fall short
 * by up to 20% (a chord between towns cuts the pipe's bends; a pipe is commonly 10–25% longer
 * than the straight line between its towns), but may be longer only by the 5% that approximate
 * points and rounded published figures allow.
 */
export const LENGTH_TOLERANCE = { shorter: 0.2, longer: 0.05 } as const;

export const STATUS_LABEL: Record<EnergyStatus, string> = {
  operating: 'Operating',
  'under-construction': 'Under construction',
  proposed: 'Proposed',
  cancelled: 'Cancelled or superseded',
};

export const COMMODITY_LABEL: Record<Commodity, string> = { gas: 'Natural gas', oil: 'Crude oil' };

export const KIND_LABEL: Record<FacilityKind, string> = {
  'lng-plant': 'LNG plant',
  'oil-terminal': 'Oil export terminal',
  'gas-field': 'Gas field',
  'oil-field': 'Oil field',
  processing: 'Processing facility',
};

/**
 * A status as the panel writes it.
 *
 * @example
 * statusLabel('under-construction'); // 'Under construction'
 */
export function statusLabel(status: EnergyStatus): string {
  return STATUS_LABEL[status];
}

/**
 * A capacity as text.
 *
 * @example
 * formatCapacity({ value: 38, unit: 'bcm/yr', basis: 'design' }); // '38 bcm/yr (design)'
 */
export function formatCapacity(c: Capacity | null): string | null {
  if (!c) return null;
  return `${c.value.toLocaleString('en')} ${c.unit} (${c.basis})`;
}

/**
 * Signed difference of a computed length from a published one, in percent of the published,
 * and whether it lies within `tolerance`.
 *
 * @example
 * lengthAgreement(1822, 1700); // { diffPct: -6.7, within: true }
 * lengthAgreement(800, 880);   // { diffPct: 10, within: false }: too long to be the same route
 */
export function lengthAgreement(
  published: number, computed: number, tolerance: { shorter: number; longer: number } = LENGTH_TOLERANCE,
): { diffPct: number; within: boolean } {
  const diff = (computed - published) / published;
  return { diffPct: Math.round(diff * 1000) / 10, within: diff >= -tolerance.shorter && diff <= tolerance.longer };
}

/** Options for {@link inServiceBy}. */
export interface YearFilterOptions {
  /** Keep lines and sites that never opened (proposed, cancelled, being built). Default false. */
  includeUnbuilt?: boolean;
}

/**
 * Whether a pipeline or site was in service by the end of `year`.
 *
 * @example
 * inServiceBy({ opened: 2011 }, 2010); // false
 */
export function inServiceBy(p: { opened: number | null }, year: number, opts: YearFilterOptions = {}): boolean {
  if (p.opened === null) return opts.includeUnbuilt ?? false;
  return p.opened <= year;
}

/**
 * The features in service by the end of `year` (and, on request, the unbuilt ones).
 *
 * @example
 * filterByYear(pipelines.features, 2009).map((f) => f.properties.id); // Sakhalin-1, Sakhalin-2, ESPO-1
 */
export function filterByYear<F extends Feature<Point | LineString | MultiLineString, { opened: number | null }>>(
  features: F[], year: number, opts: YearFilterOptions = {},
): F[] {
  return features.filter((f) => inServiceBy(f.properties, year, opts));
}

/**
 * The first and last opening years, for the bounds of a year filter; null if nothing opened.
 *
 * @example
 * openingYears(pipelines.features); // [2006, 2022]
 */
export function openingYears(features: { properties: { opened: number | null } }[]): [number, number] | null {
  const years = features.map((f) => f.properties.opened).filter((y): y is number => y !== null);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * Pipelines and energy sites (pipelines.geojson, facilities.geojson): their property types and
 * the pure helpers the map and the panel share (the words the panel shows are in words.ts and
 * the energy catalogue). The runtime contracts
 * (and the property types' source) are in contract.ts, the article's context figures in energy-context.ts.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type * as v from 'valibot';
import type { CapacitySchema, FacilityPropsSchema, PipelinePropsSchema, SiteFigureSchema } from './contract.ts';

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

// The property types are inferred from the schemas in contract.ts (the one statement of the
// contract; the comments on each property are there).
/** A throughput: billion m³ of gas a year, million tonnes (oil or LNG) a year, or barrels a day. */
export type Capacity = v.InferOutput<typeof CapacitySchema>;
/** A published figure that belongs to a site: a date, a share, a reserve. */
export type SiteFigure = v.InferOutput<typeof SiteFigureSchema>;
export type PipelineProps = v.InferOutput<typeof PipelinePropsSchema>;
export type FacilityProps = v.InferOutput<typeof FacilityPropsSchema>;

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

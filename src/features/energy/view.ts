/**
 * What the Energy tab derives from the two collections: the features by id (a clicked feature's
 * nested properties come back from MapLibre as JSON strings, so the panel reads the loaded copy),
 * the bounds of the year control, how many routes and sites the filter leaves, the length
 * comparison, and the extent to fly to. Pure, so it is tested in Node.
 */
import type { Position } from 'geojson';
import {
  inServiceBy, lengthAgreement, openingYears, LENGTH_TOLERANCE,
  type FacilityCollection, type FacilityFeature, type PipelineCollection, type PipelineFeature, type PipelineProps,
} from './model.ts';
import { geodesicLengthKm } from '../../geo/geodesic.ts';
import { ENERGY_STATE } from './layers.ts';

export interface EnergyData { pipelines: PipelineCollection; facilities: FacilityCollection }

export type EnergyEntry =
  | { type: 'pipeline'; feature: PipelineFeature }
  | { type: 'facility'; feature: FacilityFeature };

/** `energyYear` when no year is chosen: everything that ever opened. */
export const ALL_YEARS: number = ENERGY_STATE.energyYear.default;

/** Every pipeline and site by id (ids are unique across both files). */
export function energyIndex(data: EnergyData): Map<string, EnergyEntry> {
  const out = new Map<string, EnergyEntry>();
  for (const feature of data.pipelines.features) out.set(feature.properties.id, { type: 'pipeline', feature });
  for (const feature of data.facilities.features) out.set(feature.properties.id, { type: 'facility', feature });
  return out;
}

/**
 * The first and last opening years of all routes and sites: the ends of the year control.
 *
 * @example
 * yearRange(data); // [1999, 2022]
 */
export function yearRange(data: EnergyData): [number, number] {
  return openingYears([...data.pipelines.features, ...data.facilities.features]) ?? [2000, 2000];
}

/**
 * The slider's position for an `energyYear` state: its top end stands for every year.
 *
 * @example
 * sliderYear(9999, [1999, 2022]); // 2022
 */
export function sliderYear(stateYear: number, range: [number, number]): number {
  return Math.min(range[1], Math.max(range[0], stateYear));
}

/**
 * The `energyYear` state for a slider position: at the top end, everything, so that a line that
 * opens after the data was built still shows.
 *
 * @example
 * stateYear(2008, [1999, 2022]); // 2008
 * stateYear(2022, [1999, 2022]); // 9999
 */
export function stateYear(slider: number, range: [number, number]): number {
  return slider >= range[1] ? ALL_YEARS : slider;
}

export interface ShownCounts { routes: number; routesTotal: number; sites: number; sitesTotal: number }

/** The features the map shows for a year and the unbuilt switch: the rule of the layers' filter. */
export function shownFeatures(data: EnergyData, year: number, showUnbuilt: boolean): { pipelines: PipelineFeature[]; facilities: FacilityFeature[] } {
  const opts = { includeUnbuilt: showUnbuilt };
  return {
    pipelines: data.pipelines.features.filter((f) => inServiceBy(f.properties, year, opts)),
    facilities: data.facilities.features.filter((f) => inServiceBy(f.properties, year, opts)),
  };
}

/**
 * How many routes and sites the filter leaves on the map.
 *
 * @example
 * shownCounts(data, 2008, false); // { routes: 2, routesTotal: 11, sites: 5, sitesTotal: 13 }
 */
export function shownCounts(data: EnergyData, year: number, showUnbuilt: boolean): ShownCounts {
  const shown = shownFeatures(data, year, showUnbuilt);
  return {
    routes: shown.pipelines.length, routesTotal: data.pipelines.features.length,
    sites: shown.facilities.length, sitesTotal: data.facilities.features.length,
  };
}

export interface LengthComparison {
  /** Of the line as loaded, on the WGS84 ellipsoid, km. */
  computedKm: number;
  publishedKm: number | null;
  /** (computed − published) / published, percent, one decimal. */
  diffPct: number | null;
  /** Within {@link LENGTH_TOLERANCE}; null with no published length. */
  within: boolean | null;
  /** The data's explanation of the difference, or of what the published figure covers. */
  note: string | null;
}

/**
 * The published length of a pipeline beside the length of its drawn line, measured here on the
 * ellipsoid from the geometry as loaded (the same measure the build writes to `length_km_computed`).
 */
export function compareLength(feature: PipelineFeature): LengthComparison {
  const p: PipelineProps = feature.properties;
  const computedKm = geodesicLengthKm(feature.geometry.coordinates);
  if (p.length_km_published === null) return { computedKm, publishedKm: null, diffPct: null, within: null, note: p.length_note };
  const { diffPct, within } = lengthAgreement(p.length_km_published, computedKm);
  return { computedKm, publishedKm: p.length_km_published, diffPct, within, note: p.length_note };
}

/**
 * West-south and east-north corners of a feature, for `fitBounds`.
 *
 * @example
 * extentOf({ type: 'Point', coordinates: [142.9, 46.6] }); // [[142.9, 46.6], [142.9, 46.6]]
 */
export function extentOf(geometry: EnergyEntry['feature']['geometry']): [[number, number], [number, number]] {
  const pts: Position[] = geometry.type === 'Point' ? [geometry.coordinates]
    : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
}

/**
 * A round top for a bar chart's axis: the smallest multiple of `step` at or above every value.
 *
 * @example
 * axisMax([4.3, 8.6, 7, 15], 5); // 15
 */
export function axisMax(values: number[], step: number): number {
  return Math.max(step, Math.ceil(Math.max(...values) / step) * step);
}

/**
 * The words and numbers a measurement is shown with, shared by the app's status panel, its copy
 * button and the command line, so that they always agree.
 */
import type { Position } from 'geojson';
import { polygonAreaKm2 } from './area.ts';
import type { CoastToCoast } from './nearest.ts';
import type { MeasuredPath } from './path.ts';
import type { IslandFeature, Names } from './types.ts';
import { formatArea, formatDistance, formatNumber, type DistanceUnit } from './units.ts';

/** A readout: a headline, the lines under it (headline first), and all of it as one text to copy. */
export interface Readout {
  title: string;
  lines: string[];
  text: string;
}

/** Options shared by the readouts. */
export interface ReadoutOptions {
  /** The unit to lead with (default km). */
  unit?: DistanceUnit;
  /** Which of the island's names to use (default en). */
  lang?: keyof Names;
}

function readout(lines: string[]): Readout {
  return { title: lines[0], lines, text: lines.join('\n') };
}

/** The second unit shown beside the chosen one: nautical miles at sea, else km. */
function companion(unit: DistanceUnit): DistanceUnit {
  return unit === 'km' ? 'nmi' : 'km';
}

/**
 * A position as degrees with hemisphere letters, to four decimals (about 10 m).
 *
 * @example
 * formatPosition([145.43892, 43.71674]); // '43.7167° N, 145.4389° E'
 */
export function formatPosition(p: Position): string {
  const lat = `${Math.abs(p[1]).toFixed(4)}° ${p[1] < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(p[0]).toFixed(4)}° ${p[0] < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

/**
 * The readout of a coast-to-coast distance.
 *
 * @example
 * distanceReadout(kunashir, hokkaido, coastToCoast(kunashir, hokkaido)).lines;
 * // ['Kunashir ↔ Hokkaido: 16.2 km · 8.8 nmi',
 * //  'Nearest points: 43.7167° N, 145.4389° E on Kunashir and 43.5936° N, 145.3312° E on Hokkaido',
 * //  'Shortest distance between the coasts, on the WGS84 ellipsoid.']
 */
export function distanceReadout(a: IslandFeature, b: IslandFeature, r: CoastToCoast, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  const lang = opts.lang ?? 'en';
  const na = a.properties.name[lang];
  const nb = b.properties.name[lang];
  if (r.overlap) {
    return readout([
      `${na} ↔ ${nb}: ${formatDistance(0, unit)}`,
      `${na} and ${nb} touch or overlap, at ${formatPosition(r.points[0])}.`,
    ]);
  }
  return readout([
    `${na} ↔ ${nb}: ${formatDistance(r.distanceKm, unit)} · ${formatDistance(r.distanceKm, companion(unit))}`,
    `Nearest points: ${formatPosition(r.points[0])} on ${na} and ${formatPosition(r.points[1])} on ${nb}`,
    'Shortest distance between the coasts, on the WGS84 ellipsoid.',
  ]);
}

/** Writes a published figure with the decimals it was published with. */
function asPublished(x: number): string {
  const decimals = (String(x).split('.')[1] ?? '').length;
  return formatNumber(x, decimals);
}

/**
 * The readout of an island's area beside its published figure and source. Lakes and lagoons
 * count as land, as in published island areas.
 *
 * @example
 * areaReadout(kunashir).lines;
 * // ['Kunashir: 1,480.7 km²',
 * //  'Published: 1,489.27 km² (Geospatial Information Authority of Japan, 2025 (R7) …); ours is 0.6% less.',
 * //  'Lakes and lagoons count as land. Computed on the WGS84 ellipsoid from the atlas coastline.']
 */
export function areaReadout(island: IslandFeature, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  const p = island.properties;
  const km2 = polygonAreaKm2(island.geometry);
  const lines = [`${p.name[opts.lang ?? 'en']}: ${formatArea(km2, unit)}`];
  if (p.published_area_km2 != null) {
    const diff = (km2 / p.published_area_km2 - 1) * 100;
    const rel = Math.abs(diff) < 0.05 ? 'ours agrees to 0.1%' : `ours is ${Math.abs(diff).toFixed(1)}% ${diff < 0 ? 'less' : 'more'}`;
    const published = unit === 'km' ? `${asPublished(p.published_area_km2)} km²` : formatArea(p.published_area_km2, unit);
    lines.push(`Published: ${published}${p.area_source ? ` (${p.area_source})` : ''}; ${rel}.`);
  } else {
    lines.push('No published area in the atlas sources.');
  }
  lines.push('Lakes and lagoons count as land. Computed on the WGS84 ellipsoid from the atlas coastline.');
  return readout(lines);
}

/**
 * The readout of a measured path: each segment, the total, and the area once closed.
 *
 * @example
 * pathReadout(measurePath(points, { closed: true })).lines;
 * // ['Path: 60.2 km · 32.5 nmi', 'Segment 1: 18.0 km', 'Segment 2: 18.0 km', 'Segment 3: 24.2 km', 'Area: 161.3 km²']
 */
export function pathReadout(path: MeasuredPath, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  if (path.points.length < 2) {
    return readout([path.points.length ? 'Path: one point. Add another to measure.' : 'Path: no points yet.']);
  }
  const lines = [`Path: ${formatDistance(path.totalKm, unit)} · ${formatDistance(path.totalKm, companion(unit))}`];
  path.segmentsKm.forEach((km, i) => lines.push(`Segment ${i + 1}: ${formatDistance(km, unit)}`));
  if (path.areaKm2 != null) lines.push(`Area: ${formatArea(path.areaKm2, unit)}`);
  return readout(lines);
}

/** The `--json` form of a distance, as the command line prints it. */
export interface DistanceJson {
  a: { id: string; name: string };
  b: { id: string; name: string };
  distance_km: number;
  points: [Position, Position];
}

/** The `--json` form of an area. */
export interface AreaJson {
  id: string;
  name: string;
  area_km2: number;
  published_area_km2: number | null;
}

// Coordinates to 1e-5° (about a metre, the precision of the data) and distances to the metre.
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

/**
 * A distance as JSON.
 *
 * @example
 * distanceJson(kunashir, hokkaido, r); // { a: { id: 'kunashir', name: 'Kunashir' }, …, distance_km: 16.21, points: [[…], […]] }
 */
export function distanceJson(a: IslandFeature, b: IslandFeature, r: CoastToCoast): DistanceJson {
  const pt = (p: Position): Position => [round(p[0], 5), round(p[1], 5)];
  return {
    a: { id: a.properties.id, name: a.properties.name.en },
    b: { id: b.properties.id, name: b.properties.name.en },
    distance_km: round(r.distanceKm, 3),
    points: [pt(r.points[0]), pt(r.points[1])],
  };
}

/**
 * An island's area as JSON (lakes counted as land).
 *
 * @example
 * areaJson(kunashir); // { id: 'kunashir', name: 'Kunashir', area_km2: 1480.73, published_area_km2: 1489.27 }
 */
export function areaJson(island: IslandFeature): AreaJson {
  const p = island.properties;
  return { id: p.id, name: p.name.en, area_km2: round(polygonAreaKm2(island.geometry), 2), published_area_km2: p.published_area_km2 };
}

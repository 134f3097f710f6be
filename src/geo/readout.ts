/**
 * The words and numbers a measurement is shown with, shared by the app's status panel, its copy
 * button and the command line, so that they always agree: the sentences are the Measure tab's
 * catalogue messages (`measure.readout.*`, src/features/measure/i18n/), which the command line
 * reads too, and the numbers and units are written by src/i18n/units.ts in the same language.
 */
import type { Position } from 'geojson';
import { polygonAreaKm2 } from './area.ts';
import type { Language } from './language.ts';
import type { CoastToCoast } from './nearest.ts';
import type { MeasuredPath } from './path.ts';
import type { IslandFeature } from './types.ts';
import type { DistanceUnit } from './units.ts';
import type { MessageId } from '../i18n/ids.ts';
import { formatNumber } from '../i18n/locale.ts';
import { formatAreaIn, formatLength } from '../i18n/units.ts';

/** A readout: a headline, the lines under it (headline first), and all of it as one text to copy. */
export interface Readout {
  title: string;
  lines: string[];
  text: string;
}

/** A catalogue's message function: react-intl's `formatMessage` in the app, `createIntl`'s on the command line. */
export type Say = (id: MessageId, values?: Record<string, string | number>) => string;

/** The language a readout is written in: its messages, and the language they are in. */
export interface Words { say: Say; lang: Language }

/** Options shared by the readouts. */
export interface ReadoutOptions {
  /** The unit to lead with (default km). */
  unit?: DistanceUnit;
}

function readout(lines: string[]): Readout {
  return { title: lines[0], lines, text: lines.join('\n') };
}

/** The second unit shown beside the chosen one: nautical miles at sea, else km. */
export function companion(unit: DistanceUnit): DistanceUnit {
  return unit === 'km' ? 'nmi' : 'km';
}

/**
 * A position as degrees with hemispheres, to `decimals` decimals (four by default, about 10 m),
 * as the language writes it (`app.position`; `compact` gives `app.position.compact`).
 *
 * @example
 * formatPosition(en, [145.43892, 43.71674]); // '43.7167° N, 145.4389° E'
 * formatPosition(ja, [145.43892, 43.71674]); // '北緯43.7167°、東経145.4389°'
 * formatPosition(ru, [145.43892, 43.71674]); // '43,7167° с. ш., 145,4389° в. д.'
 */
export function formatPosition(w: Words, p: readonly number[], opts: { decimals?: number; compact?: boolean } = {}): string {
  const d = opts.decimals ?? 4;
  const n = (x: number) => formatNumber(w.lang, Math.abs(x), { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false });
  return w.say(opts.compact ? 'app.position.compact' : 'app.position', { lat: n(p[1]), ns: p[1] < 0 ? 's' : 'n', lon: n(p[0]), ew: p[0] < 0 ? 'w' : 'e' });
}

/**
 * The readout of a coast-to-coast distance, the islands named in the readout's language.
 *
 * @example
 * distanceReadout(en, kunashir, hokkaido, coastToCoast(kunashir, hokkaido)).lines;
 * // ['Kunashir ↔ Hokkaido: 16.2 km · 8.8 nmi',
 * //  'Nearest points: 43.7167° N, 145.4389° E on Kunashir and 43.5936° N, 145.3312° E on Hokkaido',
 * //  'Shortest distance between the coasts, on the WGS84 ellipsoid.']
 */
export function distanceReadout(w: Words, a: IslandFeature, b: IslandFeature, r: CoastToCoast, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  const na = a.properties.name[w.lang];
  const nb = b.properties.name[w.lang];
  if (r.overlap) {
    return readout([
      w.say('measure.readout.touchTitle', { a: na, b: nb, distance: formatLength(w.lang, 0, unit) }),
      w.say('measure.readout.touch', { a: na, b: nb, position: formatPosition(w, r.points[0]) }),
    ]);
  }
  return readout([
    w.say('measure.readout.distance', { a: na, b: nb, distance: formatLength(w.lang, r.distanceKm, unit), other: formatLength(w.lang, r.distanceKm, companion(unit)) }),
    w.say('measure.readout.nearest', { a: na, b: nb, pa: formatPosition(w, r.points[0]), pb: formatPosition(w, r.points[1]) }),
    w.say('measure.readout.distanceMethod'),
  ]);
}

/** The decimals a published figure was published with. */
function publishedDecimals(x: number): number {
  return (String(x).split('.')[1] ?? '').length;
}

/**
 * The readout of an island's area beside its published figure and source. Lakes and lagoons
 * count as land, as in published island areas. The source is cited as it is (in its own language).
 *
 * @example
 * areaReadout(en, kunashir).lines;
 * // ['Kunashir: 1,480.7 km²',
 * //  'Published: 1,489.27 km² (Geospatial Information Authority of Japan, 2025 (R7) …); ours is 0.6% less.',
 * //  'Lakes and lagoons count as land. Computed on the WGS84 ellipsoid from the atlas coastline.']
 */
export function areaReadout(w: Words, island: IslandFeature, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  const p = island.properties;
  const km2 = polygonAreaKm2(island.geometry);
  const lines = [w.say('measure.readout.areaTitle', { name: p.name[w.lang], area: formatAreaIn(w.lang, km2, unit) })];
  if (p.published_area_km2 != null) {
    const diff = (km2 / p.published_area_km2 - 1) * 100;
    const comparison = Math.abs(diff) < 0.05
      ? w.say('measure.readout.agrees')
      : w.say('measure.readout.differs', { percent: formatNumber(w.lang, Math.abs(diff), { minimumFractionDigits: 1, maximumFractionDigits: 1 }), direction: diff < 0 ? 'less' : 'more' });
    const published = formatAreaIn(w.lang, p.published_area_km2, unit, unit === 'km' ? publishedDecimals(p.published_area_km2) : 1);
    lines.push(p.area_source
      ? w.say('measure.readout.publishedSource', { area: published, source: p.area_source, comparison })
      : w.say('measure.readout.published', { area: published, comparison }));
  } else {
    lines.push(w.say('measure.readout.noPublished'));
  }
  lines.push(w.say('measure.readout.areaMethod'));
  return readout(lines);
}

/**
 * The readout of a measured path: each segment, the total, and the area once closed.
 *
 * @example
 * pathReadout(en, measurePath(points, { closed: true })).lines;
 * // ['Path: 60.2 km · 32.5 nmi', 'Segment 1: 18.0 km', 'Segment 2: 18.0 km', 'Segment 3: 24.2 km', 'Area: 161.3 km²']
 */
export function pathReadout(w: Words, path: MeasuredPath, opts: ReadoutOptions = {}): Readout {
  const unit = opts.unit ?? 'km';
  if (path.points.length < 2) {
    return readout([w.say(path.points.length ? 'measure.readout.pathOne' : 'measure.readout.pathNone')]);
  }
  const lines = [w.say('measure.readout.path', { distance: formatLength(w.lang, path.totalKm, unit), other: formatLength(w.lang, path.totalKm, companion(unit)) })];
  path.segmentsKm.forEach((km, i) => lines.push(w.say('measure.readout.segment', { n: i + 1, distance: formatLength(w.lang, km, unit) })));
  if (path.areaKm2 != null) lines.push(w.say('measure.readout.pathArea', { area: formatAreaIn(w.lang, path.areaKm2, unit) }));
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

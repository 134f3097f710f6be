/**
 * The measure part of the state: what is measured (two places coast to coast, an island's area,
 * or a path of points, open or closed), the places chosen in the boxes, and the unit. The link
 * carries the measurement and the unit:
 * - `measure=<a>,<b>`: two places, by id or by name in any of the three scripts (the form links
 *   had before, resolved once the islands have loaded);
 * - `area=<place>`: an island's area;
 * - `path=<lon>,<lat>;<lon>,<lat>…` and `closed=1`: a path clicked on the map;
 * - `unit=km|mi|nmi`.
 */
import { defineSlice } from '../../state/store.ts';
import { oneOf, type ParamSpec } from '../../state/url.ts';
import { DISTANCE_UNITS, parseUnit, type DistanceUnit } from '../../geo/units.ts';

/** A path's point, [lon, lat], to 5 decimals. */
export type PathPoint = readonly [number, number];

export type Measurement =
  | { kind: 'none' }
  | { kind: 'pair'; a: string; b: string }
  | { kind: 'area'; island: string }
  | { kind: 'path'; points: readonly PathPoint[]; closed: boolean };

export interface MeasureState {
  shown: Measurement;
  /** The places in the boxes (ids), which need not yet make a measurement; not in the link. */
  from: string | null;
  to: string | null;
  areaOf: string | null;
  unit: DistanceUnit;
}

export const NONE: Measurement = { kind: 'none' };

export const measureSlice = defineSlice<MeasureState>('measure', { shown: NONE, from: null, to: null, areaOf: null, unit: 'km' });

/** The most points a path in a link may have, and the longest place name. */
export const MAX_PATH_POINTS = 500;
const MAX_NAME = 100;
/** Path coordinates are kept to 5 decimals (about 1 m), so a link gives back exactly the points. */
export const roundCoord = (v: number): number => Math.round(v * 1e5) / 1e5 || 0; // `|| 0`: no -0, which a link writes as 0

/** The measurement with a point added to its path; a closed path or another measurement starts a new one. */
export function withPoint(m: Measurement, lon: number, lat: number): Measurement {
  const p: PathPoint = [roundCoord(lon), roundCoord(lat)];
  return m.kind === 'path' && !m.closed ? { ...m, points: [...m.points, p] } : { kind: 'path', points: [p], closed: false };
}

/** The measurement with its path closed, when it is an open path of at least three points; else unchanged. */
export function withPathClosed(m: Measurement): Measurement {
  return m.kind === 'path' && !m.closed && m.points.length >= 3 ? { ...m, closed: true } : m;
}

/** Whether there is a measurement to read out and copy: two places, an island, or a path with a length. */
export function hasResult(m: Measurement): boolean {
  return m.kind === 'pair' || m.kind === 'area' || (m.kind === 'path' && m.points.length >= 2);
}

function readPath(raw: string): [number, number][] | null {
  const parts = raw.split(';');
  if (parts.length > MAX_PATH_POINTS) return null;
  const out: [number, number][] = [];
  for (const p of parts) {
    const xy = p.split(',');
    if (xy.length !== 2 || xy.some((v) => v.trim() === '' || v.length > 24)) return null;
    const [lon, lat] = xy.map(Number);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
    out.push([roundCoord(lon), roundCoord(lat)]);
  }
  return out;
}

const placeOk = (s: string) => s.length > 0 && s.length <= MAX_NAME;

export const measureParams: ParamSpec<MeasureState> = {
  keys: ['measure', 'area', 'path', 'closed', 'unit'],
  read(params, bad) {
    const out: Partial<MeasureState> = {};
    const unit = params.get('unit');
    if (unit !== null && unit !== '') {
      const u = parseUnit(unit);
      if (u) out.unit = u;
      else bad('unit', unit, oneOf(DISTANCE_UNITS));
    }
    const pair = params.get('measure');
    const area = params.get('area');
    const path = params.get('path');
    if (pair !== null && pair !== '') {
      // Commas as links have always taken them, the Japanese ones included.
      const sides = pair.split(/[,，、]/).map((s) => s.trim());
      if (sides.length === 2 && sides.every(placeOk)) out.shown = { kind: 'pair', a: sides[0], b: sides[1] };
      else bad('measure', pair, { message: 'measure.link.expected.pair' });
    } else if (area !== null && area !== '') {
      if (placeOk(area.trim())) out.shown = { kind: 'area', island: area.trim() };
      else bad('area', area, { message: 'measure.link.expected.place' });
    } else if (path !== null && path !== '') {
      const points = readPath(path);
      const closed = params.get('closed') === '1';
      if (points && (!closed || points.length >= 3)) out.shown = { kind: 'path', points, closed };
      else bad('path', path, { message: 'measure.link.expected.path', values: { max: MAX_PATH_POINTS, closed: closed ? 'yes' : 'no' } });
    }
    return out;
  },
  write(s) {
    const m = s.shown;
    return {
      unit: s.unit === 'km' ? null : s.unit,
      measure: m.kind === 'pair' ? `${m.a},${m.b}` : null,
      area: m.kind === 'area' ? m.island : null,
      path: m.kind === 'path' && m.points.length ? m.points.map(([x, y]) => `${x},${y}`).join(';') : null,
      closed: m.kind === 'path' && m.closed && m.points.length ? '1' : null,
    };
  },
  opensTab: 'measure',
};

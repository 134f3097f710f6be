/**
 * The sea's part of the state: the zones once loaded, and the point the reader asked "which
 * waters is this?" about (in the link as `waters=lon,lat`). The point of view is the core's
 * (`pov`): the era layers follow it too.
 */
import type { DataState } from '../../ui/data-file.ts';
import { defineSlice } from '../../state/store.ts';
import { readParam, type ParamSpec } from '../../state/url.ts';
import type { MaritimeCollection } from './contract.ts';

export interface SeaState {
  /** Not in the link. */
  data: DataState<MaritimeCollection>;
  /** The point asked about, [lon, lat], or null. */
  point: [number, number] | null;
}

export const seaSlice = defineSlice<SeaState>('sea', { data: { kind: 'loading' }, point: null });

/** The frontier's sea, where the zones are drawn and a question about them has an answer. */
export const SEA_BOUNDS = { west: 135, south: 40, east: 167.9, north: 60.5 } as const;

/** `lon,lat` within the zones' bounds, or undefined. Five decimals (about a metre) are kept. */
export function parsePoint(raw: string): [number, number] | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  const lon = Number(m[1]), lat = Number(m[2]);
  const b = SEA_BOUNDS;
  if (!(lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north)) return undefined;
  return [round5(lon), round5(lat)];
}

export const round5 = (x: number) => Math.round(x * 1e5) / 1e5 + 0; // + 0: never −0

export const seaParams: ParamSpec<SeaState> = {
  keys: ['waters'],
  read(params, bad) {
    const point = readParam(params, 'waters', bad, parsePoint,
      `a longitude and latitude joined by a comma, such as 145.82,43.45, within ${SEA_BOUNDS.west}–${SEA_BOUNDS.east}°E and ${SEA_BOUNDS.south}–${SEA_BOUNDS.north}°N`);
    return point ? { point } : {};
  },
  write: (s) => ({ waters: s.point ? `${s.point[0]},${s.point[1]}` : null }),
  opensTab: 'sea',
};

/**
 * The sea's part of the state: the zones once loaded, and the point the reader asked "which
 * waters is this?" about (in the link as `waters=lon,lat`). The point of view is the core's
 * (`pov`): the era layers follow it too.
 */
import type { DataState } from '../../ui/data-file.ts';
import { defineSlice } from '../../state/store.ts';
import { readParam, type ParamSpec } from '../../state/url.ts';
import { MAX_BOUNDS } from '../../map/ids.ts';
import type { MaritimeCollection } from './contract.ts';

export interface SeaState {
  /** Not in the link. */
  data: DataState<MaritimeCollection>;
  /** The point asked about, [lon, lat], or null. */
  point: [number, number] | null;
}

export const seaSlice = defineSlice<SeaState>('sea', { data: { kind: 'loading' }, point: null });

/**
 * `lon,lat` anywhere the map can show (a point asked about off the frontier's seas is kept, and
 * the Sea tab says it has no answer there), or undefined. Five decimals (about a metre) are kept.
 */
export function parsePoint(raw: string): [number, number] | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  const lon = Number(m[1]), lat = Number(m[2]);
  const [[w, s], [e, n]] = MAX_BOUNDS;
  if (!(lon >= w && lon <= e && lat >= s && lat <= n)) return undefined;
  return [round5(lon), round5(lat)];
}

export const round5 = (x: number) => Math.round(x * 1e5) / 1e5 + 0; // + 0: never −0

export const seaParams: ParamSpec<SeaState> = {
  keys: ['waters'],
  read(params, bad) {
    const point = readParam(params, 'waters', bad, parsePoint, {
      message: 'sea.link.expected.point',
      values: { west: MAX_BOUNDS[0][0], east: MAX_BOUNDS[1][0], south: MAX_BOUNDS[0][1], north: MAX_BOUNDS[1][1] },
    });
    return point ? { point } : {};
  },
  write: (s) => ({ waters: s.point ? `${s.point[0]},${s.point[1]}` : null }),
  opensTab: 'sea',
};

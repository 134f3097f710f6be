/**
 * The energy part of the state: the pipeline or site whose panel is open, the year filter
 * ("in service by"), whether unbuilt routes show, and the pointer's line or site. The link
 * carries all but the pointer.
 */
import { defineSlice } from '../../state/store.ts';
import { readFlag, readId, type ParamSpec } from '../../state/url.ts';
import { ENERGY_STATE } from './layers.ts';

export interface EnergyState {
  selected: string | null;
  /** Move focus into the panel as it opens (chosen from the keyboard); not in the link. */
  focus: boolean;
  /** Show what was in service by the end of this year; ENERGY_STATE's default shows everything built. */
  year: number;
  showUnbuilt: boolean;
  /** Not in the link: the line or site under the pointer, and where the pointer is. */
  hover: { id: string; source: string; x: number; y: number } | null;
}

export const energySlice = defineSlice<EnergyState>('energy', {
  selected: null,
  focus: false,
  year: ENERGY_STATE.energyYear.default,
  showUnbuilt: ENERGY_STATE.energyShowUnbuilt.default,
  hover: null,
});

const YEAR = /^\d{4}$/;

export const energyParams: ParamSpec<EnergyState> = {
  keys: ['energy', 'energyyear', 'unbuilt'],
  read(params, bad) {
    const out: Partial<EnergyState> = {};
    const id = readId(params, 'energy', bad);
    if (id) out.selected = id;
    const year = params.get('energyyear');
    if (year !== null && year !== '') {
      if (YEAR.test(year)) out.year = Number(year);
      else bad('energyyear', year, { message: 'app.link.expected.year' });
    }
    const unbuilt = readFlag(params, 'unbuilt', bad);
    if (unbuilt !== undefined) out.showUnbuilt = unbuilt;
    return out;
  },
  write: (s) => ({
    energy: s.selected,
    energyyear: s.year === ENERGY_STATE.energyYear.default ? null : String(s.year),
    unbuilt: s.showUnbuilt === ENERGY_STATE.energyShowUnbuilt.default ? null : s.showUnbuilt ? '1' : '0',
  }),
  opensTab: 'energy',
};

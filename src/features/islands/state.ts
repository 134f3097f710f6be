/** The islands' part of the state: the island whose panel is open, and the one under the pointer. */
import { defineSlice } from '../../state/store.ts';
import { readId, type ParamSpec } from '../../state/url.ts';

export interface IslandsState {
  selected: string | null;
  /** Not in the link: the pointer's island (outlined on the map) and where the pointer is, for the tooltip. */
  hover: { id: string; x: number; y: number } | null;
}

export const islandsSlice = defineSlice<IslandsState>('islands', { selected: null, hover: null });

export const islandsParams: ParamSpec<IslandsState> = {
  keys: ['island'],
  read(params, bad) {
    const id = readId(params, 'island', bad);
    return id ? { selected: id } : {};
  },
  write: (s) => ({ island: s.selected }),
  opensTab: 'island',
};

/**
 * The incidents' part of the state: the data once loaded, the filters (types, disputed waters
 * only, brushed years, whether the era's years apply), the selected incident and the chooser over markers that share
 * a point. The link carries the selection and the filters; `visibleOf` derives what the list, the
 * chart and the map show, so they always agree.
 */
import type { DataState } from '../../ui/data-file.ts';
import { sliceOf, defineSlice, type AtlasState } from '../../state/store.ts';
import { readFlag, readId, type ParamSpec } from '../../state/url.ts';
import { countPerYear, INCIDENT_TYPES, type IncidentFeature, type IncidentType } from './model.ts';
import { eraYears, visibleIncidents, type YearSpan } from './filter.ts';

export interface IncidentsState {
  /** Not in the link. An error's `message` is the reason the file failed, which the tab puts in words. */
  data: DataState<IncidentFeature[]>;
  selected: string | null;
  /** How the selection was made (not in the link): from the list (fly there), the map (in view) or the link (jump there); `keyboard` moves focus into the popup. */
  selectedBy: { from: 'list' | 'map' | 'link'; keyboard: boolean };
  /** The chooser open over markers that share a point (not in the link). */
  choice: { ids: string[]; at: [number, number] } | null;
  /** The types ticked, in INCIDENT_TYPES order. */
  types: readonly IncidentType[];
  /** The years brushed on the chart, or null for all the data's years. */
  years: YearSpan | null;
  /** Show every year, not only the era's. */
  allYears: boolean;
  /** Show only the incidents in disputed waters (`disputed_waters`). */
  disputedOnly: boolean;
}

export const incidentsSlice = defineSlice<IncidentsState>('incidents', {
  data: { kind: 'loading' },
  selected: null,
  selectedBy: { from: 'link', keyboard: false },
  choice: null,
  types: INCIDENT_TYPES,
  years: null,
  allYears: false,
  disputedOnly: false,
});

const isType = (v: string): v is IncidentType => (INCIDENT_TYPES as readonly string[]).includes(v);
const YEARS = /^(\d{4})-(\d{4})$/;

export const incidentsParams: ParamSpec<IncidentsState> = {
  keys: ['incident', 'types', 'years', 'allyears', 'disputed'],
  read(params, bad) {
    const out: Partial<IncidentsState> = {};
    const id = readId(params, 'incident', bad);
    if (id) { out.selected = id; out.selectedBy = { from: 'link', keyboard: false }; }
    const types = params.get('types');
    if (types !== null) {
      const list = types === '' ? [] : types.split(',');
      if (list.every(isType)) out.types = INCIDENT_TYPES.filter((t) => list.includes(t));
      else bad('types', types, { message: 'app.link.expected.list', values: { options: { or: [...INCIDENT_TYPES] } } });
    }
    const years = params.get('years');
    if (years !== null && years !== '') {
      const m = YEARS.exec(years);
      if (m && Number(m[1]) <= Number(m[2])) out.years = { from: Number(m[1]), to: Number(m[2]) };
      else bad('years', years, { message: 'app.link.expected.yearRange' });
    }
    const all = readFlag(params, 'allyears', bad);
    if (all !== undefined) out.allYears = all;
    const disputed = readFlag(params, 'disputed', bad);
    if (disputed !== undefined) out.disputedOnly = disputed;
    return out;
  },
  write: (s) => ({
    incident: s.selected,
    types: s.types.length === INCIDENT_TYPES.length ? null : s.types.length ? s.types.join(',') : '',
    years: s.years ? `${s.years.from}-${s.years.to}` : null,
    allyears: s.allYears ? '1' : null,
    disputed: s.disputedOnly ? '1' : null,
  }),
  opensTab: 'incidents',
};

const NONE: IncidentFeature[] = [];

/** The data's years, or null before it has loaded. */
export function domainOf(all: readonly IncidentFeature[]): YearSpan | null {
  const c = countPerYear(all);
  return c.length ? { from: c[0].year, to: c[c.length - 1].year } : null;
}

/** The data's years per data set: they do not change with the era. */
let domainMemo: { all: readonly IncidentFeature[]; span: YearSpan | null } | null = null;
/** Each era's incidents under the current filters, so that an era switch does not filter the data again. */
let byEra: { all: readonly IncidentFeature[]; types: readonly IncidentType[]; years: YearSpan | null; allYears: boolean; disputedOnly: boolean; eras: Map<string, IncidentFeature[]> } | null = null;
let lastOut: IncidentFeature[] | null = null;

/** The incidents the filters and the era let through, in date order (memoised on its inputs). */
export function visibleOf(s: AtlasState): IncidentFeature[] {
  const inc = sliceOf(s, incidentsSlice);
  const all = inc.data.kind === 'ready' ? inc.data.data : NONE;
  if (!byEra || byEra.all !== all || byEra.types !== inc.types || byEra.years !== inc.years || byEra.allYears !== inc.allYears || byEra.disputedOnly !== inc.disputedOnly) {
    byEra = { all, types: inc.types, years: inc.years, allYears: inc.allYears, disputedOnly: inc.disputedOnly, eras: new Map() };
  }
  const eraKey = inc.allYears ? '' : s.era;
  let fresh = byEra.eras.get(eraKey);
  if (!fresh) {
    if (domainMemo?.all !== all) domainMemo = { all, span: domainOf(all) };
    const range = inc.years ?? domainMemo.span;
    fresh = range ? visibleIncidents(all, { types: new Set(inc.types), disputedOnly: inc.disputedOnly, years: range, era: inc.allYears ? null : eraYears(s.era) }) : NONE;
    byEra.eras.set(eraKey, fresh);
  }
  // The same incidents as before keep the same array: the map's source is then not sent the same
  // data again (most era switches change nothing here).
  const same = lastOut !== null && lastOut.length === fresh.length && lastOut.every((f, i) => f === fresh[i]);
  if (!same) lastOut = fresh;
  return lastOut!;
}

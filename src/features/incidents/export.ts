/**
 * The incidents' part of "Export" (src/features/export/): the incidents shown (after the
 * filters) as GeoJSON and as a table, with their texts in the interface language, and the open
 * incident's sources for the picture and the print. Loaded after the first view, when the export first gathers what the map shows.
 */
import type { ExportCell, ExportProvider } from '../../ui/feature.ts';
import { localiseFeatures } from '../../i18n/text-fields.ts';
import { sliceOf } from '../../state/store.ts';
import { INCIDENT_TYPES, type IncidentFeature } from './model.ts';
import { incidentsSlice, visibleOf, type IncidentsState } from './state.ts';
import { typeName } from './words.ts';

const FILE = 'incidents.geojson';

/** The table's columns, in order: names for a spreadsheet, in English like the GeoJSON's properties. */
export const INCIDENT_COLUMNS = [
  'id', 'date', 'date_end', 'type', 'type_name', 'title', 'place', 'summary', 'japan_account', 'russia_account',
  'longitude', 'latitude', 'location_precision', 'setting', 'coast_island', 'coast_distance_km', 'russian_coast_distance_km',
  'killed', 'injured', 'sources',
] as const;

/** One incident as a row of INCIDENT_COLUMNS; the sources as "publisher, title, date, url", joined by " | ". */
export function incidentRow(f: IncidentFeature, type: string): ExportCell[] {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const sources = p.sources.map((s) => [s.publisher, s.title, s.date, s.url].filter(Boolean).join(', ')).join(' | ');
  return [
    p.id, p.date, p.date_end, p.type, type, p.title, p.place, p.summary, p.accounts?.japan ?? null, p.accounts?.russia ?? null,
    lon, lat, p.location_precision, p.setting, p.coast_island, p.coast_distance_km, p.russian_coast_distance_km,
    p.casualties?.killed ?? null, p.casualties?.injured ?? null, sources,
  ];
}

/**
 * What the file of the incidents shown is named by: the era whose years they are (unless every
 * year is shown), then each filter that narrows them.
 *
 * @example
 * incidentsFileName({ allYears: false, years: { from: 1990, to: 2021 }, disputedOnly: true, types: ['seizure'] }, '1945');
 * // 'incidents-1945-1990-2021-disputed-some-types'
 */
export function incidentsFileName(inc: Pick<IncidentsState, 'allYears' | 'years' | 'disputedOnly' | 'types'>, era: string): string {
  return [
    'incidents', inc.allYears ? null : era, inc.years ? `${inc.years.from}-${inc.years.to}` : null,
    inc.disputedOnly ? 'disputed' : null, inc.types.length < INCIDENT_TYPES.length ? 'some-types' : null,
  ].filter(Boolean).join('-');
}

export const incidentsExport: ExportProvider = async ({ state, texts, t }) => {
  const shown = localiseFeatures(FILE, visibleOf(state), texts);
  const inc = sliceOf(state, incidentsSlice);
  const { selected } = inc;
  const name = incidentsFileName(inc, state.era);
  const open = selected ? shown.find((f) => f.properties.id === selected) ?? null : null;
  const geojson = async () => ({ type: 'FeatureCollection' as const, features: shown });
  return {
    files: shown.length
      ? [{
          name, label: t('export.data.incidents', { count: shown.length }), geojson,
          table: async () => ({ columns: [...INCIDENT_COLUMNS], rows: shown.map((f) => incidentRow(f, typeName(t, f.properties.type))) }),
        }]
      : [],
    sources: open ? open.properties.sources : [],
  };
};

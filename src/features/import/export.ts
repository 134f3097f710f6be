/**
 * The import's part of "Export" (src/features/export/): the measurement of an import, as the map
 * draws it (the geodesic between the two nearest points), with its length in km, miles and
 * nautical miles and what it runs between. The imported files themselves are the reader's own
 * and are not offered back. Loaded after the first view, when the export first gathers what the map shows.
 */
import type { FeatureCollection } from 'geojson';
import type { ExportProvider } from '../../ui/feature.ts';
import { geodesicPath } from '../../geo/geodesic.ts';
import { lengthProperties } from '../../geo/units.ts';
import { measuredOf, type ImportMeasured } from './computed.ts';

/** The measurement as GeoJSON: the line with its lengths, and its two ends; island names in `lang`. */
export function importMeasurementGeoJson(m: ImportMeasured, lang: 'en' | 'ja' | 'ru'): FeatureCollection {
  const [a, b] = m.points;
  const to = m.to.kind === 'island'
    ? { to: m.to.island.properties.id, to_name: m.to.island.properties.name[lang], to_kind: m.to.nearest ? 'nearest-island' : 'island' }
    : { to: m.to.layer.name, to_name: m.to.layer.name, to_kind: 'import' };
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: geodesicPath(a, b) },
        properties: {
          measurement: 'import-to-coast', from: m.of.name, from_file: m.of.fileName, ...to, overlap: m.overlap,
          ...lengthProperties(m.distanceKm),
        },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: a }, properties: { measurement: 'nearest-point', on: m.of.name } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: b }, properties: { measurement: 'nearest-point', on: to.to } },
    ],
  };
}

export const importExport: ExportProvider = async ({ state, lang, t }) => {
  const m = measuredOf(state);
  if (!m) return { files: [], sources: [] };
  const target = m.to.kind === 'island' ? m.to.island.properties.id : m.to.layer.name;
  // The export keeps the Latin letters and digits of it: a Japanese or Russian layer name drops out.
  // ('import' in it: a layer named "kunashir" measured to Hokkaido is not the islands' measurement)
  const name = ['measurement', 'import', m.of.name, target].join('-');
  return {
    files: [{ name, label: t('import.export.measurement', { name: m.of.name }), geojson: async () => importMeasurementGeoJson(m, lang) }],
    sources: [],
  };
};

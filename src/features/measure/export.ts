/**
 * The measure's part of "Export" (src/features/export/): the measurement on the map as GeoJSON,
 * its lengths and area as properties (in km, km², miles and nautical miles, so a reader's tool
 * need not convert). The coast-to-coast line is the geodesic between the two nearest points, as
 * the map draws it. Loaded after the first view, when the export first gathers what the map shows.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { ExportProvider } from '../../ui/feature.ts';
import { geodesicPath } from '../../geo/geodesic.ts';
import { polygonAreaKm2 } from '../../geo/area.ts';
import { convertKm2, lengthProperties } from '../../geo/units.ts';
import { computedOf, type Computed } from './computed.ts';

const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
const areas = (km2: number) => ({ area_km2: round(km2), area_mi2: round(convertKm2(km2, 'mi')), area_nmi2: round(convertKm2(km2, 'nmi')) });

/** The measurement as GeoJSON, names in `lang`; null when nothing is measured. */
export function measurementGeoJson(c: Computed, lang: 'en' | 'ja' | 'ru'): FeatureCollection | null {
  if (c.kind === 'distance') {
    const [a, b] = c.result.points;
    const line: Feature = {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: geodesicPath(a, b) },
      properties: {
        measurement: 'coast-to-coast', from: c.a.properties.id, to: c.b.properties.id,
        from_name: c.a.properties.name[lang], to_name: c.b.properties.name[lang], ...lengthProperties(c.result.distanceKm),
      },
    };
    const ends: Feature[] = c.result.points.map((p, i) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: p },
      properties: { measurement: 'nearest-point', on: (i === 0 ? c.a : c.b).properties.id },
    }));
    return { type: 'FeatureCollection', features: [line, ...ends] };
  }
  if (c.kind === 'area') {
    const p = c.island.properties;
    return {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: c.island.geometry, properties: { measurement: 'area', island: p.id, name: p.name[lang], ...areas(polygonAreaKm2(c.island.geometry)) } }],
    };
  }
  if (c.kind === 'path') {
    const { path } = c;
    const pts: Position[] = path.points;
    const closed = path.closed && pts.length >= 3;
    const whole: Feature = {
      type: 'Feature',
      geometry: closed ? { type: 'Polygon', coordinates: [[...pts, pts[0]]] } : { type: 'LineString', coordinates: pts },
      properties: {
        measurement: closed ? 'closed-path' : 'path', ...lengthProperties(path.totalKm),
        segments_km: path.segmentsKm.map((k) => round(k)), ...(path.areaKm2 !== null ? areas(path.areaKm2) : {}),
      },
    };
    const segments: Feature[] = path.segmentsKm.map((km, i) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [pts[i], pts[(i + 1) % pts.length]] },
      properties: { measurement: 'segment', index: i + 1, ...lengthProperties(km), cumulative_km: round(path.cumulativeKm[i]) },
    }));
    return { type: 'FeatureCollection', features: [whole, ...segments] };
  }
  return null;
}

/** What the file is named by: `measurement-kunashir-hokkaido`, `area-iturup`, `path`, `closed-path`. */
export function measurementName(c: Computed): string {
  if (c.kind === 'distance') return `measurement-${c.a.properties.id}-${c.b.properties.id}`;
  if (c.kind === 'area') return `area-${c.island.properties.id}`;
  return c.kind === 'path' && c.path.closed && c.path.points.length >= 3 ? 'closed-path' : 'path';
}

export const measureExport: ExportProvider = async ({ state, lang, t }) => {
  const c = computedOf(state);
  const fc = measurementGeoJson(c, lang);
  return {
    files: fc ? [{ name: measurementName(c), label: t('export.data.measurement'), geojson: async () => fc }] : [],
    sources: [],
  };
};

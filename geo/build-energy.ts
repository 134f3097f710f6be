/**
 * public/data/pipelines.geojson and public/data/facilities.geojson, from the sources authored in
 * geo/sources/pipelines.ts and geo/sources/facilities.ts. Each route's length is measured on the
 * WGS84 ellipsoid and set beside its published length. Each pipeline and site takes its name in
 * Japanese and Russian (`name_ja`, `name_ru`) from the translations of the data's texts
 * (geo/sources/text/<lang>/*.json), so the map can label it in the reader's language; a name
 * with no translation fails the build.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import {
  lengthAgreement,
  type FacilityCollection,
  type PipelineCollection,
  type PipelineFeature,
} from '../src/features/energy/model.ts';
import { geodesicLengthKm } from '../src/geo/geodesic.ts';
import { facilitySources } from './sources/facilities.ts';
import { pipelineSources, type PipelineSource } from './sources/pipelines.ts';
import { readTranslations, TEXT_SOURCES, TRANSLATED, type Translated } from './build-text.ts';

/** English name to its translation, for each language the data is translated into. */
export type NameTranslations = Record<Translated, ReadonlyMap<string, string>>;

/** The translations of geo/sources/text (or `dir`) as name tables. */
export function readNameTranslations(dir = TEXT_SOURCES): NameTranslations {
  const out = {} as Record<Translated, Map<string, string>>;
  for (const lang of TRANSLATED) out[lang] = new Map([...readTranslations(lang, dir).map].map(([en, t]) => [en, t.text]));
  return out;
}

/**
 * The Japanese and Russian names of every English name given, or an error naming each one that
 * has no translation.
 */
function namesIn(english: string[], names: NameTranslations): Map<string, { name_ja: string; name_ru: string }> {
  const missing = TRANSLATED.flatMap((lang) => english.filter((n) => !names[lang].has(n)).map((n) => `${lang}: “${n}”`));
  if (missing.length) {
    throw new Error(`energy: ${missing.length} pipeline or site name(s) have no translation in geo/sources/text: ${missing.join(', ')} (npm run geo:text -- --missing ja pipelines.geojson)`);
  }
  return new Map(english.map((n) => [n, { name_ja: names.ja.get(n)!, name_ru: names.ru.get(n)! }]));
}

function geometry(src: PipelineSource): LineString | MultiLineString {
  const parts: Position[][] = src.parts.map((part) => part.map((w) => [w.at[0], w.at[1]]));
  return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts };
}

/** Waypoint names, once each, as the panel's "via" list (the ends are `from` and `to`). */
function via(src: PipelineSource): string[] {
  const names = src.parts.flat().map((w) => w.name);
  return [...new Set(names.slice(1, -1))];
}

function pipelineFeature(src: PipelineSource, local: { name_ja: string; name_ru: string }): PipelineFeature {
  const geom = geometry(src);
  const km = geodesicLengthKm(geom.coordinates);
  const agreement = src.published ? lengthAgreement(src.published.km, km) : null;
  return {
    type: 'Feature',
    properties: {
      id: src.id,
      name: src.name,
      ...local,
      system: src.system,
      commodity: src.commodity,
      status: src.status,
      status_note: src.statusNote ?? null,
      opened: src.opened,
      from: src.from.name,
      from_facility: src.from.facility ?? null,
      to: src.to.name,
      to_facility: src.to.facility ?? null,
      via: via(src),
      length_km_published: src.published?.km ?? null,
      length_source: src.published?.source ?? null,
      length_km_computed: Math.round(km * 10) / 10,
      length_diff_pct: agreement?.diffPct ?? null,
      length_note: src.lengthNote ?? null,
      capacity: src.capacity ?? null,
      capacity_note: src.capacityNote ?? null,
      operator: src.operator,
      route_precision: src.precision,
      route_note: src.routeNote,
      sources: src.sources,
    },
    geometry: geom,
  };
}

/** The pipelines, named in the three languages (`names` read from geo/sources/text unless given). */
export function buildPipelines(names: NameTranslations = readNameTranslations()): PipelineCollection {
  const local = namesIn(pipelineSources.map((s) => s.name), names);
  return { type: 'FeatureCollection', features: pipelineSources.map((s) => pipelineFeature(s, local.get(s.name)!)) };
}

/** The sites, named in the three languages (`names` read from geo/sources/text unless given). */
export function buildFacilities(names: NameTranslations = readNameTranslations()): FacilityCollection {
  const local = namesIn(facilitySources.map((s) => s.name), names);
  return {
    type: 'FeatureCollection',
    features: facilitySources.map((s) => ({
      type: 'Feature' as const,
      properties: {
        id: s.id,
        name: s.name,
        ...local.get(s.name)!,
        kind: s.kind,
        status: s.status,
        status_note: s.statusNote ?? null,
        opened: s.opened,
        operator: s.operator,
        location_precision: s.precision,
        location_note: s.note ?? null,
        figures: s.figures ?? [],
        sources: s.sources,
      },
      geometry: { type: 'Point' as const, coordinates: [s.at[0], s.at[1]] },
    })),
  };
}

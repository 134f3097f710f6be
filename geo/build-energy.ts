/**
 * public/data/pipelines.geojson and public/data/facilities.geojson, from the sources authored in
 * geo/sources/pipelines.ts and geo/sources/facilities.ts. Each route's length is measured on the
 * WGS84 ellipsoid and set beside its published length.
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

function geometry(src: PipelineSource): LineString | MultiLineString {
  const parts: Position[][] = src.parts.map((part) => part.map((w) => [w.at[0], w.at[1]]));
  return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] } : { type: 'MultiLineString', coordinates: parts };
}

/** Waypoint names, once each, as the panel's "via" list (the ends are `from` and `to`). */
function via(src: PipelineSource): string[] {
  const names = src.parts.flat().map((w) => w.name);
  return [...new Set(names.slice(1, -1))];
}

function pipelineFeature(src: PipelineSource): PipelineFeature {
  const geom = geometry(src);
  const km = geodesicLengthKm(geom.coordinates);
  const agreement = src.published ? lengthAgreement(src.published.km, km) : null;
  return {
    type: 'Feature',
    properties: {
      id: src.id,
      name: src.name,
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

export function buildPipelines(): PipelineCollection {
  return { type: 'FeatureCollection', features: pipelineSources.map(pipelineFeature) };
}

export function buildFacilities(): FacilityCollection {
  return {
    type: 'FeatureCollection',
    features: facilitySources.map((s) => ({
      type: 'Feature' as const,
      properties: {
        id: s.id,
        name: s.name,
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

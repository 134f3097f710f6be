/** Validates every built output against RFC 7946 and its property contract. */
import type { FeatureCollection } from 'geojson';
import * as v from 'valibot';
import {
  MultiPolygonSchema, PointSchema, collectionCheck, featureCollection, geometryOf, obj, text, type Problems,
} from '../src/geo/geojson-schema.ts';
import { checkIslands } from '../src/features/islands/contract.ts';
import { checkFacilities, checkPipelines } from '../src/features/energy/contract.ts';
import { checkBorders, checkClaims, checkEraLand, checkEraTint } from '../src/features/eras/contract.ts';
import { checkIncidents } from '../src/features/incidents/contract.ts';
import { checkMaritime } from '../src/features/sea/contract.ts';

const LandPropsSchema = obj({
  kind: v.picklist(['land', 'water'], 'kind must be land or water, country an ISO alpha-3 code'),
  country: v.pipe(v.string('kind must be land or water, country an ISO alpha-3 code'), v.regex(/^[A-Z]{3}$/, 'kind must be land or water, country an ISO alpha-3 code')),
});

const LabelPropsSchema = obj({
  id: text('id is empty'),
  name_en: text('name_en is empty'),
  name_ja: text('name_ja is empty'),
  name_ru: text('name_ru is empty'),
  source: text('source is empty'),
  named: v.optional(v.pipe(v.number('named must be a year after 1945'), v.integer('named must be a year after 1945'), v.minValue(1946, 'named must be a year after 1945'))),
});

/** The validator of every output; an output without one fails the build. */
const validators: Readonly<Record<string, (fc: unknown) => Problems>> = {
  'islands.geojson': checkIslands,
  'pipelines.geojson': checkPipelines,
  'facilities.geojson': checkFacilities,
  'eras.geojson': checkEraLand,
  'era-tint.geojson': checkEraTint,
  'borders.geojson': checkBorders,
  'claims.geojson': checkClaims,
  'incidents.geojson': checkIncidents,
  'maritime.geojson': checkMaritime,
  'land.geojson': collectionCheck('land', featureCollection(geometryOf(MultiPolygonSchema), LandPropsSchema)),
  'labels.geojson': collectionCheck('labels', featureCollection(geometryOf(PointSchema), LabelPropsSchema, 'id'), 'id'),
};

export function validateOutputs(outputs: Map<string, FeatureCollection>): Problems {
  const out: Problems = [];
  for (const [name, fc] of outputs) {
    const v = validators[name];
    if (!v) out.push(`${name}: no validator registered`);
    else out.push(...v(fc));
  }
  return out;
}

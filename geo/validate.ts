/** Validates every built output against RFC 7946 and its property contract. */
import type { FeatureCollection } from 'geojson';
import { checkCollection, is, type Problems } from '../src/geo/geojson-check.ts';
import { checkIslands } from '../src/features/islands/contract.ts';
import { checkFacilities, checkPipelines } from '../src/features/energy/contract.ts';
import { checkBorders, checkClaims, checkEraLand, checkEraTint } from '../src/features/eras/contract.ts';
import { checkIncidents } from '../src/features/incidents/model.ts';

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
  'land.geojson': (fc) => checkCollection(fc, {
    name: 'land', geometryTypes: ['MultiPolygon'],
    check: (p, w) => (['land', 'water'].includes(p.kind as string) && /^[A-Z]{3}$/.test(String(p.country)) ? [] : [`${w}: kind must be land or water, country an ISO alpha-3 code`]),
  }),
  'labels.geojson': (fc) => checkCollection(fc, {
    name: 'labels', idKey: 'id', geometryTypes: ['Point'],
    check: (p, w) => ['name_en', 'name_ja', 'name_ru', 'source'].filter((k) => !is.nonEmptyString(p[k])).map((k) => `${w}: ${k} is empty`),
  }),
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

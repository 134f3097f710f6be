/**
 * public/data/islands.geojson: one feature per named land feature, with the island's own
 * coastline from upstream, found by the polygon that contains a known point on it.
 */
import type { Feature, Polygon } from 'geojson';
import type { IslandCollection, IslandFeature, IslandProps } from '../src/geo/types.ts';
import { islandGroupSources, islandSources } from './sources/islands.ts';
import { countryPolygons, type CountryCollection } from './lib/upstream.ts';
import { clipPolygon, pointInShell, rewind, roundCoords, ringBBox, type PolygonCoords } from './lib/geometry.ts';

/** 1e-6 degrees is about 0.1 m: finer than the upstream's accuracy, so nothing is lost. */
export const ISLAND_DECIMALS = 6;

export function buildIslands(countries: CountryCollection): IslandCollection {
  const used = new Map<string, string>();
  const features = islandSources.map((src): Feature<Polygon, IslandProps> => {
    const polys = countryPolygons(countries, src.country);
    const hits = polys.map((p, i) => [p, i] as const).filter(([p]) => {
      const b = ringBBox(p[0]);
      const [x, y] = src.anchor;
      return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && pointInShell(src.anchor, p);
    });
    if (hits.length !== 1) {
      throw new Error(`island ${src.id}: anchor ${src.anchor.join(',')} lies in ${hits.length} upstream polygons of ${src.country}, expected 1`);
    }
    const [poly, index] = hits[0];
    const key = `${src.country}:${index}`;
    if (used.has(key) && !src.cut) throw new Error(`island ${src.id} has the same polygon as ${used.get(key)}`);
    used.set(key, src.id);
    let rings: PolygonCoords | null = poly;
    if (src.cut) {
      rings = clipPolygon(poly, src.cut);
      if (!rings) throw new Error(`island ${src.id}: the cut box leaves nothing`);
    }
    const coordinates = rewind(roundCoords(rings, ISLAND_DECIMALS));
    return {
      type: 'Feature',
      properties: {
        id: src.id,
        name: src.name,
        aliases: src.aliases,
        group: src.group,
        cluster: src.cluster ?? null,
        administered_by: src.country === 'JPN' ? 'japan' : 'russia',
        claimed_by: src.claimed_by ?? null,
        published_area_km2: src.published?.km2 ?? null,
        area_source: src.published?.source ?? null,
      },
      geometry: { type: 'Polygon', coordinates },
    };
  });
  return { type: 'FeatureCollection', features: withGroups(features) };
}

/**
 * Adds each island group (geo/sources/islands.ts, `islandGroupSources`) as a MultiPolygon of its
 * members' polygons, placed just before its first member. Fails if a member is missing.
 */
function withGroups(features: IslandFeature[]): IslandFeature[] {
  const out = [...features];
  for (const g of islandGroupSources) {
    const members = g.members.map((id) => {
      const f = features.find((x) => x.properties.id === id);
      if (!f || f.geometry.type !== 'Polygon') throw new Error(`island group ${g.id}: member ${id} is not a Polygon island`);
      return f as Feature<Polygon, IslandProps>;
    });
    const administered = new Set(members.map((m) => m.properties.administered_by));
    if (administered.size !== 1) throw new Error(`island group ${g.id}: members are administered by different sides`);
    const feature: IslandFeature = {
      type: 'Feature',
      properties: {
        id: g.id, name: g.name, aliases: g.aliases, group: g.group, cluster: null,
        administered_by: members[0].properties.administered_by, claimed_by: g.claimed_by ?? null,
        published_area_km2: g.published?.km2 ?? null, area_source: g.published?.source ?? null,
      },
      geometry: { type: 'MultiPolygon', coordinates: members.map((m) => m.geometry.coordinates) },
    };
    out.splice(out.indexOf(members[0]), 0, feature);
  }
  return out;
}

/** The ids of the island groups: the era layers and incident distances use their members instead. */
export const GROUP_IDS: ReadonlySet<string> = new Set(islandGroupSources.map((g) => g.id));

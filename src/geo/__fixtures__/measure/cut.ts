/**
 * Re-cuts the measurement fixtures from the built islands (run `npx tsx
 * src/geo/__fixtures__/measure/cut.ts` after `npm run geo` if the coastline changes). The cuts
 * are real coast, clipped with turf's bboxClip so that the touching and overlapping pairs share
 * exact edges.
 */
import { readFileSync } from 'node:fs';
import bboxClip from '@turf/bbox-clip';
import type { Polygon } from 'geojson';
import { writeCollection } from '../../../../geo/lib/write.ts';
import type { IslandCollection, IslandFeature } from '../../types.ts';

const here = new URL('.', import.meta.url);
const islands = JSON.parse(readFileSync(new URL('../../../../public/data/islands.geojson', here), 'utf8')) as IslandCollection;
const byId = (id: string): IslandFeature => {
  const f = islands.features.find((g) => g.properties.id === id);
  if (!f) throw new Error(`no island ${id}`);
  return f;
};

function cut(id: string, newId: string, bbox: [number, number, number, number]): IslandFeature {
  const src = byId(id);
  const clipped = bboxClip(src, bbox).geometry as Polygon;
  // Clipping can leave rings with fewer than four positions where a lake lay on the cut; drop them.
  const coordinates = clipped.coordinates.filter((r) => r.length >= 4);
  return {
    type: 'Feature',
    properties: { ...src.properties, id: newId, aliases: [], published_area_km2: null, area_source: null },
    geometry: { type: 'Polygon', coordinates },
  };
}

const dir = (name: string) => new URL(name, here).pathname;
writeCollection(dir('habomai.geojson'), {
  type: 'FeatureCollection',
  features: ['suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku'].map(byId),
});
writeCollection(dir('kunashir-cuts.geojson'), {
  type: 'FeatureCollection',
  features: [
    // Touching: the two halves share the cut along 145.9°E.
    cut('kunashir', 'kunashir-west', [145.0, 43.5, 145.9, 44.6]),
    cut('kunashir', 'kunashir-east', [145.9, 43.5, 146.8, 44.6]),
    // Overlapping: a strip 0.1° wide lies in both.
    cut('kunashir', 'kunashir-west-wide', [145.0, 43.5, 145.95, 44.6]),
    cut('kunashir', 'kunashir-east-wide', [145.85, 43.5, 146.8, 44.6]),
    // Inland: a box wholly inside the island, so one lies on the other with no coast crossing.
    cut('kunashir', 'kunashir-inland', [145.98, 44.24, 146.02, 44.26]),
  ],
});

/**
 * Cross-checks the computed 12-mile limits against a published line: OpenStreetMap's maritime
 * boundaries (npm @geo-maps/countries-maritime-10m 0.6.0, each country's land and territorial
 * sea as one polygon). For every vertex of Japan's and Russia's published polygons that lies at
 * sea (more than 2 km from the coast) inside the grid, it finds how far the computed territorial
 * sea's boundary is: the zone's field there (src/geo/sea.ts), which is the distance to the
 * limit where the limit bounds the zone (and half the distance to the median line, about).
 *
 *   npx tsx geo/crosscheck-maritime.ts     prints the figures quoted in geo/README.md
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { coastDistances, inJapanStrait, seaCoasts, sidesInView, zoneField, type SeaCoasts, type SeaState } from '../src/geo/sea.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { SEA_GRID } from './build-maritime.ts';

export const PUBLISHED_PACKAGE = '@geo-maps/countries-maritime-10m';

export interface CrossCheck {
  state: SeaState;
  /** Published vertices compared. */
  n: number;
  meanKm: number;
  medianKm: number;
  p95Km: number;
  maxKm: number;
  /** Where the largest difference is. */
  maxAt: Position;
  /** Vertices in Japan's specified straits, where the published line may keep 12 miles. */
  inStraits: number;
}

function published(): FeatureCollection<Polygon | MultiPolygon, { A3: string }> {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`${PUBLISHED_PACKAGE}/map.geo.json`), 'utf8'));
}

const quantile = (s: number[], q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];

export function crossCheck(coasts: SeaCoasts): CrossCheck[] {
  const fc = published();
  const [w, s, e, n] = SEA_GRID.box;
  return (['japan', 'russia'] as const).map((state) => {
    const f = fc.features.find((x) => x.properties.A3 === (state === 'japan' ? 'JPN' : 'RUS'))!;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const diffs: { km: number; p: Position }[] = [];
    let inStraits = 0;
    for (const poly of polys) {
      for (const p of poly[0]) {
        if (p[0] < w || p[0] > e || p[1] < s || p[1] > n) continue;
        const d = coastDistances(p, coasts);
        // On the water as OSM maps it today: the four islands Russia's.
        const sides = sidesInView(d, 'russia');
        if (sides[state] < 2) continue;
        if (state === 'japan' && inJapanStrait(p)) inStraits++;
        diffs.push({ km: Math.abs(zoneField(state, 'territorial-sea', sides, p)), p });
      }
    }
    const sorted = diffs.map((x) => x.km).sort((a, b) => a - b);
    const worst = diffs.reduce((a, b) => (b.km > a.km ? b : a));
    return {
      state, n: diffs.length, meanKm: sorted.reduce((a, b) => a + b, 0) / sorted.length, medianKm: quantile(sorted, 0.5),
      p95Km: quantile(sorted, 0.95), maxKm: worst.km, maxAt: worst.p, inStraits,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
  const coasts = seaCoasts(read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'));
  for (const c of crossCheck(coasts)) {
    console.log(`${c.state}: ${c.n} published vertices at sea; difference mean ${c.meanKm.toFixed(2)} km, median ${c.medianKm.toFixed(2)}, 95% ${c.p95Km.toFixed(2)}, largest ${c.maxKm.toFixed(2)} km at ${c.maxAt.join(', ')}; ${c.inStraits} in the 3-mile straits`);
  }
}

/**
 * The imported geometries the import benches measure (import.bench.ts) and draw
 * (import-draw.bench.ts): made here, seeded, the same every run.
 */
import type { LineString, MultiPoint, Position } from 'geojson';

/** A small seeded generator (an LCG), so every run measures the same geometries. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// The sea east of Kunashir's southern end, west of Shikotan, north of the Habomai islets.
const [W, S, E, N] = [145.85, 43.7, 146.35, 43.92];
export const VERTICES = 100_000;

export function surveyTrack(): LineString {
  const passes = 40;
  const per = VERTICES / passes;
  const coordinates: Position[] = [];
  for (let l = 0; l < passes; l++) {
    const lat = S + ((N - S) * l) / (passes - 1);
    for (let i = 0; i < per; i++) {
      const t = i / (per - 1);
      // Back and forth, with the wander of a boat holding a line.
      coordinates.push([l % 2 ? E - (E - W) * t : W + (E - W) * t, lat + 0.0004 * Math.sin(i / 7)]);
    }
  }
  return { type: 'LineString', coordinates };
}

export function soundings(): MultiPoint {
  const next = seeded(1945);
  return { type: 'MultiPoint', coordinates: Array.from({ length: VERTICES }, () => [W + next() * (E - W), S + next() * (N - S)]) };
}

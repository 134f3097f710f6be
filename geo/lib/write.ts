/**
 * Deterministic GeoJSON output: fixed key order as authored, one feature per line so that a
 * change to the data shows as a readable diff, and a trailing newline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FeatureCollection } from 'geojson';

export function serializeCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function writeCollection(path: string, fc: FeatureCollection): number {
  const text = serializeCollection(fc);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

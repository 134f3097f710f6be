import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LineString, Point, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { geodesicDistanceKm } from '../../geo/geodesic.ts';
import { coastToCoast } from '../../geo/nearest.ts';
import { measurePath } from '../../geo/path.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { MEASURE_LAYER, MEASURE_SOURCE, distanceFeatures, measureLayers, measureOverlay, pathFeatures } from './layers.ts';

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const island = (id: string) => islands.find((f) => f.properties.id === id)!;

describe('the measure layers', () => {
  const { sources, top } = measureOverlay();

  it('are valid against the MapLibre style specification', () => {
    const style = { version: 8, sources, layers: top } as StyleSpecification;
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('use the bundled font, and only the ids and sources they declare', () => {
    for (const l of measureLayers()) {
      if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual(['Noto Sans Regular']);
      expect(Object.values(MEASURE_LAYER)).toContain(l.id);
      expect(Object.values(MEASURE_SOURCE)).toContain('source' in l ? l.source : '');
    }
    expect(new Set(measureLayers().map((l) => l.id)).size).toBe(Object.keys(MEASURE_LAYER).length);
  });

  it('tell the distance line from the path by dashes, not colour alone', () => {
    const byId = new Map(measureLayers().map((l) => [l.id, l]));
    const paint = (id: string) => byId.get(id)!.paint as Record<string, unknown>;
    expect(paint(MEASURE_LAYER.pathLine)['line-dasharray']).toBeDefined();
    expect(paint(MEASURE_LAYER.distanceLine)['line-dasharray']).toBeUndefined();
  });
});

describe('distanceFeatures', () => {
  const r = coastToCoast(island('kunashir'), island('hokkaido'));
  const fc = distanceFeatures(r, 'nmi');
  const kind = (k: string) => fc.features.filter((f) => f.properties?.kind === k);

  it('draw the geodesic from one nearest point to the other, with both ends and a label', () => {
    const [lineF] = kind('line');
    const coords = (lineF.geometry as LineString).coordinates;
    expect(coords[0]).toEqual(r.points[0]);
    expect(coords[coords.length - 1]).toEqual(r.points[1]);
    expect(coords.length).toBeGreaterThan(5);
    expect(kind('end').map((f) => (f.geometry as Point).coordinates)).toEqual(r.points);
    const [label] = kind('label');
    expect(label.properties?.label).toMatch(/^8\.\d nmi$/);
    // The label sits halfway.
    const mid = (label.geometry as Point).coordinates;
    expect(geodesicDistanceKm(mid, r.points[0])).toBeCloseTo(r.distanceKm / 2, 6);
  });

  it('give touching islands one end and the label', () => {
    const t = distanceFeatures(coastToCoast(island('urup'), island('urup')));
    expect(t.features.map((f) => f.properties?.kind)).toEqual(['end', 'label']);
  });
});

describe('pathFeatures', () => {
  const pts = [[145.3, 43.6], [145.45, 43.72], [145.6, 43.6]];

  it('label every segment with its length and mark the first vertex', () => {
    const fc = pathFeatures(measurePath(pts));
    const labels = fc.features.filter((f) => f.properties?.kind === 'segment-label').map((f) => f.properties?.label);
    expect(labels).toEqual(['18.0 km', '18.0 km']);
    expect(fc.features.filter((f) => f.properties?.kind === 'segment')).toHaveLength(2);
    const vertices = fc.features.filter((f) => f.properties?.kind === 'vertex');
    expect(vertices).toHaveLength(3);
    expect(vertices[0].properties?.start).toBe(1);
    expect(fc.features.some((f) => f.properties?.kind === 'area')).toBe(false);
  });

  it('close the loop with a closed ring and an area label', () => {
    const fc = pathFeatures(measurePath(pts, { closed: true }), 'km');
    const area = fc.features.find((f) => f.properties?.kind === 'area')!;
    const ring = (area.geometry as Polygon).coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(fc.features.find((f) => f.properties?.kind === 'area-label')?.properties?.label).toBe('161.3 km²');
    expect(fc.features.filter((f) => f.properties?.kind === 'segment')).toHaveLength(3);
  });

  it('write labels the bundled Latin font draws (nothing past U+00FF)', () => {
    const fc = pathFeatures(measurePath(pts, { closed: true }), 'mi');
    const text = fc.features.map((f) => String(f.properties?.label ?? '')).join('') + distanceFeatures(coastToCoast(island('suisho'), island('hokkaido'))).features.map((f) => String(f.properties?.label ?? '')).join('');
    expect([...text].every((ch) => ch.codePointAt(0)! <= 0xff)).toBe(true);
  });
});

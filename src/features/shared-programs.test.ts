import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from '../map/style.ts';
import { mapParts } from './registry.ts';
import { INITIAL_VIEW } from '../map/ids.ts';
import { bindingOf, programsOf } from '../map/testing/paint-kinds.ts';
import { splitFirstView } from '../map/first-view-layers.ts';
import { perFeature, perFeatureDash, SOLID_DASH } from '../map/shared-programs.ts';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';

const dataUrl = 'http://localhost/data';
const parts = mapParts(dataUrl);
const style = buildStyle({ dataUrl, fontFaces: {}, lang: 'en', overlays: parts, state: parts.state });

const zero = (v: unknown) => v === 0;

/**
 * The layers that draw in the first view: those the map starts with (the others wait for the
 * sources the app fills after it), in zoom range, not invisible.
 */
function firstViewLayers(): LayerSpecification[] {
  return splitFirstView(style.layers, parts.filledLater).first.filter((l) => {
    const { minzoom = 0, maxzoom = 24, paint = {} } = l as LayerSpecification & { paint?: Record<string, unknown> };
    if (INITIAL_VIEW.zoom < minzoom || INITIAL_VIEW.zoom >= maxzoom) return false;
    return !Object.entries(paint).some(([k, v]) => k.endsWith('-opacity') && zero(v));
  });
}

describe('the shader programs of the first view', () => {
  it('are six besides MapLibre’s own, one per kind of drawing', () => {
    const programs = new Set(firstViewLayers().flatMap(programsOf));
    const names = [...programs].map((p) => p.split(' ')[0]).sort();
    expect(names).toEqual(['background', 'fill', 'fillOutline', 'fillPattern', 'lineSDF', 'symbolSDF', 'symbolSDF']);
  });

  it('read the colour, width, offset and dashes of every line per feature', () => {
    const lines = firstViewLayers().filter((l) => l.type === 'line');
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) {
      for (const key of ['line-color', 'line-width', 'line-offset', 'line-dasharray']) expect(bindingOf(l, key), `${l.id} ${key}`).toBe('a');
    }
  });

  it('draw solid lines as one dash with butt caps, so a round cap never notches them', () => {
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).paint_line['line-dasharray'];
    const solid = style.layers.filter((l) => {
      const dash = (l as { paint?: Record<string, unknown> }).paint?.['line-dasharray'];
      if (l.type !== 'line' || dash === undefined) return false;
      if (Array.isArray(dash) && typeof dash[0] === 'number') return dash.filter((_, i) => i % 2 === 1).every((gap) => gap === 0);
      const e = createPropertyExpression(dash, 'line-dasharray', spec, {});
      if (e.result !== 'success') throw new Error(l.id);
      const value = e.value.evaluate({ zoom: 6 } as never, { type: 2, properties: { status: 'operating', commodity: 'oil' } } as never) as number[];
      return value.filter((_, i) => i % 2 === 1).every((gap) => gap === 0);
    });
    expect(solid.map((l) => l.id)).toEqual(expect.arrayContaining(['pipeline-operating', 'pipeline-highlight', 'era-border-land-1905']));
    for (const l of solid) expect((l as { layout?: Record<string, unknown> }).layout?.['line-cap'] ?? 'butt', l.id).toBe('butt');
  });
});

describe('perFeature', () => {
  it('is the same value for every feature, yet read per feature', () => {
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).paint_line['line-width'];
    const e = createPropertyExpression(perFeature(2.5), 'line-width', spec, {});
    if (e.result !== 'success') throw new Error('parse');
    expect(e.value.kind).toBe('source');
    for (const properties of [{}, { id: 'x' }, { id: 7, kind: 'sea' }]) {
      expect(e.value.evaluate({ zoom: 5 } as never, { type: 2, properties } as never)).toBe(2.5);
    }
  });

  it('writes a dash pattern as a literal, and the solid pattern has no gap', () => {
    expect(perFeatureDash([3, 2])).toEqual(perFeature(['literal', [3, 2]]));
    expect(SOLID_DASH).toEqual(['literal', [1, 0]]);
  });
});

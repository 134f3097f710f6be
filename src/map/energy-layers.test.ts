import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest, validateStyleMin, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { inServiceBy, type FacilityCollection, type PipelineCollection } from '../geo/energy.ts';
import {
  COMMODITY_STYLE, ENERGY_INTERACTIVE_LAYERS, ENERGY_LAYER, ENERGY_SOURCE, ENERGY_STATE, FACILITY_MARKERS, STATUS_STYLE,
  UNBUILT_ALPHA, YEAR_FILTER, energyLayers, energyOverlays, energyShownIn, energyStateFor,
} from './energy-layers.ts';
import { ERA_IDS } from '../geo/eras.ts';

const pipelines = JSON.parse(readFileSync('public/data/pipelines.geojson', 'utf8')) as PipelineCollection;
const facilities = JSON.parse(readFileSync('public/data/facilities.geojson', 'utf8')) as FacilityCollection;
const layers = energyLayers();
const layer = (id: string) => layers.find((l) => l.id === id) as LayerSpecification & { layout?: Record<string, unknown>; paint?: Record<string, unknown>; filter?: unknown };

function style(): StyleSpecification {
  const { sources, layers: ls } = energyOverlays('http://localhost/data');
  return {
    version: 8,
    state: ENERGY_STATE as unknown as StyleSpecification['state'],
    sources,
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d6e6f2' } }, ...ls],
  } as StyleSpecification;
}

/** Runs a layer's filter on a feature, as MapLibre would, with the given global state. */
function passes(filter: unknown, props: Record<string, unknown>, state: Record<string, unknown>): boolean {
  const global = { energyYear: 9999, energyShowUnbuilt: true, selectedEnergy: '', ...state };
  const f = featureFilter(filter as FilterSpecification, 'filter', global);
  return f.filter({ zoom: 6, globalState: global }, { type: 2, properties: props } as never);
}

describe('energy layers', () => {
  it('validate against the MapLibre style spec', () => {
    expect(validateStyleMin(style()).map((e) => e.message)).toEqual([]);
  });

  it('draw each status with its own dash pattern: proposed dashed, cancelled faded, operating solid', () => {
    expect(layer(ENERGY_LAYER.operating).paint?.['line-dasharray']).toBeUndefined();
    expect(layer(ENERGY_LAYER.proposed).paint?.['line-dasharray']).toEqual(STATUS_STYLE.proposed.dash);
    expect(layer(ENERGY_LAYER.building).paint?.['line-dasharray']).toEqual(STATUS_STYLE['under-construction'].dash);
    // The opacity is the era gate around the status's own opacity.
    expect(layer(ENERGY_LAYER.cancelled).paint?.['line-opacity']).toEqual(['case', ['==', ['global-state', 'era'], '1945'], STATUS_STYLE.cancelled.opacity, 0]);
    expect(STATUS_STYLE.cancelled.opacity).toBeLessThan(0.5);
    const patterns = Object.values(STATUS_STYLE).map((s) => s.dash.join(','));
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('puts every pipeline in exactly one status layer', () => {
    const statusLayers = [ENERGY_LAYER.operating, ENERGY_LAYER.building, ENERGY_LAYER.proposed, ENERGY_LAYER.cancelled];
    for (const f of pipelines.features) {
      const hits = statusLayers.filter((id) => passes(layer(id).filter, f.properties as never, {}));
      expect(hits, f.properties.id).toHaveLength(1);
    }
    expect(pipelines.features.filter((f) => passes(layer(ENERGY_LAYER.proposed).filter, f.properties as never, {})).map((f) => f.properties.id))
      .toEqual(['sakhalin-hokkaido']);
  });

  it('filters by year opened exactly as inServiceBy does', () => {
    for (const year of [2005, 2006, 2009, 2011, 2012, 2019, 2022, 2030]) {
      for (const showUnbuilt of [true, false]) {
        for (const f of [...pipelines.features, ...facilities.features]) {
          const expected = inServiceBy(f.properties, year, { includeUnbuilt: showUnbuilt });
          expect(passes(YEAR_FILTER, f.properties as never, { energyYear: year, energyShowUnbuilt: showUnbuilt }), `${f.properties.id} ${year}`).toBe(expected);
        }
      }
    }
  });

  it('shows the direction of flow with chevrons placed along the line, never flipped upright', () => {
    const flow = layer(ENERGY_LAYER.flow);
    expect(flow.type).toBe('symbol');
    expect(flow.layout?.['symbol-placement']).toBe('line');
    expect(flow.layout?.['text-keep-upright']).toBe(false);
    expect(flow.layout?.['text-font']).toEqual(['Noto Sans Regular']);
    expect(COMMODITY_STYLE.gas.chevron).toBe('›');
    expect(COMMODITY_STYLE.oil.chevron).not.toBe(COMMODITY_STYLE.gas.chevron);
  });

  it('highlights on hover through feature-state and takes clicks on a wide invisible line', () => {
    expect(JSON.stringify(layer(ENERGY_LAYER.highlight).paint?.['line-width'])).toContain('feature-state');
    const hit = layer(ENERGY_LAYER.hit);
    expect(hit.paint?.['line-opacity']).toBe(0);
    expect(hit.paint?.['line-width']).toBeGreaterThanOrEqual(3 * Math.max(COMMODITY_STYLE.gas.width, COMMODITY_STYLE.oil.width));
    expect(layers.at(-1)?.id).toBe(ENERGY_LAYER.facilityHit);
    expect(ENERGY_INTERACTIVE_LAYERS).toEqual([ENERGY_LAYER.hit, ENERGY_LAYER.facilityHit]);
    const { sources } = energyOverlays('http://localhost/data');
    expect(sources[ENERGY_SOURCE.pipelines]).toMatchObject({ promoteId: 'id', data: 'http://localhost/data/pipelines.geojson' });
  });

  it('gives every site kind its own shape and tells gas from oil by more than colour', () => {
    const glyphs = Object.values(FACILITY_MARKERS).map((m) => m.glyph);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    for (const f of facilities.features) expect(FACILITY_MARKERS[f.properties.kind], f.properties.id).toBeDefined();
    expect(COMMODITY_STYLE.gas.width).not.toBe(COMMODITY_STYLE.oil.width);
  });

  it('show only in the 1945–today era, read in each layer\'s opacity', () => {
    const opacityKey = (l: LayerSpecification) => `${l.type === 'symbol' ? 'text' : l.type}-opacity`;
    for (const era of ERA_IDS) {
      for (const l of layers) {
        const key = opacityKey(l);
        const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`][key];
        const global = { era, ...energyStateFor(era), energyYear: 9999, energyShowUnbuilt: true, selectedEnergy: '' };
        const parsed = createPropertyExpression(layer(l.id).paint?.[key] ?? spec.default, key, spec, global);
        if (parsed.result !== 'success') throw new Error(`${l.id} ${key}: ${JSON.stringify(parsed.value)}`);
        const value = parsed.value.evaluate({ zoom: 6, globalState: global } as never, { type: 2, properties: { status: 'operating', commodity: 'gas', kind: 'lng-plant' } } as never);
        const hidden = l.id === ENERGY_LAYER.hit || l.id === ENERGY_LAYER.facilityHit;
        if (era === '1945' && !hidden) expect(value, `${l.id} in ${era}`).toBeGreaterThan(0);
        else expect(value, `${l.id} in ${era}`).toBe(0);
      }
    }
    expect(energyShownIn('1945')).toBe(true);
    expect(energyShownIn('1905')).toBe(false);
    expect(energyShownIn(undefined)).toBe(false);
  });

  it('never re-tiles on an era switch: the era is read in no filter, no layout and no per-feature paint value', () => {
    const readsEra = (v: unknown) => /\["global-state","(era|energyShown)"\]/.test(JSON.stringify(v ?? null));
    let eraReaders = 0;
    for (const l of layers) {
      const spec = layer(l.id);
      expect(readsEra(spec.filter), `${l.id} filter`).toBe(false);
      expect(readsEra(spec.layout), `${l.id} layout`).toBe(false);
      for (const [key, value] of Object.entries(spec.paint ?? {})) {
        if (!readsEra(value)) continue;
        eraReaders++;
        const s = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`][key];
        const parsed = createPropertyExpression(value, key, s, { era: '1945' });
        if (parsed.result !== 'success') throw new Error(`${l.id} ${key}`);
        // 'constant' or 'camera': evaluated once per frame; 'source' or 'composite' would re-tile.
        expect(['constant', 'camera'], `${l.id} ${key}`).toContain(parsed.value.kind);
      }
    }
    expect(eraReaders).toBe(layers.length - 2);
  });

  // Regression: symbol layers reading `era` made every era switch redo symbol placement
  // (6.8 ms median per switch in bench/era-switch against 2.5 ms for a no-op write).
  it('keeps the era out of the symbol layers, which follow energyShown instead', () => {
    for (const l of layers.filter((x) => x.type === 'symbol')) {
      const paint = JSON.stringify(layer(l.id).paint ?? {});
      expect(paint, l.id).not.toContain('["global-state","era"]');
      expect(paint, l.id).toContain('["global-state","energyShown"]');
    }
    expect(energyStateFor('1945')).toEqual({ energyShown: true });
    expect(energyStateFor('1875')).toEqual({ energyShown: false });
  });

  it('fades unbuilt sites through their colour, keeping the glyph', () => {
    const color = JSON.stringify(layer(ENERGY_LAYER.facilityMarkers).paint?.['text-color']);
    expect(color).toContain(`rgba(194, 65, 12, ${UNBUILT_ALPHA})`);
    expect(UNBUILT_ALPHA).toBeLessThan(1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest, validateStyleMin, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { inServiceBy, type FacilityCollection, type PipelineCollection } from './model.ts';
import {
  COMMODITY_STYLE, ENERGY_INTERACTIVE_LAYERS, ENERGY_LAYER, ENERGY_SOURCE, ENERGY_STATE, FACILITY_MARKERS, STATUS_STYLE,
  ENERGY_NAME, OFF_ERA_STATE, UNBUILT_ALPHA, YEAR_FILTER, energyLayers, energyOverlays, energyShownIn,
} from './layers.ts';
import { ERA_IDS, type EraId } from '../../geo/eras.ts';
import { createMapSync } from '../../map/sync.ts';
import { createAtlasStore } from '../../state/store.ts';
import { energyFeature } from './index.ts';
import { FLOW_LINE_WIDTH_PX, FLOW_PATTERN } from './flow-pattern.ts';
import { MARKER_SHAPES, markerImageId } from '../../map/marker-shapes.ts';
import { INITIAL_VIEW } from '../../map/ids.ts';
import { evaluatePaint } from '../../map/testing/evaluate-paint.ts';

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

/** A layer's paint value for one feature, evaluated as MapLibre would at zoom 6. */
function evalPaint(id: string, key: string, props: Record<string, unknown>): unknown {
  const globalState = { era: '1945', energyYear: 9999, energyShowUnbuilt: true, selectedEnergy: '' };
  return evaluatePaint(layer(id), key, props, { zoom: 6, globalState });
}

describe('energy layers', () => {
  it('validate against the MapLibre style spec', () => {
    expect(validateStyleMin(style()).map((e) => e.message)).toEqual([]);
  });

  it('draw each status with its own dash pattern: proposed dashed, cancelled faded, operating solid', () => {
    // Solid: no dash pattern at all.
    expect((layer(ENERGY_LAYER.operating) as { paint?: Record<string, unknown> }).paint?.['line-dasharray']).toBeUndefined();
    for (const status of ['proposed', 'under-construction', 'cancelled'] as const) {
      const props = { status, commodity: 'gas' };
      expect(evalPaint(ENERGY_LAYER.unfinished, 'line-dasharray', props), status).toEqual(STATUS_STYLE[status].dash);
      // The status fades through the colour's alpha; the layer's opacity is only the era gate.
      expect(evalPaint(ENERGY_LAYER.unfinished, 'line-color', props), status).toMatchObject({ a: STATUS_STYLE[status].opacity });
    }
    expect(evalPaint(ENERGY_LAYER.operating, 'line-color', { status: 'operating', commodity: 'oil' })).toMatchObject({ a: STATUS_STYLE.operating.opacity });
    for (const id of [ENERGY_LAYER.unfinished, ENERGY_LAYER.operating]) {
      expect(layer(id).paint?.['line-opacity']).toEqual(['case', ['==', ['global-state', 'era'], '1945'], 1, 0]);
    }
    expect(STATUS_STYLE.cancelled.opacity).toBeLessThan(0.5);
    const patterns = Object.values(STATUS_STYLE).map((s) => s.dash.join(','));
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('puts every pipeline in exactly one of the two line layers', () => {
    const statusLayers = [ENERGY_LAYER.operating, ENERGY_LAYER.unfinished];
    for (const f of pipelines.features) {
      const hits = statusLayers.filter((id) => passes(layer(id).filter, f.properties as never, {}));
      expect(hits, f.properties.id).toEqual([f.properties.status === 'operating' ? ENERGY_LAYER.operating : ENERGY_LAYER.unfinished]);
    }
    expect(pipelines.features.filter((f) => f.properties.status === 'proposed').map((f) => f.properties.id)).toEqual(['sakhalin-hokkaido']);
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

  it('shows the direction of flow with a chevron pattern laid along the line, one chevron for gas and two for oil', () => {
    const flow = layer(ENERGY_LAYER.flow);
    expect(flow.type).toBe('line');
    expect(flow.paint?.['line-pattern']).toEqual(['match', ['get', 'commodity'], 'oil', FLOW_PATTERN.oil, FLOW_PATTERN.gas]);
    // The pattern's height is drawn as the line's width: the two must agree or the chevrons stretch.
    expect(flow.paint?.['line-width']).toBe(FLOW_LINE_WIDTH_PX);
    expect(flow.paint?.['line-offset']).toEqual(layer(ENERGY_LAYER.operating).paint?.['line-offset']);
    expect(flow.paint?.['line-offset']).toEqual(layer(ENERGY_LAYER.unfinished).paint?.['line-offset']);
    // Not in the opening view of the whole frontier, where they crowded every corridor.
    expect(flow.minzoom).toBeGreaterThan(INITIAL_VIEW.zoom);
    expect(flow.minzoom).toBeLessThanOrEqual(5);
    expect(COMMODITY_STYLE.gas.chevrons).toBe(1);
    expect(COMMODITY_STYLE.oil.chevrons).toBe(2);
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
    const shapes = Object.values(FACILITY_MARKERS).map((m) => m.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(MARKER_SHAPES[shape], shape).toBeDefined();
    const image = JSON.stringify(layer(ENERGY_LAYER.facilityMarkers).layout?.['icon-image']);
    for (const [kind, m] of Object.entries(FACILITY_MARKERS)) expect(image).toContain(`"${kind}","${markerImageId(m.shape)}"`);
    for (const f of facilities.features) expect(FACILITY_MARKERS[f.properties.kind], f.properties.id).toBeDefined();
    expect(COMMODITY_STYLE.gas.width).not.toBe(COMMODITY_STYLE.oil.width);
  });

  it('show only in the 1945–today era, read in each layer\'s opacity', () => {
    const opacityKey = (l: LayerSpecification) => `${l.id === ENERGY_LAYER.facilityMarkers ? 'icon' : l.type === 'symbol' ? 'text' : l.type}-opacity`;
    for (const era of ERA_IDS) {
      for (const l of layers) {
        const key = opacityKey(l);
        const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`][key];
        const global = { era, energyYear: 9999, energyShowUnbuilt: true, selectedEnergy: '' };
        const parsed = createPropertyExpression(layer(l.id).paint?.[key] ?? spec.default, key, spec, global);
        if (parsed.result !== 'success') throw new Error(`${l.id} ${key}: ${JSON.stringify(parsed.value)}`);
        // The symbol layers follow the era through the feature state that followEnergyEra sets.
        const featureState = { [OFF_ERA_STATE]: !energyShownIn(era) };
        const value = parsed.value.evaluate({ zoom: 6, globalState: global } as never, { type: 2, properties: { status: 'operating', commodity: 'gas', kind: 'lng-plant' } } as never, featureState);
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
    // Every layer but the two invisible hit targets and the two symbol layers.
    expect(eraReaders).toBe(layers.length - 4);
  });

  // Regression: a symbol layer whose paint reads global state makes MapLibre redo the placement
  // of every label when that state changes. Symbol layers reading the era (or a flag set on
  // crossing 1945) cost a crossing switch 6.8 ms against 2.7 ms without (scripts/era-prof.mts).
  it('keeps global state out of the symbol layers, which follow the era through feature state', () => {
    const symbols = layers.filter((x) => x.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual([ENERGY_LAYER.facilityMarkers, ENERGY_LAYER.facilityLabels]);
    for (const l of symbols) {
      const paint = JSON.stringify(layer(l.id).paint ?? {});
      const reads = [...paint.matchAll(/\["global-state","(\w+)"\]/g)].map((m) => m[1]);
      // The selection may be read: it changes on a click, not on an era switch.
      expect(reads.filter((k) => k !== 'selectedEnergy'), l.id).toEqual([]);
      expect(paint, l.id).toContain(`["feature-state","${OFF_ERA_STATE}"]`);
    }
  });

  it('sets the sites\' feature state when, and only when, the era crosses into or out of 1945–today', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const map = {
      getSource: () => ({ getData: async () => facilities }),
      setFeatureState: (f: { id?: string | number }, state: Record<string, unknown>) => { calls.push([String(f.id), state]); },
      setGlobalStateProperty: () => undefined,
      removeFeatureState: () => undefined,
      on: () => undefined, off: () => undefined,
    };
    const sync = createMapSync(map as never);
    const show = (era: EraId) => sync.apply(energyFeature.picture!(createAtlasStore({ core: { era } }).getState()));
    show('1905');
    await new Promise((r) => setTimeout(r, 0));
    // The map opened on 1905: every site is hidden as soon as the ids are known.
    expect(calls.map(([id]) => id).sort()).toEqual(facilities.features.map((f) => f.properties.id).sort());
    expect(calls.every(([, s]) => s[OFF_ERA_STATE] === true)).toBe(true);
    calls.length = 0;
    show('1855');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([]);
    show('1945');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(facilities.features.length);
    expect(calls.every(([, s]) => s[OFF_ERA_STATE] === false)).toBe(true);
  });

  it('fades unbuilt sites through their colour, keeping the shape', () => {
    const color = JSON.stringify(layer(ENERGY_LAYER.facilityMarkers).paint?.['icon-color']);
    expect(color).toContain(`rgba(194, 65, 12, ${UNBUILT_ALPHA})`);
    expect(UNBUILT_ALPHA).toBeLessThan(1);
  });

  it('labels a site in the map\'s language, in English where it has no such name', () => {
    expect(layer(ENERGY_LAYER.facilityLabels).layout?.['text-field']).toBe(ENERGY_NAME);
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).layout_symbol['text-field'];
    const site = { name: 'Chayanda gas field', name_ja: 'チャヤンダ・ガス田', name_ru: 'Чаяндинское газовое месторождение' };
    const label = (lang: string, properties: Record<string, string>) => {
      const parsed = createPropertyExpression(ENERGY_NAME, 'text-field', spec, { lang });
      if (parsed.result !== 'success') throw new Error('text-field');
      return String(parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties } as never));
    };
    expect(['en', 'ja', 'ru'].map((l) => label(l, site))).toEqual(['Chayanda gas field', 'チャヤンダ・ガス田', 'Чаяндинское газовое месторождение']);
    expect(label('ja', { name: 'Chayanda gas field' })).toBe('Chayanda gas field');
  });
});

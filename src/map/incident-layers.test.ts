import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { INCIDENT_TYPES } from '../geo/incidents.ts';
import { INCIDENT_LAYER, INCIDENT_MARKERS, INCIDENT_SOURCE, INCIDENT_STATE, incidentLayers, incidentSource } from './incident-layers.ts';

const fontFaces = { 'Noto Sans Regular': [{ url: 'http://localhost/fonts/a.woff2', 'unicode-range': ['U+0000-00FF'] }] };

describe('incident layers', () => {
  const layers = incidentLayers();
  const style = {
    version: 8, state: INCIDENT_STATE, 'font-faces': fontFaces,
    sources: { [INCIDENT_SOURCE]: incidentSource('http://localhost/data/incidents.geojson') },
    layers,
  } as unknown as StyleSpecification;

  it('are valid against the MapLibre style specification', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('cluster the source at low zoom only', () => {
    const src = incidentSource({ type: 'FeatureCollection', features: [] });
    expect(src.cluster).toBe(true);
    expect(src.clusterMaxZoom).toBeLessThan(8);
    expect(layers.map((l) => l.id)).toEqual(Object.values(INCIDENT_LAYER));
  });

  it('give every type its own shape, not only its own colour', () => {
    expect(Object.keys(INCIDENT_MARKERS).sort()).toEqual([...INCIDENT_TYPES].sort());
    const glyphs = INCIDENT_TYPES.map((t) => INCIDENT_MARKERS[t].glyph);
    expect(new Set(glyphs).size).toBe(INCIDENT_TYPES.length);
    expect(glyphs.every((g) => [...g].length === 1)).toBe(true);
    const markers = layers.find((l) => l.id === INCIDENT_LAYER.markers)!;
    const field = JSON.stringify((markers as { layout: Record<string, unknown> }).layout['text-field']);
    for (const t of INCIDENT_TYPES) expect(field).toContain(`"${t}","${INCIDENT_MARKERS[t].glyph}"`);
  });

  it('read the selection in paint, never in a filter, so selecting does not re-tile the source', () => {
    const filters = JSON.stringify(layers.map((l) => (l as { filter?: unknown }).filter));
    expect(filters).not.toContain('global-state');
    const ring = layers.find((l) => l.id === INCIDENT_LAYER.selected)!;
    expect(JSON.stringify((ring as { paint: unknown }).paint)).toContain('"global-state","selectedIncident"');
  });

  // Regression: ※ was first chosen for earthquakes; Noto Sans Latin's range claims U+2000–206F
  // but its file has no ※, so the marker would have drawn nothing.
  it('draw every glyph from a Noto Sans JP file, outside the ranges of the Latin and Cyrillic files', () => {
    const require = createRequire(import.meta.url);
    const ranges = (pkg: string, pick: RegExp) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), '400.css'), 'utf8')
      .split('@font-face').slice(1).filter((b) => pick.test(b))
      .flatMap((b) => (/unicode-range:\s*([^;]+);/.exec(b)?.[1] ?? '').split(',').map((r) => r.trim()));
    const covers = (list: string[], cp: number) => list.some((r) => {
      const [a, b] = r.replace(/^U\+/i, '').split('-');
      return cp >= parseInt(a, 16) && cp <= parseInt(b ?? a, 16);
    });
    const sans = ranges('@fontsource/noto-sans', /-(latin|latin-ext|cyrillic)-400-normal/);
    const jp = ranges('@fontsource/noto-sans-jp', /-400-normal/);
    for (const t of INCIDENT_TYPES) {
      const cp = INCIDENT_MARKERS[t].glyph.codePointAt(0)!;
      expect(covers(sans, cp), `${t} ${INCIDENT_MARKERS[t].glyph}`).toBe(false);
      expect(covers(jp, cp), `${t} ${INCIDENT_MARKERS[t].glyph}`).toBe(true);
    }
  });
});

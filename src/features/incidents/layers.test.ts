import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { INCIDENT_TYPES } from './model.ts';
import { INCIDENT_LAYER, INCIDENT_MARKERS, INCIDENT_SOURCE, INCIDENT_STATE, incidentLayers, incidentSource } from './layers.ts';
import { MARKER_SHAPES, markerImageId } from '../../map/marker-shapes.ts';

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
    const shapes = INCIDENT_TYPES.map((t) => INCIDENT_MARKERS[t].shape);
    expect(new Set(shapes).size).toBe(INCIDENT_TYPES.length);
    for (const shape of shapes) expect(MARKER_SHAPES[shape], shape).toBeDefined();
    const markers = layers.find((l) => l.id === INCIDENT_LAYER.markers)!;
    const image = JSON.stringify((markers as { layout: Record<string, unknown> }).layout['icon-image']);
    for (const t of INCIDENT_TYPES) expect(image).toContain(`"${t}","${markerImageId(INCIDENT_MARKERS[t].shape)}"`);
  });

  it('read the selection in paint, never in a filter, so selecting does not re-tile the source', () => {
    const filters = JSON.stringify(layers.map((l) => (l as { filter?: unknown }).filter));
    expect(filters).not.toContain('global-state');
    const ring = layers.find((l) => l.id === INCIDENT_LAYER.selected)!;
    expect(JSON.stringify((ring as { paint: unknown }).paint)).toContain('"global-state","selectedIncident"');
  });
});

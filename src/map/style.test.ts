import { describe, expect, it } from 'vitest';
import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { buildStyle, LABEL_TEXT, TOWN_NAMED_IN_ERA } from './style.ts';
import { LAYER } from './ids.ts';

const fontFaces = { 'Noto Sans Regular': [{ url: 'http://localhost/fonts/a.woff2', 'unicode-range': ['U+0000-00FF'] }] };

describe('the base style', () => {
  const style = buildStyle({ dataUrl: 'http://localhost/data', fontFaces, lang: 'ja' });

  it('is valid against the MapLibre style specification', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('names no glyph, sprite or tile server, and every URL is the app’s own', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    const external = urls.filter((u) => !u.startsWith('http://localhost/') && !u.startsWith('https://www.openstreetmap.org/copyright'));
    expect(external).toEqual([]);
  });

  it('draws land, inland water, coastline and the four kinds of label', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of [LAYER.land, LAYER.coastline, LAYER.labelIsland, LAYER.labelSea, LAYER.labelStrait, LAYER.labelTown]) {
      expect(ids).toContain(id);
    }
    // Labels are drawn last, above every overlay.
    expect(ids.indexOf(LAYER.labelIsland)).toBeGreaterThan(ids.indexOf(LAYER.coastline));
  });

  it('starts in the requested language and picks the name from it', () => {
    expect(style.state?.lang).toEqual({ default: 'ja' });
    expect(JSON.stringify(LABEL_TEXT)).toContain('global-state');
  });

  it('puts overlay layers above the land and below the labels', () => {
    const s = buildStyle({
      dataUrl: 'http://localhost/data', fontFaces, lang: 'en',
      overlays: { sources: { x: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [{ id: 'x-fill', type: 'fill', source: 'x' }] },
    });
    const ids = s.layers.map((l) => l.id);
    expect(ids.indexOf('x-fill')).toBeGreaterThan(ids.indexOf(LAYER.land));
    expect(ids.indexOf('x-fill')).toBeLessThan(ids.indexOf(LAYER.labelIsland));
    expect(validateStyleMin(s)).toEqual([]);
  });
});

describe('town names by era', () => {
  const towns = (JSON.parse(readFileSync(new URL('../../public/data/labels.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string; kind: string; named?: number } }[];
  }).features.filter((f) => f.properties.kind === 'town');
  /** The town's opacity in an era, as MapLibre evaluates the layer's expression. */
  const opacity = (era: string, properties: Record<string, unknown>) => {
    const e = createExpression(TOWN_NAMED_IN_ERA, 'paint.text-opacity', latest.paint_symbol['text-opacity'] as unknown as Parameters<typeof createExpression>[2], { era });
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom: 6 }, { type: 'Point', properties, geometry: [] } as never);
  };

  it('hides the names the Soviet administration gave after 1945 before 1945–today, and no other town', () => {
    const renamed = towns.filter((f) => f.properties.named).map((f) => f.properties.id).sort();
    expect(renamed).toEqual(['kholmsk', 'korsakov', 'kurilsk', 'malokurilskoye', 'poronaysk', 'severo-kurilsk', 'yuzhno-kurilsk', 'yuzhno-sakhalinsk']);
    for (const f of towns) {
      for (const era of ['1855', '1875', '1905']) expect(opacity(era, f.properties), `${f.properties.id} in ${era}`).toBe(f.properties.named ? 0 : 1);
      expect(opacity('1945', f.properties), `${f.properties.id} in 1945`).toBe(1);
    }
  });

  it('draws the town layer with that opacity for both its dot and its name', () => {
    const style = buildStyle({ dataUrl: 'http://localhost/data', fontFaces, lang: 'en' });
    const town = style.layers.find((l) => l.id === LAYER.labelTown) as { paint: Record<string, unknown> };
    expect(town.paint['text-opacity']).toEqual(TOWN_NAMED_IN_ERA);
    expect(town.paint['icon-opacity']).toEqual(TOWN_NAMED_IN_ERA);
  });
});


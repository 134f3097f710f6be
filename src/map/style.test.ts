import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, LABEL_TEXT } from './style.ts';
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

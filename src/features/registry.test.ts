import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../map/style.ts';
import { CLICK_ORDER, FEATURES, mapParts, TABS } from './registry.ts';

const fontFaces = { 'Noto Sans Regular': [{ url: 'http://localhost/fonts/a.woff2' }] };

describe('the style the registry gives the map', () => {
  it('validates whole, as the app builds it: the map itself does not check it (validateStyle: false)', () => {
    const dataUrl = 'http://localhost/data';
    const parts = mapParts(dataUrl);
    const whole = buildStyle({ dataUrl, fontFaces, lang: 'ru', overlays: parts, state: parts.state });
    expect(whole.layers.length).toBeGreaterThan(40);
    expect(validateStyleMin(whole).map((e) => e.message)).toEqual([]);
  });

  it('lists each feature once, ranks the clicks incidents, energy, islands, and orders the tabs', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CLICK_ORDER.map((c) => c.id)).toEqual(['incidents', 'energy', 'islands']);
    expect(TABS.map((t) => t.id)).toEqual(['island', 'incidents', 'borders', 'sea', 'energy', 'measure', 'import']);
  });

  it('draws the measurements above the incidents, and the incidents above the labels', () => {
    const parts = mapParts('http://localhost/data');
    const style = buildStyle({ dataUrl: 'http://localhost/data', fontFaces, lang: 'en', overlays: parts, state: parts.state });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('incident-markers')).toBeGreaterThan(ids.indexOf('label-island'));
    expect(Math.max(...parts.top.map((l) => ids.indexOf(l.id)))).toBe(ids.length - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { ERA_IDS } from '../../geo/eras.ts';
import { evaluatePaint } from '../../map/testing/evaluate-paint.ts';
import { BORDER_DASH, ERA_COLORS, ERA_LAYER, ERA_PATTERN, ERA_STATE, eraLayers, eraOverlays, eraPatterns, hatchPattern } from './layers.ts';
import { createMapSync } from '../../map/sync.ts';
import { createAtlasStore } from '../../state/store.ts';
import { erasFeature } from './index.ts';

function styleWith(): StyleSpecification {
  const { sources, layers } = eraOverlays('http://localhost/data');
  return { version: 8, state: { ...ERA_STATE }, sources, layers } as StyleSpecification;
}

function pixel(img: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const i = (y * img.width + x) * 4;
  return [...img.data.slice(i, i + 4)];
}

describe('the era layers', () => {
  it('are valid against the MapLibre style specification, with the era global state', () => {
    expect(validateStyleMin(styleWith()).map((e) => e.message)).toEqual([]);
    expect(ERA_STATE.era.default).toBe('1945');
  });

  it('read the era only in paint, never in a filter, so a switch reloads no data', () => {
    for (const l of eraLayers()) {
      expect(JSON.stringify('filter' in l ? l.filter : null), l.id).not.toContain('global-state');
      expect(JSON.stringify(l.paint), l.id).toContain('global-state');
      const paint = l.paint as Record<string, unknown>;
      const opacity = Object.keys(paint).find((k) => k.endsWith('-opacity'))!;
      expect(paint[`${opacity}-transition`], l.id).toEqual({ duration: 400, delay: 0 });
    }
  });

  it('have land and one border layer (sea and land borders) for every era, and the two hatch layers', () => {
    const ids = eraLayers().map((l) => l.id);
    for (const era of ERA_IDS) expect(ids).toEqual(expect.arrayContaining([ERA_LAYER.land(era), ERA_LAYER.border(era)]));
    expect(ids).toEqual(expect.arrayContaining([ERA_LAYER.jointHatch, ERA_LAYER.claimHatch, ERA_LAYER.claimOutline]));
    // Lines above every fill.
    const lastFill = Math.max(...eraLayers().map((l, i) => (l.type === 'fill' ? i : -1)));
    expect(eraLayers().slice(lastFill + 1).every((l) => l.type === 'line')).toBe(true);
  });

  it('dash the sea borders and draw the land border solid, thicker and opaque', () => {
    const border = eraLayers().find((l) => l.id === ERA_LAYER.border('1905'))!;
    const sea = { era: '1905', kind: 'sea' }, land = { era: '1905', kind: 'land' };
    expect(evaluatePaint(border, 'line-dasharray', sea)).toEqual([3, 2]);
    // Solid: a dash with no gap.
    expect(evaluatePaint(border, 'line-dasharray', land)).toEqual(BORDER_DASH.land);
    expect(BORDER_DASH.land[1]).toBe(0);
    expect(evaluatePaint(border, 'line-width', sea)).toBe(2);
    expect(evaluatePaint(border, 'line-width', land)).toBe(2.5);
    expect(evaluatePaint(border, 'line-color', sea)).toMatchObject({ a: 0.9 });
    expect(evaluatePaint(border, 'line-color', land)).toMatchObject({ a: 1 });
  });

  it('use hatching, not colour alone, for joint and claimed land', () => {
    const byId = new Map(eraLayers().map((l) => [l.id, l]));
    expect((byId.get(ERA_LAYER.jointHatch)!.paint as Record<string, unknown>)['fill-pattern']).toBe(ERA_PATTERN.joint);
    expect((byId.get(ERA_LAYER.claimHatch)!.paint as Record<string, unknown>)['fill-pattern']).toBe(ERA_PATTERN.claim);
  });

  it('switch era with one global-state write', () => {
    const calls: unknown[][] = [];
    const map = { setGlobalStateProperty: (...a: unknown[]) => { calls.push(a); }, on: () => undefined, off: () => undefined };
    const sync = createMapSync(map as never, { alreadyShows: erasFeature.picture!(createAtlasStore().getState()) });
    sync.apply(erasFeature.picture!(createAtlasStore({ core: { era: '1905' } }).getState()));
    sync.apply(erasFeature.picture!(createAtlasStore({ core: { era: '1905' } }).getState()));
    expect(calls).toEqual([['era', '1905']]);
  });
});

describe('hatchPattern', () => {
  it('paints diagonal stripes that tile: the pattern repeats across the tile edge', () => {
    const img = hatchPattern({ size: 8, width: 2, colors: ['#D55E00'] });
    expect(img.data).toHaveLength(8 * 8 * 4);
    expect(pixel(img, 0, 0)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(pixel(img, 1, 0)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(pixel(img, 2, 0)).toEqual([0, 0, 0, 0]);
    // Along an anti-diagonal x + y = const the colour is the same, also where it wraps.
    expect(pixel(img, 7, 1)).toEqual(pixel(img, 0, 0));
    expect(pixel(img, 3, 5)).toEqual(pixel(img, 0, 0));
  });

  it('alternates the colours of the joint hatch', () => {
    const img = eraPatterns()[ERA_PATTERN.joint];
    const hex = (p: number[]) => `#${p.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(hex(pixel(img, 0, 0))).toBe(ERA_COLORS.japan);
    expect(hex(pixel(img, 12, 0))).toBe(ERA_COLORS.russia);
    expect(pixel(img, 8, 0)[3]).toBe(0);
  });

  it('supplies the two hatch images to a missing-image resolver, once, and nothing else', () => {
    const provided = [ERA_PATTERN.joint, ERA_PATTERN.claim, 'some-other-icon'].map((id) => erasFeature.images!.provide(id));
    expect(provided.map((p) => p?.image.width ?? null)).toEqual([24, 20, null]);
    expect(erasFeature.images!.early).toEqual(Object.values(ERA_PATTERN));
  });

  it('refuses sizes that do not divide into the colours', () => {
    expect(() => hatchPattern({ size: 9, width: 2, colors: ['#000000', '#ffffff'] })).toThrow();
  });
});

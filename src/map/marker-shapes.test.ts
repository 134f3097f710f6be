import { describe, expect, it } from 'vitest';
import { MARKER_PIXEL_RATIO, MARKER_RADIUS_PX, MARKER_SHAPES, markerImage, markerImageId, markerSvgParts, shapeDistance, shapeOfImageId, type MarkerShape } from './marker-shapes.ts';

const SHAPES = Object.keys(MARKER_SHAPES) as MarkerShape[];
const alphaAt = (img: ReturnType<typeof markerImage>, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3] / 255;

describe('marker shapes', () => {
  it('measure signed distance: negative inside, zero on the outline, positive outside', () => {
    expect(shapeDistance('square', [0, 0])).toBeCloseTo(-0.78, 6);
    expect(shapeDistance('square', [0.78, 0])).toBeCloseTo(0, 6);
    expect(shapeDistance('square', [1, 0])).toBeCloseTo(0.22, 6);
    // An outline shape is hollow: its middle is outside.
    expect(shapeDistance('diamond-open', [0, 0])).toBeGreaterThan(0.3);
    expect(shapeDistance('bullseye', [0, 0])).toBeLessThan(0);
    expect(shapeDistance('bullseye', [0.55, 0])).toBeGreaterThan(0);
  });

  it('draw SDF images with the outline at alpha 0.75 and nothing at the image edge', () => {
    for (const shape of SHAPES) {
      const img = markerImage(shape);
      expect(img.width).toBe(img.height);
      expect(img.data).toHaveLength(img.width * img.height * 4);
      let ink = 0;
      for (let i = 0; i < img.width * img.height; i++) if (img.data[i * 4 + 3] / 255 >= 0.75) ink++;
      expect(ink, shape).toBeGreaterThan(50);
      // The halo needs the field to reach zero inside the image, or its square edge would show.
      for (let i = 0; i < img.width; i++) {
        for (const [x, y] of [[i, 0], [0, i], [i, img.height - 1], [img.width - 1, i]]) expect(alphaAt(img, x, y), shape).toBe(0);
      }
    }
    // The square's outline runs 0.78 radii from the middle: alpha crosses 0.75 there.
    const img = markerImage('square');
    const mid = img.width / 2;
    const edge = Math.round(mid + 0.78 * MARKER_RADIUS_PX * MARKER_PIXEL_RATIO);
    expect(alphaAt(img, edge - 2, mid)).toBeGreaterThan(0.75);
    expect(alphaAt(img, edge + 2, mid)).toBeLessThan(0.75);
    expect(alphaAt(img, mid, mid)).toBe(1);
  });

  it('tells the shapes apart in their images', () => {
    const keys = SHAPES.map((s) => Array.from(markerImage(s).data.filter((_, i) => i % 4 === 3), (a) => (a >= 191 ? 1 : 0)).join(''));
    expect(new Set(keys).size).toBe(SHAPES.length);
  });

  it('name their images so that the resolver knows its own', () => {
    for (const shape of SHAPES) expect(shapeOfImageId(markerImageId(shape))).toBe(shape);
    expect(shapeOfImageId('era-hatch-joint')).toBeUndefined();
    expect(shapeOfImageId('marker-toString')).toBeUndefined();
  });

  it('give SVG paths of the same geometry: filled parts closed, stroked parts with a width', () => {
    expect(markerSvgParts('square')).toEqual([{ d: 'M-0.78 -0.78L0.78 -0.78L0.78 0.78L-0.78 0.78Z' }]);
    const x = markerSvgParts('circled-x');
    expect(x).toHaveLength(3);
    expect(x.every((p) => p.strokeWidth === 0.22)).toBe(true);
    expect(x[0].d.endsWith('Z')).toBe(true);
    expect(x[1].d.endsWith('Z')).toBe(false);
  });
});

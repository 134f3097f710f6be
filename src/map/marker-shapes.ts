/**
 * The marker shapes of the map (incident types, energy site kinds), defined once as geometry
 * and drawn two ways: as signed-distance images for MapLibre's `icon-image` (so `icon-color`
 * and `icon-halo-*` colour them, as text glyphs would be), and as SVG paths for the legends and
 * lists. Drawn ourselves rather than taken from a font: the font's geometric glyphs cost the
 * first view five Japanese font files and a round of glyph rasterizing.
 *
 * Coordinates are in a unit box, -1..1 on both axes, y pointing down (as in images and SVG).
 */

import { planarSegmentDistance } from '../geo/planar.ts';
import type { RgbaImage } from './rgba-image.ts';

export type Pt = readonly [number, number];

/**
 * A shape is a union of parts: filled polygons, stroked polylines, and discs and rings about the
 * middle (exact circles, and cheap to measure).
 */
export type ShapePart =
  | { fill: readonly Pt[] }
  | { stroke: readonly Pt[]; closed?: boolean; width: number }
  | { disc: number }
  | { ring: number; width: number };

function star(points: number, outer: number, inner: number): Pt[] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const r = i % 2 ? inner : outer;
    return [r * Math.cos(a), r * Math.sin(a)] as const;
  });
}

function wave(y: number): Pt[] {
  return Array.from({ length: 25 }, (_, i) => {
    const x = -0.9 + (1.8 * i) / 24;
    return [x, y - 0.22 * Math.sin((x + 0.9) * Math.PI * 1.1)] as const;
  });
}

const DIAMOND: Pt[] = [[0, -1], [0.85, 0], [0, 1], [-0.85, 0]];

export const MARKER_SHAPES = {
  square: [{ fill: [[-0.78, -0.78], [0.78, -0.78], [0.78, 0.78], [-0.78, 0.78]] }],
  'triangle-up': [{ fill: [[0, -0.95], [0.95, 0.72], [-0.95, 0.72]] }],
  'triangle-down': [{ fill: [[0, 0.95], [-0.95, -0.72], [0.95, -0.72]] }],
  circle: [{ disc: 0.82 }],
  diamond: [{ fill: DIAMOND }],
  'diamond-open': [{ stroke: DIAMOND.map(([x, y]) => [x * 0.88, y * 0.88] as const), closed: true, width: 0.3 }],
  cross: [
    { fill: [[-0.28, -0.95], [0.28, -0.95], [0.28, 0.95], [-0.28, 0.95]] },
    { fill: [[-0.95, -0.28], [0.95, -0.28], [0.95, 0.28], [-0.95, 0.28]] },
  ],
  star: [{ fill: star(5, 1, 0.42) }],
  bullseye: [{ ring: 0.78, width: 0.24 }, { disc: 0.34 }],
  'circled-x': [
    { ring: 0.8, width: 0.22 },
    { stroke: [[-0.52, -0.52], [0.52, 0.52]], width: 0.22 },
    { stroke: [[0.52, -0.52], [-0.52, 0.52]], width: 0.22 },
  ],
  waves: [{ stroke: wave(-0.32), width: 0.26 }, { stroke: wave(0.38), width: 0.26 }],
} as const satisfies Record<string, readonly ShapePart[]>;

export type MarkerShape = keyof typeof MARKER_SHAPES;

/** The id of a shape's image in the map's style. */
export const markerImageId = (shape: MarkerShape) => `marker-${shape}`;

/** The shape an image id names, or undefined for any other image. */
export function shapeOfImageId(id: string): MarkerShape | undefined {
  const name = id.startsWith('marker-') ? id.slice('marker-'.length) : '';
  return Object.hasOwn(MARKER_SHAPES, name) ? (name as MarkerShape) : undefined;
}

function inside(p: Pt, ring: readonly Pt[]): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

function edgesDistance(p: Pt, points: readonly Pt[], closed: boolean): number {
  let d = Infinity;
  const n = closed ? points.length : points.length - 1;
  for (let i = 0; i < n; i++) d = Math.min(d, planarSegmentDistance(p, points[i], points[(i + 1) % points.length]));
  return d;
}

/**
 * Signed distance from `p` to a shape, in unit-box units: negative inside, positive outside.
 *
 * @example
 * shapeDistance('square', [0, 0]); // -0.78
 */
export function shapeDistance(shape: MarkerShape, p: Pt): number {
  let d = Infinity;
  for (const part of MARKER_SHAPES[shape] as readonly ShapePart[]) d = Math.min(d, partDistance(part, p));
  return d;
}

function partDistance(part: ShapePart, p: Pt): number {
  if ('disc' in part) return Math.hypot(p[0], p[1]) - part.disc;
  if ('ring' in part) return Math.abs(Math.hypot(p[0], p[1]) - part.ring) - part.width / 2;
  if ('fill' in part) return (inside(p, part.fill) ? -1 : 1) * edgesDistance(p, part.fill, true);
  return edgesDistance(p, part.stroke, part.closed ?? false) - part.width / 2;
}

/** Half the drawn size of a marker at `icon-size` 1, in CSS pixels. */
export const MARKER_RADIUS_PX = 10;
/** Device pixels per CSS pixel of the marker images. */
export const MARKER_PIXEL_RATIO = 2;
/**
 * Room round the shape for the halo, in CSS pixels. MapLibre's SDF shader puts the edge at alpha
 * 0.75 and loses 1/8 of alpha per pixel outward, so the field reaches zero 6 px out; one more
 * pixel keeps shapes that touch the unit box clear of the image edge.
 */
const PAD_PX = 7;

/**
 * A shape as a signed-distance image for `addImage(id, image, { sdf: true })`: alpha 0.75 on
 * the outline, 1/8 less per CSS pixel outward and more inward, in the alpha channel.
 */
/** The side of a marker image in CSS pixels at `icon-size` 1: its collision box. */
export const MARKER_IMAGE_PX = 2 * (MARKER_RADIUS_PX + PAD_PX);

export function markerImage(shape: MarkerShape): RgbaImage {
  const css = MARKER_IMAGE_PX;
  const size = css * MARKER_PIXEL_RATIO;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixel centre in CSS pixels from the middle, then in unit-box units.
      const cx = (x + 0.5) / MARKER_PIXEL_RATIO - css / 2;
      const cy = (y + 0.5) / MARKER_PIXEL_RATIO - css / 2;
      const dPx = shapeDistance(shape, [cx / MARKER_RADIUS_PX, cy / MARKER_RADIUS_PX]) * MARKER_RADIUS_PX;
      const alpha = Math.max(0, Math.min(1, 0.75 - dPx / 8));
      const i = (y * size + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

const num = (v: number) => Number(v.toFixed(3)).toString();
const pathOf = (points: readonly Pt[], closed: boolean) =>
  `M${points.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}${closed ? 'Z' : ''}`;

/** A circle about the middle as an SVG path: two half-circle arcs. */
const circlePath = (r: number) => `M${num(r)} 0A${num(r)} ${num(r)} 0 1 0 ${num(-r)} 0A${num(r)} ${num(r)} 0 1 0 ${num(r)} 0Z`;

/** A shape as SVG elements' attributes, in the unit box (viewBox "-1 -1 2 2"). */
export function markerSvgParts(shape: MarkerShape): { d: string; strokeWidth?: number }[] {
  return (MARKER_SHAPES[shape] as readonly ShapePart[]).map((part) => {
    if ('disc' in part) return { d: circlePath(part.disc) };
    if ('ring' in part) return { d: circlePath(part.ring), strokeWidth: part.width };
    if ('fill' in part) return { d: pathOf(part.fill, true) };
    return { d: pathOf(part.stroke, part.closed ?? false), strokeWidth: part.width };
  });
}

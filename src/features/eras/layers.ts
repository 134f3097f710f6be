/**
 * The border-era layers: land by holder, border lines by kind, the joint-Sakhalin and claim
 * hatching. The chosen era is the `era` global state; every layer shows one era and reads the
 * state only in its opacity, so `setEra` re-evaluates a few paint values and cross-fades the
 * colours. A filter on global state would make MapLibre re-tile the sources on every switch.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { DEFAULT_ERA, ERA_IDS, type EraId, type Holder } from '../../geo/eras.ts';
import { hexRgb, type RgbaImage } from '../../map/rgba-image.ts';
import { PALETTE, STATE_COLORS } from '../../map/palette.ts';

export const ERA_SOURCE = { land: 'era-land', borders: 'era-borders', claims: 'era-claims' } as const;

/** Layer ids; the per-era ones end in the era id (`era-land-1905`). */
export const ERA_LAYER = {
  land: (era: EraId) => `era-land-${era}`,
  /** Sea and land borders of the era in one layer. */
  border: (era: EraId) => `era-border-${era}`,
  jointHatch: 'era-joint-hatch',
  claimHatch: 'era-claim-hatch',
  claimOutline: 'era-claim-outline',
  claimAsJapan: 'era-claim-as-japan',
  /** Japan's position from 1945 on: its border in the Vries (Friz) Strait, the 1855 line. */
  japanPositionBorder: 'era-border-japan-position',
} as const;

/** Images the hatch layers use; the map gets them from `eraPatternResolver`. */
export const ERA_PATTERN = { joint: 'era-hatch-joint', claim: 'era-hatch-claim' } as const;

/** The global state the era layers read, with its default, for the style's `state`. */
export const ERA_STATE = { era: { default: DEFAULT_ERA } } as const;

/**
 * Okabe–Ito colours, told apart with the common colour-vision deficiencies: vermillion for
 * Japan, blue for Russia, reddish purple under the two-colour hatch of undivided land.
 */
export const ERA_COLORS: Record<Holder, string> & { border: string; claim: string } = {
  japan: STATE_COLORS.japan,
  russia: STATE_COLORS.russia,
  joint: '#CC79A7',
  border: '#000000',
  claim: '#D55E00',
};

/** Fill opacity of the land of the chosen era: a tint over the base land, so coasts stay legible. */
export const LAND_OPACITY = 0.55;
/** A short cross-fade when the era changes. */
export const ERA_TRANSITION_MS = 400;

const transition = { duration: ERA_TRANSITION_MS, delay: 0 };

/**
 * The colour Japan's land shows in: its tint at LAND_OPACITY over the base land, mixed here so
 * that the four islands can be drawn opaque in it over their Russian tint (Japan's position).
 */
export function japanLandShown(): string {
  const [r1, g1, b1] = hexRgb(ERA_COLORS.japan);
  const [r0, g0, b0] = hexRgb(PALETTE.land);
  const mix = (a: number, b: number) => Math.round(a * LAND_OPACITY + b * (1 - LAND_OPACITY)).toString(16).padStart(2, '0');
  return `#${mix(r1, r0)}${mix(g1, g0)}${mix(b1, b0)}`;
}

/**
 * In 1945–today, by point of view: `on` when the `pov` global state is one of `povs`, else 0.
 * Read per frame like `whenEra`.
 */
function when1945Pov(povs: readonly string[], on: number): ExpressionSpecification {
  return ['case', ['all', ['==', ['global-state', 'era'], '1945'], ['in', ['global-state', 'pov'], ['literal', povs]]], on, 0];
}

/** `on` while `era` is the chosen era, else 0: read per frame, never per feature. */
function whenEra(era: EraId, on: number): ExpressionSpecification {
  return ['case', ['==', ['global-state', 'era'], era], on, 0];
}

export function eraSources(dataUrl: string): Record<string, SourceSpecification> {
  return {
    // The display encoding of eras.geojson: each piece's geometry once, its holder per era.
    [ERA_SOURCE.land]: { type: 'geojson', data: `${dataUrl}/era-tint.geojson` },
    [ERA_SOURCE.borders]: { type: 'geojson', data: `${dataUrl}/borders.geojson` },
    [ERA_SOURCE.claims]: { type: 'geojson', data: `${dataUrl}/claims.geojson` },
  };
}

/** The colour of a piece's holder in `era` (era-tint.geojson has `holder_1855` … per piece). */
function holderColor(era: EraId): ExpressionSpecification {
  return ['match', ['get', `holder_${era}`], 'japan', ERA_COLORS.japan, 'russia', ERA_COLORS.russia, ERA_COLORS.joint];
}

/** Border widths in pixels, the same at every zoom. */
const BORDER_WIDTH = { sea: 2, land: 2.5 } as const;
/** Sea borders a little translucent: their opacity is in the colour, so the layer's opacity is the era's alone. */
const BORDER_COLOR = { sea: `rgba(${hexRgb(ERA_COLORS.border).join(', ')}, 0.9)`, land: ERA_COLORS.border } as const;
/**
 * Dash patterns in line widths. The land border is solid: a dash with no gap, since a layer's
 * dash pattern is chosen per feature or not at all.
 */
export const BORDER_DASH = { sea: [3, 2], land: [1, 0] } as const;

/** The claim's outline width by zoom, in pixels. */
export const CLAIM_OUTLINE_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 2.2, 5.5, 1.6, 7, 0.8];

/** The paint of an era line: its colour, width and dash pattern (none for a solid line). */
function linePaint(opts: { color: string; width: number; dash: number[] | 'solid' }) {
  return {
    'line-color': opts.color,
    'line-width': opts.width,
    ...(opts.dash === 'solid' ? {} : { 'line-dasharray': opts.dash }),
  };
}

/** All era layers, bottom to top: land, hatching, then the border lines. */
export function eraLayers(): LayerSpecification[] {
  const land: LayerSpecification[] = ERA_IDS.map((era) => ({
    id: ERA_LAYER.land(era), type: 'fill', source: ERA_SOURCE.land,
    // No antialiasing: Sakhalin's two pieces meet at 50°N, and blended edges would draw a seam.
    paint: { 'fill-color': holderColor(era), 'fill-antialias': false, 'fill-opacity': whenEra(era, LAND_OPACITY), 'fill-opacity-transition': transition },
  }));
  const hatch: LayerSpecification[] = [
    {
      // No antialiased outline on the hatches: it needs a shader program of its own (a compile
      // the first view pays for in software WebGL), and the stripes have no edge worth smoothing.
      id: ERA_LAYER.jointHatch, type: 'fill', source: ERA_SOURCE.land,
      filter: ['==', ['get', 'holder_1855'], 'joint'],
      paint: { 'fill-pattern': ERA_PATTERN.joint, 'fill-antialias': false, 'fill-opacity': whenEra('1855', 1), 'fill-opacity-transition': transition },
    },
    {
      // Japan's position: the four islands in Japan's colour, over their Russian tint.
      id: ERA_LAYER.claimAsJapan, type: 'fill', source: ERA_SOURCE.claims,
      paint: { 'fill-color': japanLandShown(), 'fill-antialias': false, 'fill-opacity': when1945Pov(['japan'], 1), 'fill-opacity-transition': transition },
    },
    {
      // On the water today: Russian-held land under Japan's claim. Russia's position sees no claim, Japan's no Russian hold.
      id: ERA_LAYER.claimHatch, type: 'fill', source: ERA_SOURCE.claims,
      paint: { 'fill-pattern': ERA_PATTERN.claim, 'fill-antialias': false, 'fill-opacity': when1945Pov(['water'], 1), 'fill-opacity-transition': transition },
    },
    {
      // Thicker at small scales, where the islands are a few pixels wide and the hatching cannot
      // show: 2 px at the opening zoom, 0.8 px from zoom 7, where the stripes take over. A camera
      // value, evaluated once per frame; the dashes, in line widths, grow with it.
      id: ERA_LAYER.claimOutline, type: 'line', source: ERA_SOURCE.claims,
      layout: { 'line-cap': 'butt' },
      paint: {
        ...linePaint({ color: ERA_COLORS.claim, width: 0.8, dash: [2, 2] }),
        'line-width': CLAIM_OUTLINE_WIDTH,
        // Russia's position sees no claimed land to outline.
        'line-opacity': when1945Pov(['water', 'japan'], 1), 'line-opacity-transition': transition,
      },
    },
  ];
  // One line layer per era for both kinds of border, the kind picked per feature: half the
  // layers to draw while an era switch cross-fades, and half the opacities to re-read.
  const isSea: ExpressionSpecification = ['==', ['get', 'kind'], 'sea'];
  const lines: LayerSpecification[] = ERA_IDS.map((era): LayerSpecification => ({
    // Sea borders dashed: the treaties name straits, and the lines in them are approximate.
    id: ERA_LAYER.border(era), type: 'line', source: ERA_SOURCE.borders,
    filter: ['==', ['get', 'era'], era],
    layout: { 'line-cap': ['case', isSea, 'round', 'butt'], 'line-join': 'round' },
    paint: {
      'line-color': ['case', isSea, BORDER_COLOR.sea, BORDER_COLOR.land],
      'line-width': ['case', isSea, BORDER_WIDTH.sea, BORDER_WIDTH.land],
      'line-dasharray': ['case', isSea, ['literal', BORDER_DASH.sea], ['literal', BORDER_DASH.land]],
      'line-opacity': whenEra(era, 1), 'line-opacity-transition': transition,
    },
  }));
  // Japan's position from 1945 on: the border it holds to, through the Vries (Friz) Strait
  // between Iturup and Urup, where the 1855 treaty drew it (the same feature of borders.geojson).
  const japanPosition: LayerSpecification = {
    id: ERA_LAYER.japanPositionBorder, type: 'line', source: ERA_SOURCE.borders,
    filter: ['all', ['==', ['get', 'era'], '1855'], isSea],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': BORDER_COLOR.sea, 'line-width': BORDER_WIDTH.sea, 'line-dasharray': ['literal', BORDER_DASH.sea],
      'line-opacity': when1945Pov(['japan'], 1), 'line-opacity-transition': transition,
    },
  };
  return [...land, ...hatch, ...lines, japanPosition];
}

/** The sources and layers in the shape `buildStyle` takes as `overlays`. */
export function eraOverlays(dataUrl: string): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  return { sources: eraSources(dataUrl), layers: eraLayers() };
}


/**
 * A square tile of diagonal stripes that repeats seamlessly: pixel (x, y) belongs to stripe
 * floor(((x + y) mod size) / (size / colors.length)), which is painted over its first `width`
 * pixels only and transparent elsewhere. `size` must be a multiple of `colors.length`.
 *
 * @example
 * hatchPattern({ size: 16, width: 3, colors: ['#D55E00'] }); // one vermillion stripe per 16 px
 */
export function hatchPattern(opts: { size: number; width: number; colors: string[] }): RgbaImage {
  const { size, width, colors } = opts;
  const period = size / colors.length;
  if (!Number.isInteger(period) || width < 1 || width > period) throw new Error('hatchPattern: size must divide into the colours, and width fit in a stripe');
  const paint = colors.map((c) => [...hexRgb(c), 255]);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      if (d % period >= width) continue;
      data.set(paint[Math.floor(d / period)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Device pixels per CSS pixel of the hatch images: drawn at twice the resolution so they stay crisp on HiDPI. */
export const PATTERN_PIXEL_RATIO = 2;

/** The two hatch images: Japan and Russia stripes for undivided land, Japan stripes for the claim. */
export function eraPatterns(): Record<(typeof ERA_PATTERN)[keyof typeof ERA_PATTERN], RgbaImage> {
  return {
    [ERA_PATTERN.joint]: hatchPattern({ size: 24, width: 5, colors: [ERA_COLORS.japan, ERA_COLORS.russia] }),
    // Thin stripes: the claim marks Russian-held land, so Russia's blue should still dominate.
    [ERA_PATTERN.claim]: hatchPattern({ size: 20, width: 3, colors: [ERA_COLORS.claim] }),
  };
}

/**
 * The flow chevrons of the pipelines as a `line-pattern` image: a chevron with a white halo,
 * repeated along the line. MapLibre lays a line pattern from the line's first coordinate to its
 * last, so a chevron drawn pointing to +x points downstream. A line layer rather than symbols
 * along the line: symbol layers redo label placement whenever their paint changes, which an era
 * switch would pay for.
 */
import type { Commodity } from './model.ts';
import { planarSegmentDistance } from '../../geo/planar.ts';
import type { Pt } from '../../map/marker-shapes.ts';
import { hexRgb, type RgbaImage } from '../../map/rgba-image.ts';


/** Height of the pattern, which MapLibre draws as the line's width, in CSS pixels. */
export const FLOW_LINE_WIDTH_PX = 14;
/** Distance between chevrons along the line, in CSS pixels. */
export const FLOW_SPACING_PX = 72;
export const FLOW_PIXEL_RATIO = 2;

/**
 * One chevron, in CSS pixels: its arms reach `back` behind the tip and `half` either side of the
 * line, drawn `stroke` wide; oil's second chevron sits `gap` behind the first. The legends draw
 * the same chevron (src/features/energy/symbols.tsx).
 */
export const FLOW_CHEVRON = { back: 4.2, half: 4.4, stroke: 2.4, gap: 5 } as const;
const HALO_PX = 1.2;

/** Image ids in the style, one per commodity. */
export const FLOW_PATTERN = { gas: 'flow-gas', oil: 'flow-oil' } as const satisfies Record<Commodity, string>;


/** One chevron's two arms, tip at (tipX, mid-height), in CSS pixels. */
function chevron(tipX: number): [Pt, Pt][] {
  const y = FLOW_LINE_WIDTH_PX / 2;
  const { back, half } = FLOW_CHEVRON;
  return [[[tipX - back, y - half], [tipX, y]], [[tipX, y], [tipX - back, y + half]]];
}

/**
 * The pattern for one commodity: one chevron for gas, two for oil (as the map's legend says),
 * in `colour`, centred in a tile `FLOW_SPACING_PX` long.
 */
export function flowPattern(colour: string, chevrons: 1 | 2): RgbaImage {
  const w = FLOW_SPACING_PX * FLOW_PIXEL_RATIO;
  const h = FLOW_LINE_WIDTH_PX * FLOW_PIXEL_RATIO;
  const tip = FLOW_SPACING_PX / 2 + (chevrons === 2 ? 2.5 : 1.5);
  const arms = chevrons === 2 ? [...chevron(tip), ...chevron(tip - FLOW_CHEVRON.gap)] : chevron(tip);
  const [r, g, b] = hexRgb(colour);
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p: Pt = [(x + 0.5) / FLOW_PIXEL_RATIO, (y + 0.5) / FLOW_PIXEL_RATIO];
      const d = Math.min(...arms.map(([a, c]) => planarSegmentDistance(p, a, c))) - FLOW_CHEVRON.stroke / 2;
      // Coverage of the stroke and of stroke plus halo, antialiased over one CSS pixel.
      const ink = Math.max(0, Math.min(1, 0.5 - d));
      const halo = Math.max(0, Math.min(1, 0.5 - (d - HALO_PX)));
      if (halo === 0) continue;
      // Ink over white halo, as straight colour plus the union's alpha.
      const i = (y * w + x) * 4;
      const mix = ink / halo;
      data[i] = Math.round(r * mix + 255 * (1 - mix));
      data[i + 1] = Math.round(g * mix + 255 * (1 - mix));
      data[i + 2] = Math.round(b * mix + 255 * (1 - mix));
      data[i + 3] = Math.round(halo * 255);
    }
  }
  return { width: w, height: h, data };
}

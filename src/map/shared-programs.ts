/**
 * MapLibre compiles a shader program per layer type and per set of paint properties that vary
 * by feature: a line whose colour is one constant and a line whose colour is read per feature
 * need two programs. In software WebGL each compile costs the first view tens of milliseconds,
 * and the GPU process is already the busiest part of the page while the map loads.
 *
 * So the layers of the first view write their paint in one shape per layer type, and these
 * helpers turn a constant into that shape: a value "read per feature" that is the same for
 * every feature. Every line of the first view is drawn with a dash pattern (a solid line is
 * `SOLID_DASH`), its colour, width, offset and dashes per feature; every fill and every icon
 * likewise. `shared-programs.test.ts` holds the style to this.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * `value` as an expression of the feature: the same for every feature, but not a constant
 * to MapLibre, so the paint property is written per vertex like the other layers' of its type.
 *
 * @example
 * { 'line-color': perFeature('#000000') } // shares the program of a per-commodity colour
 */
export function perFeature(value: string | number | ExpressionSpecification): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value] as ExpressionSpecification;
}

/**
 * The dash pattern of a solid line drawn with the dashed lines' program: one dash with no gap.
 * Only with `line-cap: butt`: a round cap rounds every dash, and would notch the line where the
 * pattern repeats.
 */
export const SOLID_DASH: ExpressionSpecification = ['literal', [1, 0]];

/** A dash pattern (in line widths) read per feature, the same for every feature (see `perFeature`). */
export function perFeatureDash(dash: number[]): ExpressionSpecification {
  return perFeature(['literal', dash]);
}

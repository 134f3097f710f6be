/** The generated images of the map (hatches, flow chevrons, marker shapes) share one form. */

/** An RGBA image in the form `map.addImage` takes (straight, not premultiplied, alpha). */
export interface RgbaImage { width: number; height: number; data: Uint8Array }

/**
 * A `#rrggbb` colour as its three channels.
 *
 * @example
 * hexRgb('#D55E00'); // [213, 94, 0]
 */
export function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The scale bar of the picture and the print sheet, drawn on a 2D canvas over the map: a round
 * length (1, 2 or 5 × 10ⁿ km) measured on the ellipsoid along the bar's own row of the map, so
 * that it is right at the latitude it stands at (a Mercator map's scale changes with latitude).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { geodesicDistanceKm } from '../../geo/geodesic.ts';

/** A round length (1, 2 or 5 × 10ⁿ km) no longer than `maxKm`. */
export function niceKm(maxKm: number): number {
  const p = 10 ** Math.floor(Math.log10(maxKm));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= maxKm) ?? p;
}

/**
 * Draws the bar at the map's bottom left. `ctx` is in the map's CSS pixels, the map's top left at
 * (`x`, `y`); `mapHeight` is the map's height in those pixels.
 */
export function drawScaleBar(
  ctx: CanvasRenderingContext2D, map: MapLibreMap,
  at: { x: number; y: number; mapHeight: number; pad: number },
  label: (km: number) => string, font: string,
): void {
  const row = at.mapHeight - 22;
  const a = map.unproject([at.pad, row]);
  const b = map.unproject([at.pad + 100, row]);
  const kmPer100 = geodesicDistanceKm([a.lng, a.lat], [b.lng, b.lat]);
  if (!(kmPer100 > 0)) return;
  const km = niceKm(kmPer100 * 1.2);
  const px = (100 * km) / kmPer100;
  const text = label(km);
  const x = at.x + at.pad;
  const y = at.y + row;
  ctx.save();
  ctx.font = font;
  ctx.textBaseline = 'top';
  const lw = ctx.measureText(text).width;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 6, y - 18, Math.max(px, lw) + 12, 30);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText(text, x, y - 15);
  ctx.fillRect(x, y + 2, px, 2);
  ctx.fillRect(x, y - 3, 1.5, 7);
  ctx.fillRect(x + px - 1.5, y - 3, 1.5, 7);
  ctx.restore();
}

/**
 * The picture: the map's own canvas, drawn by MapLibre, framed on a 2D canvas with the title,
 * the legend, a scale bar, the attribution, the sources, the link and the date, all made in the
 * browser. Loaded on first use.
 *
 * The map's WebGL canvas is read right after a synchronous `map.redraw()`, in the same task,
 * while its drawing buffer still holds the frame: the map needs no `preserveDrawingBuffer`
 * (which would cost every frame). At 2× the main map itself renders at pixel ratio 2 for the
 * moment of the capture (`setPixelRatio`, then back): labels, lines and symbols are drawn at
 * twice the resolution, not upscaled.
 */
import type { SheetWords } from './print.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { geodesicDistanceKm } from '../../geo/geodesic.ts';
import { drawSymbol, type LegendRow } from './legend.ts';

export const FONT = "'Noto Sans', 'Noto Sans JP', sans-serif";
const INK = '#1a1a1a';
const MUTED = '#4a5561';
const PAPER = '#ffffff';
const PAD = 14;

/** The print sheet's words, and the scale bar's label (the picture has a scale bar, the sheet its map's own). */
export interface FrameWords extends SheetWords {
  /** A scale bar's label for a length in km. */
  km: (km: number) => string;
}

/** Waits for the bundled Noto faces to cover every text drawn (the browser loads subsets on demand). */
export async function fontsFor(texts: readonly string[]): Promise<void> {
  const all = texts.join(' ');
  await Promise.all(['400', '700'].flatMap((w) => ["'Noto Sans'", "'Noto Sans JP'"].map((f) => document.fonts.load(`${w} 14px ${f}`, all).catch(() => []))));
  await document.fonts.ready;
}

/** Splits text into lines no wider than `width`: at spaces where there are any, else between characters (Japanese). */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s*|\s+/gu) ?? [];
  for (const tok of tokens) {
    const next = line + tok;
    if (line && ctx.measureText(next.trimEnd()).width > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
      // A token wider than the line (a long address): cut it.
      while (ctx.measureText(line).width > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A round length (1, 2 or 5 × 10ⁿ km) no longer than `maxKm`. */
export function niceKm(maxKm: number): number {
  const p = 10 ** Math.floor(Math.log10(maxKm));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= maxKm) ?? p;
}

/** Copies the map's current frame into a 2D canvas context, drawn at (x, y) in `w` × `h`. */
export function drawMapFrame(map: MapLibreMap, ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  map.redraw();
  ctx.drawImage(map.getCanvas(), x, y, w, h);
}

/** Renders the map at `ratio` until idle, runs `take`, and puts the ratio back. */
async function atPixelRatio<T>(map: MapLibreMap, ratio: number, take: () => T): Promise<T> {
  const before = map.getPixelRatio();
  if (before === ratio) return take();
  const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  map.setPixelRatio(ratio);
  map.triggerRepaint();
  await idle;
  try {
    return take();
  } finally {
    map.setPixelRatio(before);
  }
}

/**
 * The picture as a PNG: the map at its size on screen × `scale`, the title above, the legend,
 * sources, attribution, link and date below, a scale bar on the map.
 */
export async function composeImage(map: MapLibreMap, scale: 1 | 2, words: FrameWords, legend: readonly LegendRow[]): Promise<Blob> {
  const box = map.getContainer().getBoundingClientRect();
  const W = Math.round(box.width);
  const H = Math.round(box.height);
  await fontsFor([words.title, words.legendHeading, words.sourcesHeading, ...words.sources, words.attribution, words.link, words.date, ...legend.map((r) => `${r.group ?? ''} ${r.label}`), words.km(1234567890)]);

  // Lay out the text first, on a scratch context, to know the frame's height.
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('no 2D canvas');
  const titleFont = `700 20px ${FONT}`;
  const bodyFont = `400 12px ${FONT}`;
  const boldFont = `700 12px ${FONT}`;
  scratch.font = titleFont;
  const titleLines = wrap(scratch, words.title, W - 2 * PAD);
  const titleH = PAD + titleLines.length * 26 + 6;

  const legendW = Math.min(340, Math.max(200, Math.floor(W * 0.4)));
  const textX = PAD + legendW + PAD * 2;
  const textW = Math.max(160, W - textX - PAD);
  scratch.font = bodyFont;
  const sourceLines = words.sources.flatMap((s) => wrap(scratch, s, textW));
  const tail = [words.attribution, words.link, words.date].flatMap((s) => wrap(scratch, s, textW));
  const ROW = 20;
  const groups = legend.reduce((n, r, i) => n + (r.group && r.group !== legend[i - 1]?.group ? 1 : 0), 0);
  const legendH = 18 + (legend.length + groups) * ROW;
  const textH = (sourceLines.length ? 18 + sourceLines.length * 16 + 8 : 0) + tail.length * 16;
  const footH = PAD + Math.max(legendH, textH) + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = W * scale;
  canvas.height = (titleH + H + footH) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, W, titleH + H + footH);

  // The map, captured at `scale` (its canvas is then W·scale × H·scale pixels).
  await atPixelRatio(map, scale, () => drawMapFrame(map, ctx, 0, titleH, W, H));

  // Title.
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = titleFont;
  titleLines.forEach((l, i) => ctx.fillText(l, PAD, PAD + i * 26));
  ctx.fillStyle = '#c9d1d9';
  ctx.fillRect(0, titleH - 1, W, 1);
  ctx.fillRect(0, titleH + H, W, 1);

  // Scale bar at the map's bottom left, measured on the ellipsoid along the bar's own row.
  const barY = titleH + H - 22;
  const yMap = H - 22;
  const a = map.unproject([PAD, yMap]);
  const b = map.unproject([PAD + 100, yMap]);
  const kmPer100 = geodesicDistanceKm([a.lng, a.lat], [b.lng, b.lat]);
  if (kmPer100 > 0) {
    const km = niceKm(kmPer100 * 1.2);
    const px = (100 * km) / kmPer100;
    const label = words.km(km);
    ctx.font = bodyFont;
    const lw = ctx.measureText(label).width;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(PAD - 6, barY - 18, Math.max(px, lw) + 12, 30);
    ctx.fillStyle = INK;
    ctx.fillText(label, PAD, barY - 15);
    ctx.fillRect(PAD, barY + 2, px, 2);
    ctx.fillRect(PAD, barY - 3, 1.5, 7);
    ctx.fillRect(PAD + px - 1.5, barY - 3, 1.5, 7);
  }

  // Legend.
  let y = titleH + H + PAD;
  ctx.fillStyle = INK;
  ctx.font = boldFont;
  ctx.fillText(words.legendHeading, PAD, y);
  y += 18;
  let group: string | null = null;
  for (const row of legend) {
    if (row.group && row.group !== group) {
      ctx.font = boldFont;
      ctx.fillStyle = MUTED;
      ctx.fillText(row.group, PAD, y + 3);
      y += ROW;
    }
    group = row.group;
    if (row.symbol) drawSymbol(ctx, row.symbol, PAD, y, 32, 16, FONT);
    ctx.font = bodyFont;
    ctx.fillStyle = INK;
    ctx.fillText(row.label, PAD + 40, y + 2, legendW - 40);
    y += ROW;
  }

  // Sources, attribution, link, date.
  y = titleH + H + PAD;
  if (sourceLines.length) {
    ctx.font = boldFont;
    ctx.fillText(words.sourcesHeading, textX, y);
    y += 18;
    ctx.font = bodyFont;
    for (const l of sourceLines) { ctx.fillText(l, textX, y); y += 16; }
    y += 8;
  }
  ctx.font = bodyFont;
  ctx.fillStyle = MUTED;
  for (const l of tail) { ctx.fillText(l, textX, y); y += 16; }

  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
}

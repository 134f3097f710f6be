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
import { drawSymbol, type LegendRow } from './legend.ts';
import { drawScaleBar } from './scale-bar.ts';

export const FONT = "'Noto Sans', 'Noto Sans JP', sans-serif";
const INK = '#1a1a1a';
const MUTED = '#4a5561';
const PAPER = '#ffffff';
const PAD = 14;

/** The picture's words: the print sheet's (the title, headings, sources, attribution, link, date and the scale bar's label). */
export type FrameWords = SheetWords;

/** Waits for the bundled Noto faces to cover every text drawn (the browser loads subsets on demand). */
export async function fontsFor(texts: readonly string[]): Promise<void> {
  const all = texts.join(' ');
  await Promise.all(['400', '700'].flatMap((w) => ["'Noto Sans'", "'Noto Sans JP'"].map((f) => document.fonts.load(`${w} 14px ${f}`, all).catch(() => []))));
  await document.fonts.ready;
}

/** Marks that never start a line in Japanese: closing punctuation and the long-vowel mark. */
const CLOSING = '、。，．：；！？）」』】〕・ー';
const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const TOKENS = new RegExp(`[${JAPANESE}][${CLOSING}]*|[${CLOSING}]+|[^\\s${JAPANESE}${CLOSING}]+[${CLOSING}]*\\s*|\\s+`, 'gu');
const STARTS_CLOSING = new RegExp(`^[${CLOSING}]`, 'u');

/** Splits text into lines no wider than `width`: at spaces where there are any, else between characters (Japanese). */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A Japanese character is a token of its own, with the closing marks and the long-vowel mark
  // after it (、。：」ー …), which never start a line, nor after Latin text ("（ODbL）。"); other
  // text breaks at spaces.
  const tokens = text.match(TOKENS) ?? [];
  for (const tok of tokens) {
    const next = line + tok;
    if (line && ctx.measureText(next.trimEnd()).width > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
      // A token wider than the line (a long address): cut it.
      while (ctx.measureText(line).width > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
        // A closing mark stays with what it closes, even in a cut.
        while (cut > 1 && STARTS_CLOSING.test(line.slice(cut))) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
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
  const LINE = 15;
  const groups = legend.reduce((n, r, i) => n + (r.group && r.group !== legend[i - 1]?.group ? 1 : 0), 0);
  // Each row's words wrapped to the legend's width, never squeezed.
  const labelLines = legend.map((r) => wrap(scratch, r.label, legendW - 40));
  const rowH = (lines: readonly string[]) => Math.max(ROW, lines.length * LINE + 5);
  const legendH = 18 + groups * ROW + labelLines.reduce((h, l) => h + rowH(l), 0);
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

  // Scale bar at the map's bottom left.
  drawScaleBar(ctx, map, { x: 0, y: titleH, mapHeight: H, pad: PAD }, words.km, bodyFont);

  // Legend.
  let y = titleH + H + PAD;
  ctx.fillStyle = INK;
  ctx.font = boldFont;
  ctx.fillText(words.legendHeading, PAD, y);
  y += 18;
  let group: string | null = null;
  for (const [i, row] of legend.entries()) {
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
    labelLines[i].forEach((l, k) => ctx.fillText(l, PAD + 40, y + 2 + k * LINE));
    y += rowH(labelLines[i]);
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

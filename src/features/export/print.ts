/**
 * The print sheet: one page with the title, the map, the legend and the sources, built just
 * before the browser prints (`beforeprint`, which Ctrl+P and the Print button both raise) and
 * removed after. The page's stylesheet (export.css, `@media print`) hides everything else.
 *
 * MapLibre's canvas is WebGL, and a WebGL canvas prints blank unless its drawing buffer is
 * preserved (which costs every frame); so the sheet carries a 2D copy of the map, taken right
 * after a synchronous redraw. Every word is set as text (`textContent`), never as HTML.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawSymbol, type LegendRow } from './legend.ts';
import { drawScaleBar } from './scale-bar.ts';

export interface SheetWords {
  title: string;
  legendHeading: string;
  sourcesHeading: string;
  sources: string[];
  attribution: string;
  link: string;
  date: string;
  /** A scale bar's label for a length in km. */
  km: (km: number) => string;
}

const SHEET = 'export-print';
const FONT = "'Noto Sans', 'Noto Sans JP', sans-serif";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The 2D copy of the map's current frame, at the map's pixel size, with a scale bar. */
export function mapSnapshot(map: MapLibreMap, km: SheetWords['km']): HTMLCanvasElement {
  const src = map.getCanvas();
  const c = el('canvas', `${SHEET}-map`);
  c.width = src.width;
  c.height = src.height;
  c.setAttribute('role', 'img');
  c.setAttribute('aria-label', map.getCanvas().getAttribute('aria-label') ?? '');
  map.redraw();
  const ctx = c.getContext('2d');
  if (ctx) {
    ctx.drawImage(src, 0, 0);
    // The bar in the map's CSS pixels, whatever the screen's pixel ratio.
    const k = src.width / (src.clientWidth || src.width);
    ctx.scale(k, k);
    drawScaleBar(ctx, map, { x: 0, y: 0, mapHeight: src.height / k, pad: 14 }, km, `400 12px ${FONT}`);
  }
  return c;
}

/** Replaces any sheet on the page with one for now. */
export function buildSheet(map: MapLibreMap, words: SheetWords, legend: readonly LegendRow[]): HTMLElement {
  removeSheet();
  const sheet = el('section', SHEET);
  sheet.append(el('h1', `${SHEET}-title`, words.title), mapSnapshot(map, words.km));
  const foot = el('div', `${SHEET}-foot`);
  const leg = el('div', `${SHEET}-legend`);
  leg.append(el('h2', '', words.legendHeading));
  const list = el('ul', '');
  let group: string | null = null;
  for (const row of legend) {
    if (row.group && row.group !== group) list.append(el('li', `${SHEET}-group`, row.group));
    group = row.group;
    const li = el('li', '');
    if (row.symbol) {
      const c = el('canvas', `${SHEET}-symbol`);
      const k = 3;
      c.width = 32 * k;
      c.height = 16 * k;
      const ctx = c.getContext('2d');
      if (ctx) { ctx.scale(k, k); drawSymbol(ctx, row.symbol, 0, 0, 32, 16, FONT); }
      li.append(c);
    }
    li.append(el('span', '', row.label));
    list.append(li);
  }
  leg.append(list);
  const text = el('div', `${SHEET}-text`);
  if (words.sources.length) {
    text.append(el('h2', '', words.sourcesHeading));
    const ul = el('ul', `${SHEET}-sources`);
    for (const s of words.sources) ul.append(el('li', '', s));
    text.append(ul);
  }
  for (const line of [words.attribution, words.link, words.date]) text.append(el('p', '', line));
  foot.append(leg, text);
  sheet.append(foot);
  document.body.append(sheet);
  return sheet;
}

export function removeSheet(): void {
  for (const s of Array.from(document.querySelectorAll(`body > .${SHEET}`))) s.remove();
}

/**
 * The legend of the picture and the print: read from the on-map legend (src/ui/map-legend.tsx),
 * which already lists what the map draws now from every feature's LegendItems, so the picture
 * can never name other symbols than the map's. Each row keeps its symbol element (an SVG, a
 * canvas swatch or the cluster's badge) and its words.
 */

export interface LegendRow { group: string | null; symbol: Element | null; label: string }

/** The rows of the on-map legend in `root` (its body need not be open). */
export function readLegend(root: ParentNode): LegendRow[] {
  const rows: LegendRow[] = [];
  const list = root.querySelector('.map-legend ul');
  if (!list) return rows;
  for (const item of Array.from(list.children)) {
    const groupName = item.querySelector(':scope > .map-legend-group-name');
    const inner = item.querySelectorAll(':scope > ul > li');
    const group = groupName?.textContent?.trim() || null;
    for (const li of inner.length ? Array.from(inner) : [item]) {
      const symbol = li.firstElementChild;
      const label = li.lastElementChild?.textContent?.trim() ?? '';
      if (label) rows.push({ group, symbol: symbol && symbol !== li.lastElementChild ? symbol : null, label });
    }
  }
  return rows;
}

const num = (el: Element, name: string, fallback: number): number => {
  const v = Number.parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : fallback;
};

/** The outline of one SVG shape as a Path2D, or null for elements it does not draw. */
function shapePath(el: Element): Path2D | null {
  const p = new Path2D();
  switch (el.tagName.toLowerCase()) {
    case 'path': return new Path2D(el.getAttribute('d') ?? '');
    case 'line': p.moveTo(num(el, 'x1', 0), num(el, 'y1', 0)); p.lineTo(num(el, 'x2', 0), num(el, 'y2', 0)); return p;
    case 'polyline':
    case 'polygon': {
      const xy = (el.getAttribute('points') ?? '').trim().split(/[\s,]+/).map(Number);
      for (let i = 0; i + 1 < xy.length; i += 2) (i ? p.lineTo : p.moveTo).call(p, xy[i], xy[i + 1]);
      if (el.tagName.toLowerCase() === 'polygon') p.closePath();
      return p;
    }
    case 'rect': p.rect(num(el, 'x', 0), num(el, 'y', 0), num(el, 'width', 0), num(el, 'height', 0)); return p;
    case 'circle': p.arc(num(el, 'cx', 0), num(el, 'cy', 0), num(el, 'r', 0), 0, 2 * Math.PI); return p;
    default: return null;
  }
}

/**
 * Draws a legend SVG onto a 2D canvas, shape by shape from its presentation attributes (fill,
 * stroke, widths, dashes, opacities, the viewBox). The legend's SVGs are a few paths and lines
 * written by the features' own code, so this small reader covers them; it is used rather than
 * loading the SVG as an image because that needs a data: or blob: image the page's
 * Content-Security-Policy would have to allow, and an image's decoding is not synchronous.
 */
export function drawSvg(ctx: CanvasRenderingContext2D, svg: Element, x: number, y: number, w: number, h: number): void {
  const width = num(svg, 'width', w);
  const height = num(svg, 'height', h);
  const vb = (svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).trim().split(/[\s,]+/).map(Number);
  // Fit into the box, keeping the aspect, centred.
  const k = Math.min(w / vb[2], h / vb[3]);
  ctx.save();
  ctx.translate(x + (w - vb[2] * k) / 2, y + (h - vb[3] * k) / 2);
  ctx.scale(k, k);
  ctx.translate(-vb[0], -vb[1]);
  const alpha = num(svg, 'opacity', 1);
  for (const el of Array.from(svg.querySelectorAll('path, line, polyline, polygon, rect, circle'))) {
    const path = shapePath(el);
    if (!path) continue;
    const fill = el.getAttribute('fill') ?? (el.tagName.toLowerCase() === 'line' || el.tagName.toLowerCase() === 'polyline' ? 'none' : '#000');
    const stroke = el.getAttribute('stroke') ?? 'none';
    if (fill !== 'none') {
      ctx.globalAlpha = alpha * num(el, 'fill-opacity', 1) * num(el, 'opacity', 1);
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke !== 'none') {
      ctx.globalAlpha = alpha * num(el, 'stroke-opacity', 1) * num(el, 'opacity', 1);
      ctx.strokeStyle = stroke;
      ctx.lineWidth = num(el, 'stroke-width', 1);
      const dash = el.getAttribute('stroke-dasharray');
      ctx.setLineDash(dash ? dash.trim().split(/[\s,]+/).map(Number) : []);
      ctx.lineCap = (el.getAttribute('stroke-linecap') as CanvasLineCap | null) ?? 'butt';
      ctx.lineJoin = (el.getAttribute('stroke-linejoin') as CanvasLineJoin | null) ?? 'miter';
      ctx.stroke(path);
    }
  }
  ctx.restore();
}

/** Draws a legend row's symbol in the box: an SVG, a swatch canvas, or a badge (the clusters' count). */
export function drawSymbol(ctx: CanvasRenderingContext2D, el: Element, x: number, y: number, w: number, h: number, font: string): void {
  if (el instanceof HTMLCanvasElement) {
    ctx.drawImage(el, x, y, w, h);
    return;
  }
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (svg) {
    drawSvg(ctx, svg, x, y, w, h);
    return;
  }
  // A badge drawn with CSS (the clusters' "3"): its colours as the page computes them.
  const style = getComputedStyle(el);
  const r = Math.min(w, h) / 2;
  ctx.save();
  ctx.beginPath();
  ctx.arc(x + w / 2, y + h / 2, r, 0, 2 * Math.PI);
  ctx.fillStyle = style.backgroundColor || '#37474f';
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = style.color || '#ffffff';
  ctx.font = `700 ${Math.round(r * 1.1)}px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(el.textContent?.trim() ?? '', x + w / 2, y + h / 2 + 0.5);
  ctx.restore();
}

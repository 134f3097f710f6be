/**
 * How MapLibre will bind each paint value of a layer to its shader: a uniform (`u`, one value per
 * draw, which a zoom- or state-only expression is too) or an attribute per vertex (`a`, read per
 * feature; `z`, per feature and zoom). Layers of one type whose bindings match share one shader
 * program; the style's test uses this to count the programs of the first view
 * (see shared-programs.ts). For the tests only: it reads the style spec, a development dependency.
 */
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

export type Binding = 'u' | 'a' | 'z';

const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

/** The binding of one paint property of `layer` (an unset property is a uniform). */
export function bindingOf(layer: LayerSpecification, key: string): Binding {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[key];
  if (value === undefined) return 'u';
  const spec = specs[`paint_${layer.type}`][key];
  const parsed = createPropertyExpression(value, key, spec, {});
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(parsed.value)}`);
  const kind = parsed.value.kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}

const PROPS: Record<string, string[]> = {
  line: ['line-color', 'line-width', 'line-offset', 'line-dasharray', 'line-blur', 'line-gap-width', 'line-opacity'],
  fill: ['fill-color', 'fill-outline-color', 'fill-opacity'],
  circle: ['circle-color', 'circle-radius', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width', 'circle-stroke-opacity', 'circle-blur'],
  icon: ['icon-color', 'icon-halo-color', 'icon-halo-width', 'icon-halo-blur', 'icon-opacity'],
  text: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity'],
  background: [],
};

/**
 * The shader programs a layer draws with, each as its name and the bindings of its paint
 * values: e.g. `lineSDF line-color:a line-width:a …`. The names follow MapLibre's drawing code
 * (a dashed line is `lineSDF`, a fill's antialiased edge is `fillOutline`).
 */
export function programsOf(layer: LayerSpecification): string[] {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
  const sig = (name: string, kind: string, resolve: (key: string) => string = (k) => k) =>
    [name, ...PROPS[kind].map((k) => `${k}:${bindingOf(layer, resolve(k))}`)].join(' ');
  switch (layer.type) {
    case 'line': {
      const name = paint['line-pattern'] ? 'linePattern' : paint['line-dasharray'] ? 'lineSDF' : 'line';
      return [sig(name, 'line')];
    }
    case 'fill': {
      const pattern = Boolean(paint['fill-pattern']);
      // An unset outline colour follows the fill colour, binding included.
      const outline = (k: string) => (k === 'fill-outline-color' && paint[k] === undefined ? 'fill-color' : k);
      const out = [sig(pattern ? 'fillPattern' : 'fill', 'fill', outline)];
      if (paint['fill-antialias'] !== false) out.push(sig(pattern ? 'fillOutlinePattern' : 'fillOutline', 'fill', outline));
      return out;
    }
    case 'symbol': {
      const out: string[] = [];
      if (layout['icon-image'] !== undefined) out.push(sig('symbolSDF', 'icon'));
      if (layout['text-field'] !== undefined) out.push(sig('symbolSDF', 'text'));
      return out;
    }
    case 'circle':
      return [sig('circle', 'circle')];
    default:
      return [layer.type];
  }
}

/** A paint value of `layer` for one feature, evaluated as MapLibre would (a plain value as is). */
export function evaluatePaint(
  layer: LayerSpecification, key: string, properties: Record<string, unknown>,
  opts: { zoom?: number; globalState?: Record<string, unknown> } = {},
): unknown {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[key];
  const spec = specs[`paint_${layer.type}`][key];
  const parsed = createPropertyExpression(value, key, spec, opts.globalState ?? {});
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(parsed.value)}`);
  const zoom = opts.zoom ?? 6;
  return parsed.value.evaluate({ zoom, globalState: opts.globalState ?? {} } as never, { type: 2, properties } as never);
}

/**
 * A paint value of a layer for one feature, evaluated with the style spec's public expression
 * API (`createPropertyExpression`), as MapLibre evaluates it. For the tests only: it reads the
 * style spec, a development dependency.
 */
import { createPropertyExpression, expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

/** A paint value of `layer` for one feature (a plain value as is). */
export function evaluatePaint(
  layer: LayerSpecification, key: string, properties: Record<string, unknown>,
  opts: { zoom?: number; globalState?: Record<string, unknown> } = {},
): unknown {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[key];
  if (!expression.isExpression(value)) return value;
  const spec = specs[`paint_${layer.type}`][key];
  const parsed = createPropertyExpression(value, key, spec, opts.globalState ?? {});
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(parsed.value)}`);
  const zoom = opts.zoom ?? 6;
  return parsed.value.evaluate({ zoom, globalState: opts.globalState ?? {} } as never, { type: 2, properties } as never);
}

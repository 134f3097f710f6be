/**
 * A map marker's shape as inline SVG, for legends and lists: the same geometry the map's marker
 * images are drawn from (src/map/marker-shapes.ts), with a white halo as on the map. Decorative:
 * the text beside it names the type.
 */
import { markerSvgParts, type MarkerShape } from '../map/marker-shapes.ts';

const HALO = 0.32;

export function MarkerGlyph(props: { shape: MarkerShape; colour: string; opacity?: number; size?: number; className?: string }) {
  const size = props.size ?? 14;
  const parts = markerSvgParts(props.shape);
  return (
    <svg className={props.className} width={size} height={size} viewBox="-1.3 -1.3 2.6 2.6" aria-hidden="true" focusable="false"
      data-shape={props.shape} opacity={props.opacity}>
      {parts.map((p, i) => (
        <path key={`h${i}`} d={p.d} fill={p.strokeWidth ? 'none' : '#ffffff'} stroke="#ffffff" strokeWidth={(p.strokeWidth ?? 0) + HALO} strokeLinejoin="round" />
      ))}
      {parts.map((p, i) => (
        <path key={i} d={p.d} fill={p.strokeWidth ? 'none' : props.colour} stroke={p.strokeWidth ? props.colour : 'none'}
          strokeWidth={p.strokeWidth} strokeLinejoin="round" />
      ))}
    </svg>
  );
}

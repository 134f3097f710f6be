/**
 * Small SVG samples of how the map draws energy: a line per commodity and status (its colour,
 * width, dash pattern and fade taken from the layer specs, so legend and map cannot drift apart),
 * the flow chevrons, and a site's marker. Decorative: the text beside them carries the meaning.
 */
import type { Commodity, EnergyStatus, FacilityKind } from './model.ts';
import { COMMODITY_STYLE, FACILITY_MARKERS, STATUS_STYLE, UNBUILT_ALPHA } from './layers.ts';
import { FLOW_CHEVRON } from './flow-pattern.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';

const W = 48;
const H = 14;

/** A stretch of line drawn as the map draws `commodity` with `status`; `chevrons` adds the flow marks. */
export function LineSample(props: { commodity: Commodity; status: EnergyStatus; chevrons?: boolean; width?: number }) {
  const c = COMMODITY_STYLE[props.commodity];
  const s = STATUS_STYLE[props.status];
  const w = props.width ?? W;
  // MapLibre measures dashes in line widths; SVG in pixels.
  const dash = s.dash.length ? s.dash.map((d) => d * c.width).join(' ') : undefined;
  return (
    <svg className="energy-sample" width={w} height={H} viewBox={`0 0 ${w} ${H}`} aria-hidden="true" focusable="false"
      data-commodity={props.commodity} data-status={props.status}>
      <line x1={2} y1={H / 2} x2={w - 2} y2={H / 2} stroke={c.colour} strokeWidth={c.width} strokeOpacity={s.opacity}
        strokeDasharray={dash} strokeLinecap={dash ? 'butt' : 'round'} />
      {props.chevrons && [w * 0.4, w * 0.75].flatMap((x) => Array.from({ length: c.chevrons }, (_, i) => x - i * FLOW_CHEVRON.gap)).map((x) => (
        // The chevron of the map's flow pattern: two arms meeting at the tip.
        <polyline key={x} points={`${x - FLOW_CHEVRON.back},${H / 2 - FLOW_CHEVRON.half} ${x},${H / 2} ${x - FLOW_CHEVRON.back},${H / 2 + FLOW_CHEVRON.half}`} fill="none"
          stroke={c.colour} strokeWidth={FLOW_CHEVRON.stroke} strokeLinejoin="round" />
      ))}
    </svg>
  );
}

/** The marker of a site kind, faded for a site that was never built. */
export function SiteGlyph(props: { kind: FacilityKind; status: EnergyStatus }) {
  const m = FACILITY_MARKERS[props.kind];
  const unbuilt = props.status === 'proposed' || props.status === 'cancelled';
  return (
    <span className="energy-sample energy-glyph" data-kind={props.kind}>
      <MarkerGlyph shape={m.shape} colour={m.colour} opacity={unbuilt ? UNBUILT_ALPHA : undefined} size={H + 4} />
    </span>
  );
}

/**
 * Small SVG samples of how the map draws energy: a line per commodity and status (its colour,
 * width, dash pattern and fade taken from the layer specs, so legend and map cannot drift apart),
 * the flow chevrons, and a site's glyph. Decorative: the text beside them carries the meaning.
 */
import type { Commodity, EnergyStatus, FacilityKind } from '../geo/energy.ts';
import { COMMODITY_STYLE, FACILITY_MARKERS, STATUS_STYLE, UNBUILT_ALPHA } from '../map/energy-layers.ts';

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
      {props.chevrons && [w * 0.35, w * 0.7].map((x) => (
        <text key={x} x={x} y={H / 2} fill={c.colour} stroke="#ffffff" strokeWidth={0.8} paintOrder="stroke"
          fontSize={16} fontWeight={700} textAnchor="middle" dominantBaseline="central">{c.chevron}</text>
      ))}
    </svg>
  );
}

/** The glyph of a site kind, faded for a site that was never built. */
export function SiteGlyph(props: { kind: FacilityKind; status: EnergyStatus }) {
  const m = FACILITY_MARKERS[props.kind];
  const unbuilt = props.status === 'proposed' || props.status === 'cancelled';
  return (
    <svg className="energy-sample energy-glyph" width={H + 4} height={H + 4} viewBox={`0 0 ${H + 4} ${H + 4}`} aria-hidden="true" focusable="false"
      data-kind={props.kind}>
      <text x={(H + 4) / 2} y={(H + 4) / 2} fill={m.colour} fillOpacity={unbuilt ? UNBUILT_ALPHA : 1} stroke="#ffffff" strokeWidth={1}
        paintOrder="stroke" fontSize={13} textAnchor="middle" dominantBaseline="central">{m.glyph}</text>
    </svg>
  );
}

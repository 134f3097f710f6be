/**
 * The key to the energy layers. Each row pairs a drawn sample with words, so commodity, status,
 * direction and site kind read without colour: gas and oil differ in width and chevron, statuses
 * in the dash pattern and the fade, sites in shape.
 */
import { COMMODITIES, ENERGY_STATUSES, FACILITY_KINDS, COMMODITY_LABEL, KIND_LABEL } from './model.ts';
import { COMMODITY_STYLE, STATUS_STYLE } from './layers.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';

const STATUS_HOW: Record<(typeof ENERGY_STATUSES)[number], string> = {
  operating: 'solid line',
  'under-construction': 'short dashes',
  proposed: 'long dashes',
  cancelled: 'faded dots',
};

export function EnergyLegend() {
  return (
    <section className="energy-legend" aria-labelledby="energy-legend-title">
      <h2 id="energy-legend-title">Key</h2>
      <ul>
        {COMMODITIES.map((c) => (
          <li key={c}>
            <LineSample commodity={c} status="operating" chevrons />
            <span>{COMMODITY_LABEL[c]}: {c === 'oil' ? 'thicker line' : 'thinner line'}, {COMMODITY_STYLE[c].chevrons === 2 ? 'double' : 'single'} chevrons point the way it flows</span>
          </li>
        ))}
        {ENERGY_STATUSES.map((s) => (
          <li key={s}>
            <LineSample commodity="gas" status={s} />
            <span>{STATUS_STYLE[s].label}: {STATUS_HOW[s]}</span>
          </li>
        ))}
        <li>
          <svg className="energy-sample" width={48} height={14} viewBox="0 0 48 14" aria-hidden="true" focusable="false">
            <line x1={4} y1={7} x2={44} y2={7} stroke="#ffd43b" strokeOpacity={0.75} strokeWidth={9} strokeLinecap="round" />
            <line x1={4} y1={7} x2={44} y2={7} stroke={COMMODITY_STYLE.gas.colour} strokeWidth={COMMODITY_STYLE.gas.width} />
          </svg>
          <span>Pale band: the line under the pointer, or the one whose panel is open</span>
        </li>
        {FACILITY_KINDS.map((k) => (
          <li key={k}>
            <SiteGlyph kind={k} status="operating" />
            <span>{KIND_LABEL[k]}</span>
          </li>
        ))}
        <li>
          <SiteGlyph kind="lng-plant" status="proposed" />
          <span>Faded glyph: a site planned but not built</span>
        </li>
      </ul>
    </section>
  );
}

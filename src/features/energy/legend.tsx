/**
 * The key to the energy layers. Each row pairs a drawn sample with words, so commodity, status,
 * direction and site kind read without colour: gas and oil differ in width and chevron, statuses
 * in the dash pattern and the fade, sites in shape.
 */
import { COMMODITIES, ENERGY_STATUSES, FACILITY_KINDS } from './model.ts';
import { COMMODITY_STYLE } from './layers.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';
import { useEnergyWords } from './use-energy-words.ts';

export function EnergyLegend() {
  const w = useEnergyWords();
  const { t } = w;
  return (
    <section className="energy-legend" aria-labelledby="energy-legend-title">
      <h2 id="energy-legend-title">{t('energy.legend.title')}</h2>
      <ul>
        {COMMODITIES.map((c) => (
          <li key={c}>
            <LineSample commodity={c} status="operating" chevrons />
            {/* Width and chevrons as COMMODITY_STYLE draws them: oil thicker with two, gas thinner with one. */}
            <span>{t(`energy.legend.commodity.${c}`)}</span>
          </li>
        ))}
        {ENERGY_STATUSES.map((s) => (
          <li key={s}>
            <LineSample commodity="gas" status={s} />
            <span>{t(`energy.legend.status.${s}`)}</span>
          </li>
        ))}
        <li>
          <svg className="energy-sample" width={48} height={14} viewBox="0 0 48 14" aria-hidden="true" focusable="false">
            <line x1={4} y1={7} x2={44} y2={7} stroke="#ffd43b" strokeOpacity={0.75} strokeWidth={9} strokeLinecap="round" />
            <line x1={4} y1={7} x2={44} y2={7} stroke={COMMODITY_STYLE.gas.colour} strokeWidth={COMMODITY_STYLE.gas.width} />
          </svg>
          <span>{t('energy.legend.highlight')}</span>
        </li>
        {FACILITY_KINDS.map((k) => (
          <li key={k}>
            <SiteGlyph kind={k} status="operating" />
            <span>{w.kind(k)}</span>
          </li>
        ))}
        <li>
          <SiteGlyph kind="lng-plant" status="proposed" />
          <span>{t('energy.legend.unbuiltSite')}</span>
        </li>
      </ul>
    </section>
  );
}

/** The energy's rows of the on-map legend: its lines and sites, drawn in 1945–today. */
import { useAtlas } from '../../state/react.tsx';
import { energyShownIn } from './layers.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';
import { useEnergyWords } from './use-energy-words.ts';

export function EnergyLegendItems() {
  const shown = useAtlas((s) => energyShownIn(s.era));
  const w = useEnergyWords();
  const { t } = w;
  if (!shown) return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">{t('energy.mapLegend.title')}</span>
      <ul>
      <li><LineSample commodity="gas" status="operating" chevrons /><span>{t('energy.mapLegend.gas')}</span></li>
      <li><LineSample commodity="oil" status="operating" chevrons /><span>{t('energy.mapLegend.oil')}</span></li>
      <li><LineSample commodity="gas" status="proposed" /><span>{t('energy.mapLegend.proposed')}</span></li>
      <li><SiteGlyph kind="lng-plant" status="operating" /><span>{t('energy.mapLegend.sites', { kind: w.kind('lng-plant') })}</span></li>
      </ul>
    </li>
  );
}

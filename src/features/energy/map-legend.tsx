/** The energy's rows of the on-map legend: its lines and sites, drawn in 1945–today. */
import { useAtlas } from '../../state/react.tsx';
import { energyShownIn } from './layers.ts';
import { COMMODITY_LABEL, KIND_LABEL } from './model.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';

export function EnergyLegendItems() {
  const shown = useAtlas((s) => energyShownIn(s.era));
  if (!shown) return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">Energy</span>
      <ul>
      <li><LineSample commodity="gas" status="operating" chevrons /><span>{COMMODITY_LABEL.gas} pipeline (thinner; chevrons show the flow)</span></li>
      <li><LineSample commodity="oil" status="operating" chevrons /><span>{COMMODITY_LABEL.oil} pipeline (thicker)</span></li>
      <li><LineSample commodity="gas" status="proposed" /><span>Proposed route (long dashes)</span></li>
      <li><SiteGlyph kind="lng-plant" status="operating" /><span>{KIND_LABEL['lng-plant']}; other sites by shape, in the Energy tab</span></li>
      </ul>
    </li>
  );
}

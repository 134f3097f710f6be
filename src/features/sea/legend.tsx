/** The sea's rows of the on-map legend: the zones, drawn from 1945 on. */
import { STATE_COLORS } from '../../map/palette.ts';
import { useAtlas } from '../../state/react.tsx';
import { LIMIT_WIDTH } from './layers.ts';
import { Swatch } from './section.tsx';

export function SeaLegendItems() {
  const era = useAtlas((s) => s.era);
  if (era !== '1945') return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">Sea zones</span>
      <ul>
      <li><Swatch fill={STATE_COLORS.japan} /><span>Japan’s territorial sea, 12 nautical miles (3 in two straits)</span></li>
      <li><Swatch fill={STATE_COLORS.russia} /><span>Russia’s territorial sea, 12 nautical miles</span></li>
      <li><Swatch line={LIMIT_WIDTH['contiguous-zone']} /><span>Contiguous zone limit, 24 miles (thin)</span></li>
      <li><Swatch line={LIMIT_WIDTH.eez} /><span>EEZ limit, 200 miles (medium)</span></li>
      <li><Swatch dashed /><span>Median line (dotted)</span></li>
      </ul>
    </li>
  );
}

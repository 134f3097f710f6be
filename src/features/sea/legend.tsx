/** The sea's rows of the on-map legend: the zones, drawn from 1945 on. */
import { STATE_COLORS } from '../../map/palette.ts';
import { useAtlas } from '../../state/react.tsx';
import { useT } from '../../i18n/provider.tsx';
import { LIMIT_WIDTH } from './layers.ts';
import { Swatch } from './section.tsx';

export function SeaLegendItems() {
  const era = useAtlas((s) => s.era);
  const t = useT();
  if (era !== '1945') return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">{t('sea.legend.group')}</span>
      <ul>
      <li><Swatch fill={STATE_COLORS.japan} /><span>{t('sea.legend.japanSea')}</span></li>
      <li><Swatch fill={STATE_COLORS.russia} /><span>{t('sea.legend.russiaSea')}</span></li>
      <li><Swatch line={LIMIT_WIDTH['contiguous-zone']} /><span>{t('sea.legend.contiguous')}</span></li>
      <li><Swatch line={LIMIT_WIDTH.eez} /><span>{t('sea.legend.eez')}</span></li>
      <li><Swatch dashed /><span>{t('sea.legend.median')}</span></li>
      </ul>
    </li>
  );
}

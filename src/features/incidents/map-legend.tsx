/** The incidents' rows of the on-map legend: a shape per type shown, and the clusters. */
import { useMemo } from 'react';
import { useAtlas } from '../../state/react.tsx';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import { INCIDENT_MARKERS } from './layers.ts';
import { INCIDENT_TYPES } from './model.ts';
import { visibleOf } from './state.ts';
import { useT } from '../../i18n/provider.tsx';
import { typeName } from './words.ts';

export function IncidentLegendItems() {
  const visible = useAtlas(visibleOf);
  const t = useT();
  const types = useMemo(() => new Set(visible.map((f) => f.properties.type)), [visible]);
  if (!visible.length) return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">{t('incidents.legend.group')}</span>
      <ul className="map-legend-columns">
        {INCIDENT_TYPES.filter((type) => types.has(type)).map((type) => (
          <li key={type}><MarkerGlyph shape={INCIDENT_MARKERS[type].shape} colour={INCIDENT_MARKERS[type].colour} size={15} /><span>{typeName(t, type)}</span></li>
        ))}
        <li><span className="map-legend-cluster" aria-hidden="true">3</span><span>{t('incidents.legend.cluster')}</span></li>
      </ul>
    </li>
  );
}

/** The incidents' rows of the on-map legend: a shape per type shown, and the clusters. */
import { useMemo } from 'react';
import { useAtlas } from '../../state/react.tsx';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import { INCIDENT_MARKERS } from './layers.ts';
import { INCIDENT_TYPES } from './model.ts';
import { visibleOf } from './state.ts';

export function IncidentLegendItems() {
  const visible = useAtlas(visibleOf);
  const types = useMemo(() => new Set(visible.map((f) => f.properties.type)), [visible]);
  if (!visible.length) return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">Incidents</span>
      <ul className="map-legend-columns">
        {INCIDENT_TYPES.filter((t) => types.has(t)).map((t) => (
          <li key={t}><MarkerGlyph shape={INCIDENT_MARKERS[t].shape} colour={INCIDENT_MARKERS[t].colour} size={15} /><span>{INCIDENT_MARKERS[t].label}</span></li>
        ))}
        <li><span className="map-legend-cluster" aria-hidden="true">3</span><span>Several: click to zoom in</span></li>
      </ul>
    </li>
  );
}

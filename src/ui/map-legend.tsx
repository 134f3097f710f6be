/**
 * The legend on the map: what the map draws now (the era, the point of view and the zoom decide),
 * each row a feature's own symbol beside words, so a reader can name every symbol without opening
 * a tab. Collapsible; a list a screen reader reads in order, headed by what it shows.
 */
import { useEffect, useId, useState, type ComponentType } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAtlas } from '../state/react.tsx';
import type { LegendProps } from './feature.ts';
import { POV_LABEL } from './pov-control.tsx';
import { useT } from '../i18n/provider.tsx';
import { readStored, writeStored } from './storage.ts';

const OPEN_KEY = 'kuril-atlas:legend-open';

/** The map's zoom to a tenth, updated when a move ends (legend rows change at whole zooms). */
function useZoom(map: MapLibreMap): number {
  const [zoom, setZoom] = useState(() => Math.round(map.getZoom() * 10) / 10);
  useEffect(() => {
    const update = () => setZoom(Math.round(map.getZoom() * 10) / 10);
    map.on('moveend', update);
    return () => { map.off('moveend', update); };
  }, [map]);
  return zoom;
}

export function MapLegend({ map, items, startOpen }: { map: MapLibreMap; items: readonly ComponentType<LegendProps>[]; startOpen: boolean }) {
  // The reader's last choice, else open where the map is wide enough to spare the room.
  const [open, setOpen] = useState(() => { const v = readStored(OPEN_KEY); return v === null ? startOpen : v === '1'; });
  const toggle = () => { setOpen(!open); writeStored(OPEN_KEY, open ? '0' : '1'); };
  const zoom = useZoom(map);
  const era = useAtlas((s) => s.era);
  const pov = useAtlas((s) => s.pov);
  const id = useId();
  const t = useT();
  return (
    <section className={`map-legend${open ? ' is-open' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="map-legend-title">
        {/* The name in one string: a hidden span's words would be joined to the visible ones with a space. */}
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={toggle} aria-label={`${t('app.legend.button')}${t('app.legend.what')}`}>
          {t('app.legend.button')}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        <p className="map-legend-now">{t('app.legend.era', { era })}{era === '1945' ? ` · ${t(POV_LABEL[pov])}` : ''}</p>
        <ul>
          {items.map((Items, i) => <Items key={i} zoom={zoom} />)}
        </ul>
      </div>
    </section>
  );
}

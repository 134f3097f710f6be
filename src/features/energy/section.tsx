/**
 * The Energy tab: the year filter, the key, the list of pipelines and sites (the keyboard's way to
 * their panels), the panel of the one chosen on the map or in the list, and the article's figures.
 * The filter and the selection live in the map's global state, so the layers follow them and a
 * return to the tab finds the filter as it was left.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { eraMeta, type EraId } from '../../geo/eras.ts';
import { ENERGY_ERA, ENERGY_STATE, energyShownIn } from './layers.ts';
import { bindEnergyEvents, selectEnergy, setEnergyFilter } from './interaction.ts';
import type { Notice } from '../../ui/notices.tsx';
import { pathToolOwnsClicks } from '../measure/interaction.ts';
import { useEnergyData } from './data.ts';
import { energyIndex, extentOf, shownCounts, shownFeatures, yearRange, type EnergyEntry } from './view.ts';
import { EnergyFilter } from './filter.tsx';
import { EnergyLegend } from './legend.tsx';
import { EnergyList } from './list.tsx';
import { EnergyPanel } from './panel.tsx';
import { EnergyContext } from './context.tsx';
import { EnergyTooltip } from './tooltip.tsx';

export interface EnergySectionProps {
  map: MapLibreMap | null;
  era: EraId;
  notify: (n: Notice) => void;
  /** Brings this tab forward when a pipeline or site is clicked on the map. */
  onActivate?: () => void;
}

interface Filter { year: number; showUnbuilt: boolean }

function readFilter(map: MapLibreMap | null): Filter {
  const s = map?.getGlobalState() ?? {};
  return {
    year: typeof s.energyYear === 'number' ? s.energyYear : ENERGY_STATE.energyYear.default,
    showUnbuilt: typeof s.energyShowUnbuilt === 'boolean' ? s.energyShowUnbuilt : ENERGY_STATE.energyShowUnbuilt.default,
  };
}

/** Brings a feature into view: the whole line, or the site at a regional zoom. */
function flyTo(map: MapLibreMap, entry: EnergyEntry): void {
  const [sw, ne] = extentOf(entry.feature.geometry);
  if (entry.type === 'facility') map.flyTo({ center: sw, zoom: Math.max(map.getZoom(), 7) });
  else map.fitBounds([sw, ne], { padding: 48, maxZoom: 8 });
}

const eraName = (era: EraId) => eraMeta(era).span;

export function EnergySection({ map, era, notify, onActivate }: EnergySectionProps) {
  const data = useEnergyData(notify, map !== null);
  const ready = data.kind === 'ready' ? data.data : null;
  const [filter, setFilter] = useState<Filter>(() => readFilter(map));
  // `focus`: opened from the list, so the panel takes focus; from the map, the pointer stays put.
  const [selected, setSelected] = useState<{ id: string; focus: boolean } | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);

  useEffect(() => { if (map) setFilter(readFilter(map)); }, [map]);

  useEffect(() => {
    if (!map) return;
    return bindEnergyEvents(map, {
      onHover: (id, at) => setHover(id && at ? { id, ...at } : null),
      onClick: (id) => { setSelected({ id, focus: false }); onActivate?.(); },
      enabled: () => !pathToolOwnsClicks(map),
    });
  }, [map]);

  // Sections get the map after its style has loaded (src/map/start-map.ts), so it takes state now.
  useEffect(() => { if (map) setEnergyFilter(map, filter.year, filter.showUnbuilt); }, [map, filter]);
  useEffect(() => { if (map) selectEnergy(map, selected?.id ?? null); }, [map, selected]);
  // When the section goes (with the app), the map's highlight goes with it.
  useEffect(() => () => { if (map) selectEnergy(map, null); }, [map]);

  const index = useMemo(() => (ready ? energyIndex(ready) : null), [ready]);
  const range = useMemo(() => (ready ? yearRange(ready) : null), [ready]);
  const shown = useMemo(() => (ready ? shownFeatures(ready, filter.year, filter.showUnbuilt) : null), [ready, filter]);
  const counts = useMemo(() => (ready ? shownCounts(ready, filter.year, filter.showUnbuilt) : null), [ready, filter]);
  const entry = selected && index ? index.get(selected.id) ?? null : null;
  const hovered = hover && index ? index.get(hover.id) : undefined;

  const open = useCallback((id: string) => {
    const e = index?.get(id);
    if (!e) return;
    setSelected({ id, focus: true });
    if (map) flyTo(map, e);
  }, [index, map]);

  const close = useCallback(() => {
    const id = selected?.id;
    setSelected(null);
    // Back to where the keyboard was, if the item is still listed.
    if (id) document.querySelector<HTMLButtonElement>(`.energy-list button[data-energy-id="${CSS.escape(id)}"]`)?.focus();
  }, [selected]);

  return (
    <div className="energy-section">
      {!energyShownIn(era) && (
        <p className="energy-era-note" role="status">
          Pipelines and energy sites are drawn on the map only in the {eraName(ENERGY_ERA)} era; it now shows the
          borders of {eraName(era)}. Choose {eraName(ENERGY_ERA)} to see them; the list, the panels and the figures below still work.
        </p>
      )}
      {data.kind === 'error' && <p className="energy-error" role="alert">{data.message}</p>}
      {entry && <EnergyPanel entry={entry} onClose={close} focus={selected?.focus ?? false} />}
      {range && (
        <EnergyFilter range={range} year={filter.year} showUnbuilt={filter.showUnbuilt} counts={counts}
          onChange={(year, showUnbuilt) => setFilter({ year, showUnbuilt })} />
      )}
      <EnergyLegend />
      {data.kind === 'loading' && <p role="status">Loading pipelines and sites…</p>}
      {shown && <EnergyList pipelines={shown.pipelines} facilities={shown.facilities} selected={selected?.id ?? null} onOpen={open} />}
      <EnergyContext />
      {map && hovered && hover && energyShownIn(era) && (
        <EnergyTooltip container={map.getContainer()} x={hover.x} y={hover.y} text={hovered.feature.properties.name} />
      )}
    </div>
  );
}

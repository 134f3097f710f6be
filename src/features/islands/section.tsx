/**
 * The Islands tab: pick an island from the list or click it on the map; hovering shows its
 * names in all three languages.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IslandCollection } from '../../geo/types.ts';
import { polygonAreaKm2 } from '../../geo/area.ts';
import { bindIslandEvents } from './interaction.ts';
import { pathToolOwnsClicks } from '../measure/interaction.ts';
import { IslandPanel } from './panel.tsx';
import { HoverTooltip } from './hover-tooltip.tsx';

export interface IslandSectionProps {
  map: MapLibreMap | null;
  islands: IslandCollection | null;
  /** Brings this tab forward: a click on the map selects an island whichever tab is open. */
  onActivate?: () => void;
}

export function IslandSection(props: IslandSectionProps) {
  const { map, islands, onActivate } = props;
  const [selected, setSelected] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);

  useEffect(() => {
    if (!map) return;
    return bindIslandEvents(map, {
      onHover: (id, at) => setHover(id && at ? { id, ...at } : null),
      onClick: (id) => { setSelected(id); onActivate?.(); },
      // While the Measure tab's path tool is on, a click adds a point instead of picking an island.
      enabled: () => !pathToolOwnsClicks(map),
    });
  }, [map]);

  const byId = useMemo(() => new Map((islands?.features ?? []).map((f) => [f.properties.id, f])), [islands]);
  const sorted = useMemo(() => [...byId.values()].sort((a, b) => a.properties.name.en.localeCompare(b.properties.name.en)), [byId]);
  const island = selected ? byId.get(selected) ?? null : null;
  const area = useMemo(() => (island ? polygonAreaKm2(island.geometry, { fillHoles: true }) : null), [island]);
  const hovered = hover ? byId.get(hover.id) : undefined;

  return (
    <>
      {!island && (
        <p className="intro">
          Click an island on the map, or choose one here, for its names in English, Japanese and
          Russian, who holds it and who claims it, and its area. The southern Kurils are disputed:
          the atlas states both sides’ positions and cites a source for every fact it shows.
        </p>
      )}
      <label className="island-picker">
        Island
        <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)} disabled={!sorted.length}>
          <option value="">{sorted.length ? 'Choose an island…' : 'Loading islands…'}</option>
          {sorted.map((f) => (
            <option key={f.properties.id} value={f.properties.id}>{f.properties.name.en} · {f.properties.name.ja} · {f.properties.name.ru}</option>
          ))}
        </select>
      </label>
      {island && <IslandPanel island={island} computedAreaKm2={area} onClose={() => setSelected(null)} />}
      {map && hovered && hover && <HoverTooltip container={map.getContainer()} x={hover.x} y={hover.y} names={hovered.properties.name} />}
    </>
  );
}

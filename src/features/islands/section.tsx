/**
 * The Islands tab: pick an island from the list or click it on the map; hovering shows its
 * names in all three languages.
 */
import { useMemo } from 'react';
import { polygonAreaKm2 } from '../../geo/area.ts';
import { setSlice } from '../../state/store.ts';
import { useAtlasStore, useSlice } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { islandsSlice } from './state.ts';
import { IslandPanel } from './panel.tsx';
import { HoverTooltip } from './hover-tooltip.tsx';

export function IslandSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  const { selected, hover } = useSlice(islandsSlice);
  const setSelected = (id: string | null) => setSlice(store, islandsSlice, { selected: id });

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

/**
 * The Islands tab: pick an island from the list or click it on the map; hovering shows its
 * names, the interface language's first.
 */
import { useMemo } from 'react';
import { polygonAreaKm2 } from '../../geo/area.ts';
import { setSlice } from '../../state/store.ts';
import { useAtlasStore, useSlice } from '../../state/react.tsx';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { islandsSlice } from './state.ts';
import { IslandPanel } from './panel.tsx';
import { HoverTooltip } from './hover-tooltip.tsx';
import { namesInOrder, sortByName } from './names.ts';

export function IslandSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  const t = useT();
  const lang = useLanguage();
  const { selected, hover } = useSlice(islandsSlice);
  const setSelected = (id: string | null) => setSlice(store, islandsSlice, { selected: id });

  const byId = useMemo(() => new Map((islands?.features ?? []).map((f) => [f.properties.id, f])), [islands]);
  const sorted = useMemo(() => sortByName([...byId.values()], lang), [byId, lang]);
  const island = selected ? byId.get(selected) ?? null : null;
  const area = useMemo(() => (island ? polygonAreaKm2(island.geometry, { fillHoles: true }) : null), [island]);
  const hovered = hover ? byId.get(hover.id) : undefined;

  return (
    <>
      {!island && <p className="intro">{t('islands.intro')}</p>}
      <label className="island-picker">
        {t('islands.picker.label')}
        <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)} disabled={!sorted.length}>
          <option value="">{t(sorted.length ? 'islands.picker.choose' : 'islands.picker.loading')}</option>
          {sorted.map((f) => (
            <option key={f.properties.id} value={f.properties.id}>{namesInOrder(f.properties.name, lang).map(([, n]) => n).join(' · ')}</option>
          ))}
        </select>
      </label>
      {island && <IslandPanel island={island} computedAreaKm2={area} onClose={() => setSelected(null)} />}
      {map && hovered && hover && <HoverTooltip container={map.getContainer()} x={hover.x} y={hover.y} names={hovered.properties.name} />}
    </>
  );
}

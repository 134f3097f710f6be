/**
 * The Energy tab: the year filter, the key, the list of pipelines and sites (the keyboard's way to
 * their panels), the panel of the one chosen on the map or in the list, and the article's figures.
 * The filter and the selection live in the map's global state, so the layers follow them and a
 * return to the tab finds the filter as it was left.
 */
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import type { EraId } from '../../geo/eras.ts';
import { notify, requestCamera, setSlice } from '../../state/store.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { ENERGY_ERA, energyShownIn } from './layers.ts';
import { useEnergyData } from './data.ts';
import { energySlice } from './state.ts';
import { energyIndex, extentOf, shownCounts, shownFeatures, yearRange, type EnergyEntry } from './view.ts';
import { EnergyFilter } from './filter.tsx';
import { EnergyLegend } from './legend.tsx';
import { EnergyList } from './list.tsx';
import { EnergyPanel } from './panel.tsx';
import { EnergyContext } from './context.tsx';
import { EnergyTooltip } from './tooltip.tsx';
import { useLocalised } from '../../i18n/provider.tsx';
import { useEnergyWords } from './use-energy-words.ts';
import type { EnergyData } from './view.ts';

/** Where to look for an entry: a site close up, a line whole. */
function cameraFor(entry: EnergyEntry): Parameters<typeof requestCamera>[1] {
  const [sw, ne] = extentOf(entry.feature.geometry);
  return entry.type === 'facility'
    ? { kind: 'fly', center: sw, zoom: 7 }
    : { kind: 'fit', bounds: [sw, ne], maxZoom: 8, padding: 48 };
}

/** An era's span as the eras' catalogue writes it (message ids are shared across the app). */
const spanId = (era: EraId) => `eras.era.${era}.span` as const;

/** The two files' texts in the interface language. */
function useLocalisedEnergy(data: EnergyData | null): EnergyData | null {
  const pipelines = useLocalised('pipelines.geojson', data?.pipelines ?? null);
  const facilities = useLocalised('facilities.geojson', data?.facilities ?? null);
  return useMemo(() => (pipelines && facilities ? { pipelines, facilities } : null), [pipelines, facilities]);
}

export function EnergySection({ map }: SectionProps) {
  const store = useAtlasStore();
  // The note follows a switch a moment later: the map's frame comes first.
  const era = useDeferredValue(useAtlas((s) => s.era));
  const { selected: selectedId, focus, year, showUnbuilt, hover } = useSlice(energySlice);
  const { t } = useEnergyWords();
  const data = useEnergyData(store, map !== null);
  const ready = useLocalisedEnergy(data.kind === 'ready' ? data.data : null);
  const selected = useMemo(() => (selectedId ? { id: selectedId, focus } : null), [selectedId, focus]);

  const index = useMemo(() => (ready ? energyIndex(ready) : null), [ready]);
  const range = useMemo(() => (ready ? yearRange(ready) : null), [ready]);
  const shown = useMemo(() => (ready ? shownFeatures(ready, year, showUnbuilt) : null), [ready, year, showUnbuilt]);
  const counts = useMemo(() => (ready ? shownCounts(ready, year, showUnbuilt) : null), [ready, year, showUnbuilt]);
  const entry = selected && index ? index.get(selected.id) ?? null : null;
  const hovered = hover && index ? index.get(hover.id) : undefined;

  // A link to a pipeline or site the data does not have: say so once the data is here.
  useEffect(() => {
    if (!index || !selectedId || index.has(selectedId)) return;
    setSlice(store, energySlice, { selected: null });
    notify(store, { id: 'url-energy', message: 'energy.notice.missing', values: { id: selectedId } });
  }, [index, selectedId, store]);

  const open = useCallback((id: string) => {
    const e = index?.get(id);
    if (!e) return;
    setSlice(store, energySlice, { selected: id, focus: true });
    requestCamera(store, cameraFor(e));
  }, [index, store]);

  const close = useCallback(() => {
    const id = selected?.id;
    setSlice(store, energySlice, { selected: null, focus: false });
    // Back to where the keyboard was, if the item is still listed.
    if (id) document.querySelector<HTMLButtonElement>(`.energy-list button[data-energy-id="${CSS.escape(id)}"]`)?.focus();
  }, [store, selected]);

  return (
    <div className="energy-section">
      {!energyShownIn(era) && (
        <p className="energy-era-note" role="status">
          {t('energy.eraNote', { energyEra: t(spanId(ENERGY_ERA)), era: t(spanId(era)) })}
        </p>
      )}
      {data.kind === 'error' && <p className="energy-error" role="alert">{t('energy.notice.loadFailed', { reason: data.message })}</p>}
      {entry && <EnergyPanel entry={entry} onClose={close} focus={selected?.focus ?? false} />}
      {range && (
        <EnergyFilter range={range} year={year} showUnbuilt={showUnbuilt} counts={counts}
          onChange={(y, u) => setSlice(store, energySlice, { year: y, showUnbuilt: u })} />
      )}
      <EnergyLegend />
      {data.kind === 'loading' && <p role="status">{t('energy.loading')}</p>}
      {shown && <EnergyList pipelines={shown.pipelines} facilities={shown.facilities} selected={selected?.id ?? null} onOpen={open} />}
      <EnergyContext />
      {map && hovered && hover && energyShownIn(era) && (
        <EnergyTooltip container={map.getContainer()} x={hover.x} y={hover.y} text={hovered.feature.properties.name} />
      )}
    </div>
  );
}

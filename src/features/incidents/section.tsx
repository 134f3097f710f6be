/**
 * The Incidents tab: filters by type and years, a per-year timeline with a brush, the count, and
 * the list of incidents in date order, kept in step with the map through the store. Choosing in
 * the list flies to the marker and opens its popup; clicking a marker opens it and marks its
 * list item. The map's source gets exactly the incidents the list shows (the feature's picture,
 * src/features/incidents/index.ts), so clusters and their counts follow the filters.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { requestCamera, setCore, setSlice } from '../../state/store.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import { PHONE_QUERY, useMedia } from '../../ui/use-media.ts';
import type { SectionProps } from '../../ui/feature.ts';
import { useLanguage, useLocalisedFeatures, useT } from '../../i18n/provider.tsx';
import { countPerYear, INCIDENT_TYPES, type IncidentFeature, type IncidentType } from './model.ts';
import { eraYears, matchingIncidents, shownYears, withinEra, type YearSpan } from './filter.ts';
import { domainOf, incidentsSlice, visibleOf } from './state.ts';
import { INCIDENT_UNCLUSTERED_ZOOM } from './interaction.ts';
import { IncidentFilters } from './filters.tsx';
import { IncidentTimeline } from './timeline.tsx';
import { IncidentChooser, IncidentList } from './list.tsx';
import { IncidentPopup } from './popup.tsx';
import { IncidentDetails } from './details.tsx';
import { coastNamer } from './coast-names.ts';
import { eraSpanText } from './words.ts';

const NO_INCIDENTS: IncidentFeature[] = [];
const TITLE_ID = 'incident-popup-title';

/**
 * Where the popup can point: the marker, or, for a marker beyond the map's bounds (the 2008
 * bomber off Sofu-gan lies south of them), the nearest point the map can show.
 */
function reachable(map: MapLibreMap, f: IncidentFeature): { at: [number, number]; beyond: boolean } {
  const [lon, lat] = f.geometry.coordinates;
  const b = map.getMaxBounds();
  if (!b || b.contains([lon, lat])) return { at: [lon, lat], beyond: false };
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { at: [clamp(lon, b.getWest(), b.getEast()), clamp(lat, b.getSouth(), b.getNorth())], beyond: true };
}

export function IncidentSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  const t = useT();
  const lang = useLanguage();
  // On a phone the details open in the bottom sheet, not in a popup over the small map; a
  // selection made on the map opens this tab there.
  const phone = useMedia(PHONE_QUERY);
  const inc = useSlice(incidentsSlice);
  // The era and the list follow a switch a moment later: the map's frame comes first.
  const era = useDeferredValue(useAtlas((s) => s.era));
  const visible = useDeferredValue(useAtlas(visibleOf));
  const { data, selected, selectedBy, choice, years: brush, allYears, disputedOnly } = inc;
  const all = data.kind === 'ready' ? data.data : NO_INCIDENTS;
  const types = useMemo(() => new Set(inc.types), [inc.types]);
  const items = useRef(new Map<string, HTMLButtonElement>());
  // One node for every popup this section opens: React listens on each portal container it
  // meets and never lets go, so a node per popup kept every closed popup's listeners alive.
  const [popupNode] = useState(() => document.createElement('div'));

  const byId = useMemo(() => new Map(all.map((f) => [f.properties.id, f])), [all]);
  // What the panel shows: the same incidents with their texts in the interface language (the
  // filters and the map work on the data as loaded, whose texts are the English).
  const localised = useLocalisedFeatures('incidents.geojson', all) ?? NO_INCIDENTS;
  const shownById = useMemo(() => new Map(localised.map((f) => [f.properties.id, f])), [localised]);
  const inLanguage = useCallback((f: IncidentFeature) => shownById.get(f.properties.id) ?? f, [shownById]);
  const list = useMemo(() => visible.map(inLanguage), [visible, inLanguage]);
  const coastName = useMemo(() => coastNamer(islands, lang), [islands, lang]);
  const totals = useMemo(() => {
    const n = Object.fromEntries(INCIDENT_TYPES.map((k) => [k, 0])) as Record<IncidentType, number>;
    for (const f of all) n[f.properties.type]++;
    return n;
  }, [all]);
  const domain = useMemo(() => domainOf(all), [all]);
  const range = brush ?? domain;
  const eraSpan = useMemo(() => eraYears(era), [era]);
  const followed = allYears ? null : eraSpan;
  const disputedTotal = useMemo(() => all.filter((f) => f.properties.disputed_waters).length, [all]);
  const counts = useMemo(() => (domain ? countPerYear(matchingIncidents(all, { types, disputedOnly }), domain) : []), [all, types, disputedOnly, domain]);
  const eraIsEmpty = followed !== null && all.length > 0 && !all.some((f) => withinEra(f, followed));

  // A filter that hides the selected incident (or the era control) closes its popup. Judged on
  // the store's own list, not the deferred one the panel shows, which may still be the last.
  useEffect(() => {
    if (data.kind !== 'ready') return;
    const shown = new Set(visibleOf(store.getState()).map((f) => f.properties.id));
    if (selected && !shown.has(selected)) setSlice(store, incidentsSlice, { selected: null });
    if (choice && !choice.ids.every((id) => shown.has(id))) setSlice(store, incidentsSlice, { choice: null });
  }, [store, selected, choice, visible, data.kind]);

  // On a phone, a marker tapped on the map opens its details in this tab of the sheet.
  useEffect(() => {
    if (phone && (selected || choice) && selectedBy.from === 'map' && store.getState().tab !== 'incidents') setCore(store, { tab: 'incidents' });
  }, [phone, selected, choice, selectedBy, store]);

  // Map to list: the selected item scrolls into view, unless the list itself chose it.
  useEffect(() => {
    if (selected && selectedBy.from !== 'list') items.current.get(selected)?.scrollIntoView({ block: 'nearest' });
  }, [selected, selectedBy]);

  const selectFromList = useCallback((id: string, keyboard: boolean) => {
    setSlice(store, incidentsSlice, { selected: id, selectedBy: { from: 'list', keyboard }, choice: null });
    const f = byId.get(id);
    if (f) requestCamera(store, { kind: 'fly', center: f.geometry.coordinates as [number, number], zoom: INCIDENT_UNCLUSTERED_ZOOM });
  }, [store, byId]);

  const close = useCallback(() => {
    // Focus inside the popup would be lost with it; the list item is where it belongs.
    const hadFocus = Boolean(document.activeElement?.closest('.incident-popup'));
    setSlice(store, incidentsSlice, { selected: null, choice: null });
    if (selected && hadFocus) items.current.get(selected)?.focus();
  }, [store, selected]);

  const itemRef = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) items.current.set(id, el);
    else items.current.delete(id);
  }, []);

  const found = selected ? byId.get(selected) : undefined;
  const current = found && inLanguage(found);
  const place = current && map ? reachable(map, current) : null;
  const chosen = choice ? choice.ids.map((id) => byId.get(id)).filter((f): f is IncidentFeature => f !== undefined).map(inLanguage) : [];
  const eraWords = eraSpanText(t, era);
  const years = range ? shownYears({ years: range, era: followed }) : null;

  if (data.kind === 'loading') return <p role="status">{t('incidents.loading')}</p>;
  // The state keeps the reason the load failed (a file's name and its problem, not ours to translate).
  if (data.kind === 'error') return <p className="incident-empty">{t('incidents.loadFailed', { reason: data.message })}</p>;

  return (
    <section className="incident-section" aria-label={t('incidents.section.label')} onKeyDown={(e) => { if (e.key === 'Escape' && !e.defaultPrevented && (selected || choice)) { e.preventDefault(); close(); } }}>
      <IncidentFilters
        types={types} totals={totals} allYears={allYears} eraSpan={eraWords}
        onTypes={(next) => setSlice(store, incidentsSlice, { types: INCIDENT_TYPES.filter((k) => next.has(k)) })}
        onAllYears={(v) => setSlice(store, incidentsSlice, { allYears: v })}
        disputedOnly={disputedOnly} disputedTotal={disputedTotal}
        onDisputedOnly={(v) => setSlice(store, incidentsSlice, { disputedOnly: v })}
      />
      {range && (
        <IncidentTimeline
          counts={counts} range={range} shown={years} era={followed}
          selectedYear={current?.properties.year ?? null}
          onChange={(span: YearSpan | null) => setSlice(store, incidentsSlice, { years: span })}
        />
      )}
      <p className="incident-count" aria-live="polite">
        {t('incidents.count', { shown: visible.length, total: all.length })}
        {range && domain && (range.from !== domain.from || range.to !== domain.to) && (
          <> · <button type="button" className="incident-reset" onClick={() => setSlice(store, incidentsSlice, { years: null })}>{t('incidents.count.reset', { from: String(domain.from), to: String(domain.to) })}</button></>
        )}
      </p>
      {eraIsEmpty && <p className="incident-hint">{t('incidents.eraEmpty', { span: eraWords })}</p>}
      {!(eraIsEmpty && visible.length === 0) && <IncidentList incidents={list} selectedId={current?.properties.id ?? null} onSelect={selectFromList} itemRef={itemRef} />}
      {map && current && !phone && (
        <IncidentPopup key={current.properties.id} node={popupNode} map={map} at={place?.at ?? (current.geometry.coordinates as [number, number])} labelledBy={TITLE_ID} focus={selectedBy.keyboard} fit onClose={close}>
          <IncidentDetails incident={current.properties} titleId={TITLE_ID} beyondMap={place?.beyond ?? false} coastName={coastName} />
        </IncidentPopup>
      )}
      {map && !current && choice && chosen.length > 0 && !phone && (
        <IncidentPopup key="chooser" node={popupNode} map={map} at={choice.at} labelledBy="incident-chooser-title" focus={false} fit onClose={close}>
          <IncidentChooser incidents={chosen} onPick={(id, keyboard) => setSlice(store, incidentsSlice, { selected: id, selectedBy: { from: 'map', keyboard }, choice: null })} />
        </IncidentPopup>
      )}
      {(!map || phone) && current && <div className="panel incident-sheet-details"><IncidentDetails incident={current.properties} titleId={TITLE_ID} coastName={coastName} /></div>}
      {map && phone && !current && choice && chosen.length > 0 && (
        <div className="panel"><IncidentChooser incidents={chosen} onPick={(id, keyboard) => setSlice(store, incidentsSlice, { selected: id, selectedBy: { from: 'map', keyboard }, choice: null })} /></div>
      )}
    </section>
  );
}

/**
 * The Incidents tab: filters by type and years, a per-year timeline with a brush, the count, and
 * the list of incidents in date order, kept in step with the map both ways. Choosing in the list
 * flies to the marker and opens its popup; clicking a marker opens it and marks its list item.
 * `?incident=<id>` opens one at start. The map's source gets exactly the incidents the list
 * shows, so clusters and their counts follow the filters.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { eraMeta, type EraId } from '../../geo/eras.ts';
import type { IslandCollection } from '../../geo/types.ts';
import { countPerYear, filterIncidents, INCIDENT_TYPES, type IncidentFeature, type IncidentType } from './model.ts';
import { INCIDENT_SOURCE } from './layers.ts';
import { bindIncidentEvents, setSelectedIncident, showIncident } from './interaction.ts';
import { pathToolOwnsClicks } from '../measure/interaction.ts';
import type { Notice } from '../../ui/notices.tsx';
import { readParam, writeParam } from '../../ui/url-params.ts';
import { eraYears, shownYears, visibleIncidents, withinEra, type YearSpan } from './filter.ts';
import { islandNamer } from '../../geo/island-names.ts';
import { useIncidentData } from './data.ts';
import { IncidentFilters } from './filters.tsx';
import { IncidentTimeline } from './timeline.tsx';
import { IncidentChooser, IncidentList } from './list.tsx';
import { IncidentPopup } from './popup.tsx';
import { IncidentDetails } from './details.tsx';

/** Who selected: the list (fly there), the map (already in view), or the link (jump there). */
type Selection = { id: string; keyboard: boolean; from: 'list' | 'map' | 'link' };
type Choice = { ids: string[]; at: [number, number] };

const NO_INCIDENTS: IncidentFeature[] = [];
const TITLE_ID = 'incident-popup-title';

/** The map's style has loaded before any section gets it, so its source is there to fill. */
function pushToMap(map: MapLibreMap, features: IncidentFeature[]): void {
  void map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData({ type: 'FeatureCollection', features })
    .catch((e: unknown) => console.warn('incidents:', e));
}

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

export interface IncidentSectionProps {
  map: MapLibreMap | null;
  era: EraId;
  notify: (n: Notice) => void;
  /** The islands, once loaded: the popup names an incident's coast island from them. */
  islands: IslandCollection | null;
  /** Brings this tab forward when a marker is clicked on the map. */
  onActivate?: () => void;
}

export function IncidentSection(props: IncidentSectionProps) {
  const { map, era, notify, islands, onActivate } = props;
  const data = useIncidentData(notify, map !== null);
  const all = data.kind === 'ready' ? data.data : NO_INCIDENTS;
  const [types, setTypes] = useState<ReadonlySet<IncidentType>>(() => new Set(INCIDENT_TYPES));
  const [brush, setBrush] = useState<YearSpan | null>(null);
  const [allYears, setAllYears] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  // The ?incident= of the address, until the data has arrived to resolve it.
  const [linked, setLinked] = useState(() => readParam(window.location.search, 'incident'));
  const items = useRef(new Map<string, HTMLButtonElement>());

  const byId = useMemo(() => new Map(all.map((f) => [f.properties.id, f])), [all]);
  const islandName = useMemo(() => islandNamer(islands), [islands]);
  const totals = useMemo(() => {
    const t = Object.fromEntries(INCIDENT_TYPES.map((k) => [k, 0])) as Record<IncidentType, number>;
    for (const f of all) t[f.properties.type]++;
    return t;
  }, [all]);
  const domain = useMemo<YearSpan | null>(() => {
    const c = countPerYear(all);
    return c.length ? { from: c[0].year, to: c[c.length - 1].year } : null;
  }, [all]);
  const range = brush ?? domain;
  const eraSpan = useMemo(() => eraYears(era), [era]);
  const followed = allYears ? null : eraSpan;
  const visible = useMemo(() => (range ? visibleIncidents(all, { types, years: range, era: followed }) : NO_INCIDENTS), [all, types, range, followed]);
  const counts = useMemo(() => (domain ? countPerYear(filterIncidents(all, { types: [...types] }), domain) : []), [all, types, domain]);
  const visibleIds = useMemo(() => new Set(visible.map((f) => f.properties.id)), [visible]);
  const eraIsEmpty = followed !== null && all.length > 0 && !all.some((f) => withinEra(f, followed));

  useEffect(() => { if (map && data.kind === 'ready') pushToMap(map, visible); }, [map, data.kind, visible]);
  useEffect(() => { if (map) setSelectedIncident(map, selection?.id ?? null); }, [map, selection]);
  useEffect(() => {
    if (!map) return;
    return () => {
      // The section is going: its markers and selection go with it (the map itself may be gone already).
      try {
        void map.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData({ type: 'FeatureCollection', features: [] }).catch(() => undefined);
        setSelectedIncident(map, null);
      } catch { /* removed with the app */ }
      writeParam('incident', null);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    return bindIncidentEvents(map, {
      onClick: (ids, at) => {
        onActivate?.();
        if (ids.length === 1) { setChoice(null); setSelection({ id: ids[0], keyboard: false, from: 'map' }); }
        else { setSelection(null); setChoice({ ids, at }); }
      },
      onMiss: () => { setChoice(null); setSelection(null); },
      enabled: () => !pathToolOwnsClicks(map),
    });
  }, [map]);

  // Resolve ?incident= once the data is in: select it, widening to all years if the era hides it.
  useEffect(() => {
    if (!linked || data.kind === 'loading') return;
    setLinked(null);
    const f = byId.get(linked);
    if (!f) {
      notify({ id: 'incident', text: `The link asks for incident “${linked}”, which the atlas does not have. Showing the list of incidents instead.` });
      return;
    }
    if (!withinEra(f, eraSpan)) setAllYears(true);
    setSelection({ id: linked, keyboard: false, from: 'link' });
  }, [linked, data.kind, byId, eraSpan, notify]);

  // The map may start after the data arrived: a linked incident is brought into view when both are there.
  useEffect(() => {
    const f = selection?.from === 'link' ? byId.get(selection.id) : undefined;
    if (map && f) showIncident(map, f.geometry.coordinates as [number, number], { jump: true });
  }, [map, selection, byId]);

  useEffect(() => { if (!linked) writeParam('incident', selection?.id ?? null); }, [linked, selection]);

  // A filter that hides the selected incident (or the era control) closes its popup.
  useEffect(() => {
    if (selection && data.kind === 'ready' && !visibleIds.has(selection.id)) setSelection(null);
    if (choice && !choice.ids.every((id) => visibleIds.has(id))) setChoice(null);
  }, [selection, choice, visibleIds, data.kind]);

  // Map to list: the selected item scrolls into view, unless the list itself chose it.
  useEffect(() => {
    if (selection && selection.from !== 'list') items.current.get(selection.id)?.scrollIntoView({ block: 'nearest' });
  }, [selection]);

  const selectFromList = useCallback((id: string, keyboard: boolean) => {
    setChoice(null);
    setSelection({ id, keyboard, from: 'list' });
    const f = byId.get(id);
    if (map && f) showIncident(map, f.geometry.coordinates as [number, number]);
  }, [map, byId]);

  const close = useCallback(() => {
    const id = selection?.id;
    // Focus inside the popup would be lost with it; the list item is where it belongs.
    const hadFocus = Boolean(document.activeElement?.closest('.incident-popup'));
    setSelection(null);
    setChoice(null);
    if (id && hadFocus) items.current.get(id)?.focus();
  }, [selection]);

  const itemRef = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) items.current.set(id, el);
    else items.current.delete(id);
  }, []);

  const current = selection ? byId.get(selection.id) : undefined;
  const place = current && map ? reachable(map, current) : null;
  const chosen = choice ? choice.ids.map((id) => byId.get(id)).filter((f): f is IncidentFeature => f !== undefined) : [];
  const shownEra = eraMeta(era);
  const years = range ? shownYears({ years: range, era: followed }) : null;

  if (data.kind === 'loading') return <p role="status">Loading incidents…</p>;
  if (data.kind === 'error') return <p className="incident-empty">{data.message}</p>;

  return (
    <section className="incident-section" aria-label="Incidents and dated events" onKeyDown={(e) => { if (e.key === 'Escape' && !e.defaultPrevented && (selection || choice)) { e.preventDefault(); close(); } }}>
      <IncidentFilters types={types} totals={totals} onTypes={setTypes} allYears={allYears} onAllYears={setAllYears} eraSpan={shownEra.span} />
      {range && (
        <IncidentTimeline
          counts={counts} range={range} shown={years} era={followed}
          selectedYear={current?.properties.year ?? null} onChange={setBrush}
        />
      )}
      <p className="incident-count" aria-live="polite">
        {visible.length} of {all.length} incidents
        {range && domain && (range.from !== domain.from || range.to !== domain.to) && (
          <> · <button type="button" className="incident-reset" onClick={() => setBrush(null)}>all of {domain.from}–{domain.to}</button></>
        )}
      </p>
      {eraIsEmpty && <p className="incident-hint">No incident in the data falls within {shownEra.span}, the era on the map. Tick “All years” to see them all.</p>}
      {!(eraIsEmpty && visible.length === 0) && <IncidentList incidents={visible} selectedId={current?.properties.id ?? null} onSelect={selectFromList} itemRef={itemRef} />}
      {map && current && selection && (
        <IncidentPopup key={current.properties.id} map={map} at={place?.at ?? (current.geometry.coordinates as [number, number])} labelledBy={TITLE_ID} focus={selection.keyboard} fit={selection.from === 'map'} onClose={close}>
          <IncidentDetails incident={current.properties} titleId={TITLE_ID} beyondMap={place?.beyond ?? false} islandName={islandName} />
        </IncidentPopup>
      )}
      {map && choice && chosen.length > 0 && (
        <IncidentPopup key="chooser" map={map} at={choice.at} labelledBy="incident-chooser-title" focus={false} fit onClose={close}>
          <IncidentChooser incidents={chosen} onPick={(id, keyboard) => { setChoice(null); setSelection({ id, keyboard, from: 'map' }); }} />
        </IncidentPopup>
      )}
      {!map && current && <div className="panel"><IncidentDetails incident={current.properties} titleId={TITLE_ID} islandName={islandName} /></div>}
    </section>
  );
}

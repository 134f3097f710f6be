/**
 * The app shell and composition root: header, map, side panel with one tab per feature. State
 * here is small and flat and shared across features (language, era, notices, the active tab);
 * each feature keeps its own state in its section component.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../map/ids.ts';
import { showEra } from '../map/overlays.ts';
import type { EraId } from '../geo/eras.ts';
import { useAtlasMap } from './use-atlas-map.ts';
import { useIslands } from './use-islands.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { Notices, type Notice } from './notices.tsx';
import { rememberLanguage } from './language.ts';
import { readParam, writeParam, type ParamRead } from './url-params.ts';
import { Tabs, type Tab } from './tabs.tsx';
import { EraControl } from '../features/eras/control.tsx';
import { EnergySection, EraCompare, EraSection, IncidentSection, IslandSection, Later, MeasureSection } from './lazy-sections.tsx';

/** The static parts of index.html that the app fills through portals. */
export interface AppShell { header: HTMLElement; mapWrap: HTMLElement; side: HTMLElement }

export interface AppProps {
  shell: AppShell;
  /** The map, started before React (src/map/start-map.ts). */
  mapStart: Promise<MapLibreMap>;
  initialLang: Language;
  initialEra: ParamRead<EraId>;
}

export function App({ shell, mapStart, initialLang, initialEra }: AppProps) {
  const [lang, setLang] = useState<Language>(initialLang);
  const [era, setEraState] = useState<EraId>(initialEra.value);
  const [compareEra, setCompareEra] = useState<EraId | null>(null);
  const { map, status } = useAtlasMap(mapStart);
  // Sections get the map once its first view is drawn: their data loads and bindings then never
  // compete with the first picture.
  const liveMap = status.kind === 'ready' ? map : null;
  // A link to an incident or a measurement opens on its tab.
  const [tab, setTab] = useState(() => (readParam(window.location.search, 'measure') ? 'measure' : readParam(window.location.search, 'incident') ? 'incidents' : 'island'));
  const [notices, setNotices] = useState<Notice[]>(() => (initialEra.notice ? [{ id: 'era', text: initialEra.notice }] : []));

  const notify = useCallback((n: Notice) => setNotices((list) => [...list.filter((x) => x.id !== n.id), n]), []);
  // The bench reads this mark: navigation to the interface's first render.
  useEffect(() => { if (performance.getEntriesByName('atlas-app-rendered').length === 0) performance.mark('atlas-app-rendered'); }, []);
  const islands = useIslands(liveMap, notify);

  useEffect(() => {
    if (!map) return;
    // The map's labels follow the choice; the panels' own text is English, so the page keeps
    // lang="en" (each name in another script carries its own lang attribute).
    map.setGlobalStateProperty('lang', lang);
    rememberLanguage(lang);
  }, [map, lang]);

  // The era control calls this: the choice goes to the map and back into the URL.
  const chooseEra = useCallback((next: EraId) => {
    setEraState(next);
    writeParam('era', next);
  }, []);
  useEffect(() => { if (map) showEra(map, era); }, [map, era]);

  const islandList = islands.kind === 'ready' ? islands.data : null;
  // A click on the map selects a feature whichever tab is open; its tab then comes forward.
  const activate = useMemo(() => ({
    island: () => setTab('island'), energy: () => setTab('energy'), incidents: () => setTab('incidents'),
  }), []);

  const ready = liveMap !== null;
  const tabs: Tab[] = useMemo(() => [
    { id: 'island', label: 'Islands', content: <Later ready={ready}><IslandSection map={liveMap} islands={islandList} onActivate={activate.island} /></Later> },
    { id: 'incidents', label: 'Incidents', content: <Later ready={ready}><IncidentSection map={liveMap} era={era} notify={notify} islands={islandList} onActivate={activate.incidents} /></Later> },
    { id: 'borders', label: 'Borders', content: <Later ready={ready}><EraSection map={liveMap} era={era} onEra={chooseEra} islands={islandList} notify={notify} compare={compareEra} onCompare={setCompareEra} /></Later> },
    { id: 'energy', label: 'Energy', content: <Later ready={ready}><EnergySection map={liveMap} era={era} notify={notify} onActivate={activate.energy} /></Later> },
    { id: 'measure', label: 'Measure', content: <Later ready={ready}><MeasureSection map={liveMap} islands={islandList} notify={notify} active={tab === 'measure'} /></Later> },
  ], [ready, liveMap, islandList, era, chooseEra, notify, compareEra, tab, activate]);

  return (
    <>
      {createPortal(<LanguageSwitch value={lang} onChange={setLang} />, shell.header)}
      {createPortal(
        <>
          {map && compareEra && <Later ready={ready}><EraCompare map={map} era={era} other={compareEra} onOther={setCompareEra} onClose={() => setCompareEra(null)} lang={lang} islands={islandList} /></Later>}
          {status.kind !== 'error' && <EraControl era={era} onChange={chooseEra} />}
          {status.kind === 'loading' && <div className="map-overlay" role="status">Loading the map…</div>}
          {status.kind === 'error' && <div className="map-overlay map-error" role="alert">{status.message}</div>}
        </>,
        shell.mapWrap,
      )}
      {createPortal(
        <>
          <Notices notices={notices} onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))} />
          <Tabs tabs={tabs} value={tab} onChange={setTab} label="Atlas panels" />
        </>,
        shell.side,
      )}
    </>
  );
}

/**
 * The app shell: the header's controls, the map's overlays and the side panel with one tab per
 * feature. It owns no state of its own: everything a reader can change is in the store
 * (src/state/store.ts), the map follows it through the synchroniser, and the features come
 * from the registry (src/features/registry.ts): their panels, overlays and map bindings load in
 * their own chunks once the map's first view is drawn.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLICK_ORDER, FEATURES, TABS } from '../features/registry.ts';
import { createAtlasMap, setAttribution, type MapParts } from '../map/create-map.ts';
import type { FontFaces } from '../map/fonts.ts';
import { setCore } from '../state/store.ts';
import { AtlasStoreProvider, useAtlas } from '../state/react.tsx';
import { I18nProvider, useT } from '../i18n/provider.tsx';
import type { AtlasState, AtlasStore } from '../state/store.ts';
import type { BindContext, FeatureUi, SecondMap, SectionProps } from './feature.ts';
import { linkMapToStore, type MapLink } from './map-link.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { MapLegend } from './map-legend.tsx';
import { SheetHandle } from './sheet-handle.tsx';
import { Notices } from './notices.tsx';
import { ShareButton } from './share-button.tsx';
import { Tabs, type Tab } from './tabs.tsx';
import { useAtlasMap } from './use-atlas-map.ts';
import { usePageText } from './page-text.ts';

/** The static parts of index.html that the app fills through portals. */
export interface AppShell { header: HTMLElement; mapWrap: HTMLElement; side: HTMLElement }

/** The map as src/main.tsx started it, linked to the store. */
export interface StartedMap { map: MapLibreMap; fontFaces: FontFaces; mapLink: MapLink; parts: MapParts }

export interface AppProps {
  shell: AppShell;
  mapStart: Promise<StartedMap>;
  store: AtlasStore;
}

export function App(props: AppProps) {
  return (
    <AtlasStoreProvider store={props.store}>
      <I18nProvider>
        <Shell {...props} />
      </I18nProvider>
    </AtlasStoreProvider>
  );
}

/** The features' interface chunks, loaded once the first view is drawn; each is bound to the map and store once. */
function useFeatureUis(started: StartedMap | null, store: AtlasStore): Map<string, FeatureUi> {
  const [uis, setUis] = useState<Map<string, FeatureUi>>(() => new Map());
  useEffect(() => {
    if (!started) return;
    const { map, mapLink } = started;
    let disposed = false;
    const unbinds: (() => void)[] = [];
    const clicksFree = () => store.getState().tool === null;
    const topFeatureAt = (point: { x: number; y: number }) => {
      const s = store.getState();
      for (const c of CLICK_ORDER) {
        if (c.active && !c.active(s)) continue;
        const layers = c.layers.filter((id) => map.getLayer(id));
        if (layers.length && map.queryRenderedFeatures([point.x, point.y], { layers }).length) return c.id;
      }
      return null;
    };
    const ctx: BindContext = { map, store, topFeatureAt, clicksFree };
    for (const f of FEATURES) {
      if (!f.ui) continue;
      f.ui()
        .then((ui) => {
          if (disposed) return;
          ui.load?.(store);
          if (ui.picture) mapLink.addPicture(ui.picture);
          if (ui.bind) unbinds.push(ui.bind(ctx));
          setUis((m) => new Map(m).set(f.id, ui));
        })
        .catch((e: unknown) => console.error(`feature ${f.id}:`, e));
    }
    return () => { disposed = true; for (const u of unbinds) u(); };
  }, [started, store]);
  return uis;
}

/** Keeps a map's credits in the interface language, from now on; returns the unsubscribing. */
function creditsFollowLanguage(map: MapLibreMap, store: AtlasStore): () => void {
  setAttribution(map, store.getState().lang);
  return store.subscribe((now) => setAttribution(map, now.lang));
}

function Shell({ shell, mapStart, store }: AppProps) {
  const { started, status } = useAtlasMap(mapStart);
  const ready = status.kind === 'ready' ? started : null;
  const liveMap = ready?.map ?? null;
  const uis = useFeatureUis(ready, store);
  const tab = useAtlas((s) => s.tab);
  const lang = useAtlas((s) => s.lang);
  const islands = useAtlas((s) => s.islands);
  const t = useT();
  usePageText();

  // The map's credits follow the language (MapLibre's other words cannot: maplibre-words.ts).
  useEffect(() => (liveMap ? creditsFollowLanguage(liveMap, store) : undefined), [liveMap, store]);

  // The bench reads this mark: navigation to the interface's first render.
  useEffect(() => { if (performance.getEntriesByName('atlas-app-rendered').length === 0) performance.mark('atlas-app-rendered'); }, []);

  const openSecondMap = useCallback(async (container: HTMLElement, view: (s: AtlasState) => AtlasState): Promise<SecondMap> => {
    if (!ready) throw new Error('the main map is not ready');
    const s = view(store.getState());
    const { map } = createAtlasMap({
      container, baseUrl: new URL('.', window.location.href).href, fontFaces: ready.fontFaces, lang: s.lang,
      parts: ready.parts, role: { compareWith: ready.map },
    });
    map.on('error', (e) => console.warn('second map:', e.error?.message ?? e));
    await new Promise<void>((resolve) => { if (map.isStyleLoaded()) resolve(); else map.once('style.load', () => resolve()); });
    const link = linkMapToStore(map, store, { pictures: ready.mapLink.pictures, view });
    const unfollow = creditsFollowLanguage(map, store);
    return { map, dispose: () => { unfollow(); link.dispose(); map.remove(); } };
  }, [ready, store]);

  // The side panel is the phone's bottom sheet: its height is the handle's (app.css).
  const setSheetSize = useCallback((size: string) => shell.side.setAttribute('data-sheet', size), [shell.side]);
  const sectionProps: SectionProps = useMemo(() => ({ map: liveMap, islands, openSecondMap }), [liveMap, islands, openSecondMap]);
  const waiting = <p role="status" className="section-loading">{t('app.loading')}</p>;
  const tabs: Tab[] = TABS.map((tab) => {
    const Section = uis.get(tab.feature.id)?.Section;
    return { id: tab.id, label: t(tab.label), content: Section && liveMap ? <Section {...sectionProps} /> : waiting };
  });
  const overlays = FEATURES.flatMap((f) => {
    const Overlay = uis.get(f.id)?.MapOverlay;
    return Overlay ? [<Overlay key={f.id} {...sectionProps} />] : [];
  });
  const shareItems = FEATURES.flatMap((f) => {
    const Item = uis.get(f.id)?.ShareItems;
    return Item ? [<Item key={f.id} />] : [];
  });
  // The legend's rows, the top of the map first (the registry lists features bottom to top).
  const legendItems = useMemo(() => [...FEATURES].reverse().flatMap((f) => {
    const Items = uis.get(f.id)?.LegendItems;
    return Items ? [Items] : [];
  }), [uis]);

  return (
    <>
      {createPortal(
        <>
          <LanguageSwitch value={lang} onChange={(l) => setCore(store, { lang: l })} />
          <ShareButton>{shareItems}</ShareButton>
        </>,
        shell.header,
      )}
      {createPortal(
        <>
          {status.kind !== 'error' && overlays}
          {liveMap && <MapLegend map={liveMap} items={legendItems} startOpen={shell.mapWrap.clientWidth >= 1400} />}
          {status.kind === 'loading' && <div className="map-overlay" role="status">{t('app.map.loading')}</div>}
          {status.kind === 'error' && <div className="map-overlay map-error" role="alert">{t('app.map.failed', { reason: status.message })}</div>}
        </>,
        shell.mapWrap,
      )}
      {createPortal(
        <>
          <SheetHandle onSize={setSheetSize} />
          <Notices />
          <Tabs tabs={tabs} value={tab} onChange={(id) => setCore(store, { tab: id })} label={t('app.panels.label')} />
        </>,
        shell.side,
      )}
    </>
  );
}

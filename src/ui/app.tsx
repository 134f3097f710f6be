/**
 * The app shell: header, map, side panel. State is small and flat: the language, the selected
 * island and the notices. Everything else is derived or lives in the map.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../map/ids.ts';
import { bindIslandEvents } from '../map/island-interaction.ts';
import { useAtlasMap } from './use-atlas-map.ts';
import { useIslands } from './use-islands.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { IslandPanel } from './island-panel.tsx';
import { Notices, type Notice } from './notices.tsx';
import { initialLanguage, rememberLanguage } from './language.ts';
import { polygonAreaKm2 } from '../geo/area.ts';

export function App() {
  const container = useRef<HTMLDivElement>(null);
  const [lang, setLang] = useState<Language>(() => initialLanguage());
  const { map, status } = useAtlasMap(container, { lang });
  const islands = useIslands(map, status.kind === 'ready');
  const [selected, setSelected] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    if (!map) return;
    map.setGlobalStateProperty('lang', lang);
    rememberLanguage(lang);
    document.documentElement.lang = lang;
  }, [map, lang]);

  useEffect(() => {
    if (!map) return;
    return bindIslandEvents(map, {
      onHover: (id, at) => setHover(id && at ? { id, ...at } : null),
      onClick: (id) => setSelected(id),
    });
  }, [map]);

  useEffect(() => {
    if (islands.kind === 'error') setNotices((n) => [...n, { id: 'islands', text: islands.message }]);
  }, [islands]);

  const byId = useMemo(
    () => new Map(islands.kind === 'ready' ? islands.islands.features.map((f) => [f.properties.id, f]) : []),
    [islands],
  );
  const island = selected ? byId.get(selected) ?? null : null;
  const area = useMemo(() => (island ? polygonAreaKm2(island.geometry, { fillHoles: true }) : null), [island]);
  const hovered = hover ? byId.get(hover.id) : undefined;
  const sortedIslands = useMemo(() => [...byId.values()].sort((a, b) => a.properties.name.en.localeCompare(b.properties.name.en)), [byId]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Kuril Atlas</h1>
        <p className="tagline">The Japan–Russia frontier, offline</p>
        <LanguageSwitch value={lang} onChange={setLang} />
      </header>
      <main className="app-main">
        <div className="map-wrap">
          <div ref={container} className="map" role="region" aria-label="Map of Hokkaido, Sakhalin, Kamchatka and the Kuril Islands" />
          {status.kind === 'loading' && <div className="map-overlay" role="status">Loading the map…</div>}
          {status.kind === 'error' && <div className="map-overlay map-error" role="alert">{status.message}</div>}
          {hovered && hover && (
            <div className="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} aria-hidden="true">
              <span lang="en">{hovered.properties.name.en}</span> · <span lang="ja">{hovered.properties.name.ja}</span> · <span lang="ru">{hovered.properties.name.ru}</span>
            </div>
          )}
        </div>
        <aside className="side" aria-label="Panels">
          <Notices notices={notices} onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))} />
          <label className="island-picker">
            Island
            <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)} disabled={!sortedIslands.length}>
              <option value="">Choose an island…</option>
              {sortedIslands.map((f) => (
                <option key={f.properties.id} value={f.properties.id}>{f.properties.name.en} · {f.properties.name.ja} · {f.properties.name.ru}</option>
              ))}
            </select>
          </label>
          {island && <IslandPanel island={island} computedAreaKm2={area} onClose={() => setSelected(null)} />}
        </aside>
      </main>
    </div>
  );
}

/**
 * The offline feature's interface: over the map, the embed's link out to the full atlas or the
 * "update ready" notice; in the Share control, the <iframe> snippet. Loading this chunk (after
 * the map's first view) registers the service worker.
 */
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { setSlice, sliceOf } from '../../state/store.ts';
import { useAtlasStore, useSlice } from '../../state/react.tsx';
import { useT } from '../../i18n/provider.tsx';
import type { FeatureUi, SectionProps } from '../../ui/feature.ts';
import { offlineSlice, withEmbed } from './state.ts';
import { applyUpdate, registerWorker } from './worker.ts';
import { EmbedSnippet } from './snippet.tsx';
import './offline.css';

/**
 * The address the link out opens: this screen in the full atlas. The address bar follows the
 * state after the task that changed it (src/main.tsx) and the view after each move (MapLibre's
 * hash), so it is read again after either.
 */
function useFullAtlasHref(map: MapLibreMap | null): string {
  const store = useAtlasStore();
  const [href, setHref] = useState(() => withEmbed(window.location.href, false));
  useEffect(() => {
    let timer = 0;
    const later = () => { window.clearTimeout(timer); timer = window.setTimeout(() => setHref(withEmbed(window.location.href, false)), 0); };
    const unsubscribe = store.subscribe(later);
    map?.on('moveend', later);
    window.addEventListener('hashchange', later);
    return () => { window.clearTimeout(timer); unsubscribe(); map?.off('moveend', later); window.removeEventListener('hashchange', later); };
  }, [store, map]);
  return href;
}

function EmbedLinkOut({ map }: { map: MapLibreMap | null }) {
  const t = useT();
  const href = useFullAtlasHref(map);
  return (
    <a className="offline-full-atlas" href={href} target="_blank" rel="noopener" onClick={(e) => { e.currentTarget.href = withEmbed(window.location.href, false); }}>
      {t('offline.embed.open')}
    </a>
  );
}

function UpdateNotice() {
  const t = useT();
  const store = useAtlasStore();
  const { updateReady } = useSlice(offlineSlice);
  const [busy, setBusy] = useState(false);
  if (!updateReady) return null;
  return (
    <div className="offline-update" role="status">
      <span>{t('offline.update.ready')}</span>
      <button type="button" disabled={busy} onClick={() => { setBusy(true); void applyUpdate(); }}>{t('offline.update.reload')}</button>
      <button type="button" className="offline-update-later" aria-label={t('offline.update.later')} title={t('offline.update.later')} onClick={() => setSlice(store, offlineSlice, { updateReady: false })}>×</button>
    </div>
  );
}

function OfflineOverlay({ map }: SectionProps) {
  const { embed } = useSlice(offlineSlice);
  return embed ? <EmbedLinkOut map={map} /> : <UpdateNotice />;
}

export const offlineUi: FeatureUi = {
  load: (store) => { if (!sliceOf(store.getState(), offlineSlice).embed) registerWorker(store); },
  MapOverlay: OfflineOverlay,
  ShareItems: EmbedSnippet,
};

/**
 * Creates the map once for a container and reports its lifecycle. React state holds only what
 * the UI shows (loading, ready, an error); the map itself lives in a ref.
 */
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createAtlasMap, whenIdle, type CreateMapOptions } from '../map/create-map.ts';
import { loadFontFaces } from '../map/fonts.ts';
import { hasWebGL } from '../map/webgl.ts';
import type { Language } from '../map/ids.ts';
import { showEra } from '../map/overlays.ts';
import type { EraId } from '../geo/eras.ts';

export type MapStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

declare global {
  interface Window {
    /**
     * For the browser tests and the bench: the map, a promise for its next idle, and the map side
     * of an era switch as the app does it (`showEra`).
     */
    kurilAtlas?: { map: MapLibreMap; whenIdle: () => Promise<void>; showEra: (era: EraId) => void };
  }
}

export function useAtlasMap(
  container: React.RefObject<HTMLDivElement | null>,
  opts: { lang: Language; globalState?: CreateMapOptions['globalState'] },
): { map: MapLibreMap | null; status: MapStatus } {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>({ kind: 'loading' });
  const initial = useRef(opts);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    if (!hasWebGL()) {
      setStatus({ kind: 'error', message: 'This browser cannot draw the map: WebGL is turned off or not supported. Try another browser, or turn on hardware acceleration.' });
      return;
    }
    let disposed = false;
    let created: MapLibreMap | null = null;
    const baseUrl = new URL('.', window.location.href).href;
    loadFontFaces(baseUrl)
      .then((fontFaces) => {
        if (disposed) return;
        created = createAtlasMap({ container: el, baseUrl, fontFaces, ...initial.current });
        const m = created;
        window.kurilAtlas = { map: m, whenIdle: () => whenIdle(m), showEra: (era) => showEra(m, era) };
        m.on('error', (e) => console.warn('map:', e.error?.message ?? e));
        m.once('idle', () => {
          // The bench reads this mark: navigation to the first complete frame.
          performance.mark('atlas-first-idle');
          if (!disposed) setStatus({ kind: 'ready' });
        });
        // Hand the map to React only once its style has loaded: every section may then set
        // global state, add layers or query features without racing the style.
        if (m.isStyleLoaded()) setMap(m);
        else m.once('style.load', () => !disposed && setMap(m));
      })
      .catch((e: unknown) => {
        if (!disposed) setStatus({ kind: 'error', message: `The map could not start: ${e instanceof Error ? e.message : String(e)}` });
      });
    return () => {
      disposed = true;
      created?.remove();
      setMap(null);
    };
  }, [container]);

  return { map, status };
}

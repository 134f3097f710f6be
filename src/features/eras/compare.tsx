/**
 * Two eras side by side: a second map over the main one, shown right of a swipe divider that
 * the mouse, a finger or the arrow keys move. The left is the era the era control chooses; the
 * right is picked here. Closing the comparison removes the second map.
 */
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ERAS, ERA_IDS, type EraId } from '../../geo/eras.ts';
import { whenIdle } from '../../map/create-map.ts';
import { installCompareTestHooks } from '../../map/test-hooks.ts';
import { setCore } from '../../state/store.ts';
import { useAtlas, useAtlasStore } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { clampSwipe, defaultCompareEra, syncCameras } from './compare-map.ts';
import { useEraWords } from './use-era-words.ts';


const KEY_STEP = 0.05;

export function EraCompare({ map, openSecondMap }: SectionProps & { map: MapLibreMap }) {
  const store = useAtlasStore();
  const w = useEraWords();
  const { t } = w;
  const era = useAtlas((s) => s.era);
  const other = useAtlas((s) => s.compare) ?? defaultCompareEra(era, ERA_IDS);
  const onOther = (e: EraId) => setCore(store, { compare: e });
  const onClose = () => setCore(store, { compare: null });
  const wrap = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [swipe, setSwipe] = useState(0.5);
  const dragging = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let disposed = false;
    let close = () => {};
    // The second map shows the state with the compared era in place of the era.
    openSecondMap(el, (s) => ({ ...s, era: s.compare ?? s.era }))
      .then(({ map: m, dispose }) => {
        if (disposed) { dispose(); return; }
        const unsync = syncCameras(map, m);
        m.once('idle', () => { if (!disposed) setState('ready'); });
        // The browser tests' handle on the comparison map: not in the production build.
        const unhook = import.meta.env.VITE_TEST_HOOKS ? installCompareTestHooks({ map: m, whenIdle: () => whenIdle(m) }) : () => {};
        close = () => {
          unsync();
          unhook();
          dispose();
        };
      })
      .catch(() => { if (!disposed) setState('error'); });
    return () => { disposed = true; close(); };
  }, [map, openSecondMap]);

  // If the left side moves onto the right side's era, the right side takes the era the left left.
  const lastEra = useRef(era);
  useEffect(() => {
    const before = lastEra.current;
    lastEra.current = era;
    if (era === other) setCore(store, { compare: before !== era ? before : defaultCompareEra(era, ERA_IDS) });
  }, [era, other, store]);

  const moveTo = (clientX: number) => {
    const r = wrap.current?.getBoundingClientRect();
    if (r && r.width > 0) setSwipe(clampSwipe((clientX - r.left) / r.width));
  };
  const onKey = (e: React.KeyboardEvent) => {
    const to: Record<string, number> = { ArrowLeft: swipe - KEY_STEP, ArrowRight: swipe + KEY_STEP, Home: 0, End: 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    setSwipe(clampSwipe(to[e.key]));
  };

  const pct = swipe * 100;
  // Badges follow the divider but stay on screen near the edges.
  const badgeAt = Math.min(78, Math.max(22, pct));
  return (
    <div ref={wrap} className="era-compare">
      <div
        ref={container} className="era-compare-map" style={{ clipPath: `inset(0 0 0 ${pct}%)` }}
        role="region" aria-label={t('eras.compare.mapLabel', { era: w.label(other) })}
      />
      <div
        className="era-compare-divider" style={{ left: `${pct}%` }} tabIndex={0}
        role="separator" aria-orientation="vertical" aria-label={t('eras.compare.divider')}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}
        aria-valuetext={t('eras.compare.dividerValue', { left: w.label(era), right: w.label(other), percent: Math.round(pct) })}
        onKeyDown={onKey}
        onPointerDown={(e) => { dragging.current = true; e.currentTarget.setPointerCapture(e.pointerId); moveTo(e.clientX); }}
        onPointerMove={(e) => { if (dragging.current) moveTo(e.clientX); }}
        onPointerUp={(e) => { dragging.current = false; if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId); }}
        onPointerCancel={() => { dragging.current = false; }}
      >
        <span className="era-compare-handle" aria-hidden="true">◀▶</span>
      </div>
      <p className="era-compare-badge is-left" style={{ right: `calc(${100 - badgeAt}% + 1rem)` }}>
        <span className="visually-hidden">{t('eras.compare.left')} </span>{w.caption(era)}
      </p>
      <div className="era-compare-badge is-right" style={{ left: `calc(${badgeAt}% + 1rem)` }}>
        <label>
          <span className="visually-hidden">{t('eras.compare.rightEra')}</span>
          <select value={other} onChange={(e) => onOther(e.target.value as EraId)}>
            {ERAS.map((m) => <option key={m.id} value={m.id} disabled={m.id === era}>{w.caption(m.id)}</option>)}
          </select>
        </label>
        <button type="button" className="era-compare-close" onClick={onClose} aria-label={t('eras.compare.close')}>×</button>
      </div>
      {state !== 'ready' && (
        <div className="era-compare-status" role="status" style={{ left: `${pct}%` }}>
          {t(state === 'loading' ? 'eras.compare.loading' : 'eras.compare.failed')}
        </div>
      )}
    </div>
  );
}

/**
 * The export control over the map: a button that opens a small menu (keyboard: Tab to it, Enter,
 * Escape to close) with the picture and its size, Print, and the data files of what the map shows
 * now. The picture's and the files' code load on first use; every feature's part (its files and
 * sources) loads when the sources are first gathered, a moment after the interface renders. The
 * print sheet's code is here, and the sources kept gathered, so that a print from the browser's
 * own menu, which gives no time to load anything, gets them too.
 */
import './export.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { eraMeta } from '../../geo/eras.ts';
import { useAtlas, useAtlasStore } from '../../state/react.tsx';
import { useDataTexts, useT } from '../../i18n/provider.tsx';
import type { MessageId } from '../../i18n/ids.ts';
import type { ExportContext, ExportFile, FeatureUi, SectionProps } from '../../ui/feature.ts';
import { ATTRIBUTION } from '../../i18n/maplibre-words.ts';
import { formatNumber } from '../../i18n/locale.ts';
import { POV_LABEL } from '../../ui/pov-control.tsx';
import { readLegend } from './legend.ts';
import { buildSheet, removeSheet, type SheetWords } from './print.ts';
import { exportFileName, viewParts } from './names.ts';
import type { Gathered } from './gather.ts';

type Words = SheetWords;

function ExportControl({ map }: SectionProps) {
  const store = useAtlasStore();
  const t = useT();
  const { lang, texts } = useDataTexts();
  const era = useAtlas((s) => s.era);
  const pov = useAtlas((s) => s.pov);
  const slices = useAtlas((s) => s.slices);
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<1 | 2>(1);
  const [gathered, setGathered] = useState<Gathered | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const context = useCallback((): ExportContext => ({
    state: store.getState(), lang, texts, t, dataUrl: new URL('data/', window.location.href).href,
  }), [store, lang, texts, t]);

  /** The frame's words now; the sources as last gathered. */
  const words = useCallback((sources: readonly string[]): Words => {
    const s = store.getState();
    const title = t('export.frame.title', { span: t(`eras.era.${s.era}.span` as MessageId), treaty: eraMeta(s.era).treaty[lang] })
      + (s.era === '1945' ? ` · ${t(POV_LABEL[s.pov])}` : '');
    return {
      title,
      legendHeading: t('export.frame.legend'),
      sourcesHeading: t('export.frame.sources'),
      sources: [...sources],
      attribution: `${ATTRIBUTION[lang].atlas} · ${t('export.frame.attribution')}`,
      link: t('export.frame.link', { url: window.location.href }),
      date: t('export.frame.date', { date: new Date() }),
      km: (km: number) => t('export.frame.km', { value: formatNumber(lang, km) }),
    };
  }, [store, t, lang]);

  const gatherNow = useCallback(async (): Promise<{ g: Gathered; lines: string[] }> => {
    const { gather, citationLines } = await import('./gather.ts');
    const g = await gather(context());
    return { g, lines: citationLines(g.sources) };
  }, [context]);

  // The sources of what the map shows now, kept current whether or not the menu is open, so that a
  // print started from the browser's own menu, which gives no time to gather anything, has them.
  // With the menu open they are gathered at once (it lists the files too); closed, once the state
  // has rested for a moment (a measurement dragged changes it many times a second). Each set is
  // kept with the state it was gathered for: a print of another state gets none rather than the
  // wrong ones, and so does a gathering that failed.
  const sourcesRef = useRef<{ of: unknown[]; lines: string[] }>({ of: [], lines: [] });
  const gatheredFor = useCallback(() => { const s = store.getState(); return [s.era, s.pov, s.slices, lang]; }, [store, lang]);
  const sourcesNow = useCallback(() => {
    const now = gatheredFor();
    const { of, lines } = sourcesRef.current;
    return of.length === now.length && of.every((x, i) => x === now[i]) ? lines : [];
  }, [gatheredFor]);
  useEffect(() => {
    let live = true;
    const of = gatheredFor();
    const run = () => gatherNow()
      .then(({ g, lines }) => { if (live) { sourcesRef.current = { of, lines }; if (open) setGathered(g); } })
      .catch((e: unknown) => {
        if (!live) return;
        sourcesRef.current = { of: [], lines: [] };
        if (open) setStatus(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
      });
    const timer = open ? (void run(), 0) : window.setTimeout(() => { void run(); }, 400);
    return () => { live = false; window.clearTimeout(timer); };
  }, [open, gatherNow, gatheredFor, era, pov, slices, t]);

  /** Prints with the sources gathered just now, for the Print button and Ctrl+P (⌘P); one at a time. */
  const printing = useRef(false);
  const print = useCallback(async () => {
    if (printing.current) return;
    printing.current = true;
    try {
      sourcesRef.current = { of: gatheredFor(), lines: (await gatherNow()).lines };
    } catch {
      // Print what there is: the sheet then has no sources rather than another state's.
      sourcesRef.current = { of: [], lines: [] };
    }
    try {
      window.print();
    } finally {
      printing.current = false;
    }
  }, [gatherNow, gatheredFor]);

  // Ctrl+P (⌘P) takes the same way as the Print button, so its page has the sources of this
  // moment. The key is read by its letter (Ctrl+P on any layout that has a P), and by its place
  // only where the layout has no Latin letters (a Russian keyboard's З is where P is).
  useEffect(() => {
    if (!map) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const k = e.key.toLowerCase();
      if (k !== 'p' && (/^[a-z]$/.test(k) || e.code !== 'KeyP')) return;
      e.preventDefault();
      if (!e.repeat) void print();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [map, print]);

  // The print sheet, for the Print button and for the browser's own print command alike.
  useEffect(() => {
    if (!map) return;
    const before = () => buildSheet(map, words(sourcesNow()), readLegend(document));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', removeSheet);
    return () => { window.removeEventListener('beforeprint', before); window.removeEventListener('afterprint', removeSheet); };
  }, [map, words, sourcesNow]);

  // Escape closes the menu and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { setOpen(false); toggle.current?.focus(); } };
    const onDown = (e: PointerEvent) => {
      const root = menu.current?.parentElement;
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('pointerdown', onDown); };
  }, [open]);

  if (!map) return null;

  const run = async (file: string, work: () => Promise<unknown>) => {
    setBusy(true);
    setStatus(t('export.working', { file }));
    try {
      await work();
      setStatus(t('export.saved', { file }));
    } catch (e) {
      setStatus(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const saveImage = () => {
    const s = store.getState();
    const now = new Date();
    const file = exportFileName([...viewParts(s.era, s.pov), scale === 2 ? '2x' : ''], 'png', now);
    void run(file, async () => {
      const [{ composeImage }, { saveBlob }, { lines }] = await Promise.all([import('./image.ts'), import('./save.ts'), gatherNow()]);
      const w = words(lines);
      const blob = await composeImage(map, scale, w, readLegend(document));
      saveBlob(blob, file);
    });
  };

  const saveFile = (f: ExportFile, format: 'geojson' | 'csv') => {
    const file = exportFileName([f.name], format, new Date());
    void run(file, async () => { const { saveData } = await import('./data.ts'); await saveData(f, format, new Date()); });
  };

  const box = map.getContainer().getBoundingClientRect();
  const size = (k: number) => ({ width: Math.round(box.width) * k, height: Math.round(box.height) * k });
  return (
    <div className="export-control">
      <button ref={toggle} type="button" className="export-toggle" aria-expanded={open} aria-controls={`${id}-menu`}
        title={t('export.button.title')} onClick={() => setOpen(!open)}>
        {t('export.button')}
      </button>
      <div ref={menu} id={`${id}-menu`} className="export-menu" role="region" aria-label={t('export.menu.label')} hidden={!open}>
        <h3>{t('export.image.heading')}</h3>
        <fieldset>
          <legend>{t('export.image.scale')}</legend>
          {([1, 2] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-scale`} value={k} checked={scale === k} onChange={() => setScale(k)} />
              {' '}{t(k === 1 ? 'export.image.scale1' : 'export.image.scale2', size(k))}
            </label>
          ))}
        </fieldset>
        <div className="export-actions">
          <button type="button" onClick={saveImage} disabled={busy}>{t('export.image.save')}</button>
          <button type="button" onClick={() => { void print(); }} disabled={busy}>{t('export.print.button')}</button>
        </div>
        <h3>{t('export.data.heading')}</h3>
        {gathered ? (
          <ul>
            {gathered.files.map((f) => (
              <li key={f.name}>
                <span>{f.label}</span>
                <div className="export-actions">
                  <button type="button" disabled={busy} onClick={() => saveFile(f, 'geojson')} aria-label={t('export.data.geojson', { what: f.label })}>GeoJSON</button>
                  {f.table && <button type="button" disabled={busy} onClick={() => saveFile(f, 'csv')} aria-label={t('export.data.csv', { what: f.label })}>CSV</button>}
                </div>
              </li>
            ))}
          </ul>
        ) : <p>{t('export.data.loading')}</p>}
        <p className="export-status" role="status" aria-live="polite">{status}</p>
      </div>
    </div>
  );
}

export const exportUi: FeatureUi = { MapOverlay: ExportControl };

/**
 * The Import tab: the file chooser ("Open file…", a button, so the keyboard reaches it; the map
 * takes dropped files too: ./drop-zone.tsx), what the chooser is doing ("Checking…", or why a file
 * was refused: each problem with where it is), the imported layers (name, shown or hidden,
 * measure, remove, and the warnings each was imported with), and the measurement of one import to
 * the nearest island, an island, or another import.
 *
 * A reader's file names and property values are text from outside: React writes them as text,
 * never as HTML.
 */
import { useId, useMemo, useRef } from 'react';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { formatLength } from '../../i18n/units.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { importFiles, measureTo, removeLayer, setVisible, stopMeasuring } from './actions.ts';
import { measuredOf, unitOf } from './computed.ts';
import { PALETTE } from './layers.ts';
import { problemMessage, whereMessage } from './messages.ts';
import type { ImportProblem } from './problems.ts';
import { importSlice, type ImportedLayer, type MeasureTarget } from './state.ts';

/** One problem as a line: where it is, then what is wrong. */
export function useProblemText(): (p: ImportProblem) => string {
  const t = useT();
  return (p) => {
    const what = problemMessage(p);
    const where = whereMessage(p);
    const problem = t(what.id, what.values);
    return where ? t('import.problemAt', { where: t(where.id, where.values), problem }) : problem;
  };
}

function Problems({ problems, className }: { problems: readonly ImportProblem[]; className: string }) {
  const say = useProblemText();
  return (
    <ul className={className}>
      {problems.map((p, i) => <li key={i}>{say(p)}</li>)}
    </ul>
  );
}

function Status() {
  const { status } = useSlice(importSlice);
  const t = useT();
  return (
    <>
      <p role="status" className="import-status">
        {status.kind === 'checking' ? t('import.checking', { name: status.fileName })
          : status.kind === 'imported' ? t('import.imported', { name: status.fileName }) : ''}
      </p>
      {status.kind === 'refused' || status.kind === 'failed' ? (
        <div role="alert" className="import-refused">
          {status.kind === 'refused' ? (
            <>
              <p>{t('import.refused', { name: status.fileName })}</p>
              <Problems problems={status.problems} className="import-problems" />
            </>
          ) : <p>{t('import.failed', { name: status.fileName, reason: status.reason })}</p>}
        </div>
      ) : null}
    </>
  );
}

function LayerItem({ layer }: { layer: ImportedLayer }) {
  const store = useAtlasStore();
  const t = useT();
  const showId = useId();
  return (
    <li className="import-layer" data-layer={layer.id}>
      <div className="import-layer-head">
        <span className="import-swatch" aria-hidden="true" style={{ background: PALETTE[layer.colour % PALETTE.length] }} />
        <input id={showId} type="checkbox" checked={layer.visible} onChange={(e) => setVisible(store, layer.id, e.target.checked)}
          aria-label={t('import.show', { name: layer.name })} />
        <label htmlFor={showId} className="import-layer-name">{layer.name}</label>
        {layer.visible ? null : <span className="import-layer-hidden">({t('import.hidden')})</span>}
      </div>
      <p className="import-layer-summary">{t('import.summary', { features: layer.stats.features, vertices: layer.stats.vertices })}</p>
      <div className="import-layer-actions">
        <button type="button" onClick={() => measureTo(store, layer.id, { kind: 'nearest' })} aria-label={t('import.measureName', { name: layer.name })}>
          {t('import.measure')}
        </button>
        <button type="button" onClick={() => removeLayer(store, layer.id)} aria-label={t('import.removeName', { name: layer.name })}>
          {t('import.remove')}
        </button>
      </div>
      {layer.warnings.length ? (
        <details className="import-warnings">
          <summary>{t('import.warnings', { count: layer.warnings.length })}</summary>
          <Problems problems={layer.warnings} className="import-problems" />
        </details>
      ) : null}
    </li>
  );
}

const targetValue = (to: MeasureTarget) => (to.kind === 'nearest' ? 'nearest' : `${to.kind}:${to.id}`);
function readTarget(v: string): MeasureTarget {
  if (v.startsWith('island:')) return { kind: 'island', id: v.slice(7) };
  if (v.startsWith('import:')) return { kind: 'import', id: v.slice(7) };
  return { kind: 'nearest' };
}

function Measurement({ islands }: Pick<SectionProps, 'islands'>) {
  const store = useAtlasStore();
  const { layers, measure } = useSlice(importSlice);
  const measured = useAtlas(measuredOf);
  const unit = useAtlas(unitOf);
  const lang = useLanguage();
  const t = useT();
  const toId = useId();
  const headingId = useId();
  const byName = useMemo(
    () => [...(islands?.features ?? [])].sort((a, b) => a.properties.name[lang].localeCompare(b.properties.name[lang], lang)),
    [islands, lang],
  );
  const of = measure && layers.find((l) => l.id === measure.of);
  if (!measure || !of) return null;
  let readout = t('import.readout.waiting');
  let nearest: string | null = null;
  if (measured) {
    const distance = formatLength(lang, measured.distanceKm, unit);
    if (measured.to.kind === 'island') {
      const island = measured.to.island.properties.name[lang];
      readout = t('import.readout.island', { name: of.name, island, distance });
      if (measured.to.nearest) nearest = t('import.readout.nearest', { island });
    } else {
      readout = t('import.readout.import', { name: of.name, other: measured.to.layer.name, distance });
    }
  }
  return (
    <section className="import-measure" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.measure.heading', { name: of.name })}</h3>
      <label htmlFor={toId}>{t('import.measure.to')} </label>
      <select id={toId} value={targetValue(measure.to)} onChange={(e) => measureTo(store, of.id, readTarget(e.target.value))}>
        <option value="nearest">{t('import.measure.nearest')}</option>
        <optgroup label={t('import.measure.islands')}>
          {byName.map((f) => <option key={f.properties.id} value={`island:${f.properties.id}`}>{f.properties.name[lang]}</option>)}
        </optgroup>
        {layers.length > 1 ? (
          <optgroup label={t('import.measure.imports')}>
            {layers.filter((l) => l.id !== of.id).map((l) => <option key={l.id} value={`import:${l.id}`}>{l.name}</option>)}
          </optgroup>
        ) : null}
      </select>
      <div role="status" aria-label={t('import.measure.readout')} className="import-readout">
        <p>{readout}</p>
        {nearest ? <p>{nearest}</p> : null}
        {measured?.overlap ? <p>{t('import.readout.overlap')}</p> : null}
      </div>
      <button type="button" onClick={() => stopMeasuring(store)}>{t('import.measure.stop')}</button>
    </section>
  );
}

export function ImportSection({ islands }: SectionProps) {
  const store = useAtlasStore();
  const { layers } = useSlice(importSlice);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  return (
    <div className="panel import-panel">
      <h2>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <p className="import-private">{t('import.private')}</p>
      <input
        ref={input} type="file" hidden multiple className="import-file"
        accept=".geojson,.json,.kml,.gpx,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/gpx+xml"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so that the same file can be chosen again.
          e.target.value = '';
          if (files.length) void importFiles(store, files);
        }}
      />
      <button type="button" className="import-open" onClick={() => input.current?.click()}>{t('import.open')}</button>
      <Status />
      <h3 id={listId}>{t('import.layers')}</h3>
      {layers.length ? (
        <ul className="import-layers" aria-labelledby={listId}>
          {layers.map((l) => <LayerItem key={l.id} layer={l} />)}
        </ul>
      ) : <p>{t('import.none')}</p>}
      <Measurement islands={islands} />
    </div>
  );
}

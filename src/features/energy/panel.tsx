/**
 * The panel of one pipeline or site. A pipeline's shows its status, year opened, operator and
 * capacity, and its published length beside the length of the drawn line measured on the
 * ellipsoid, with the data's word on why they differ; a site's shows its kind, where it is placed
 * and how surely, and the figures that belong to it. Both end with their sources; Escape closes.
 */
import { useLanguage } from '../../i18n/provider.tsx';
import { sentenceGap } from '../../i18n/locale.ts';
import { useEffect, useMemo, useRef } from 'react';
import type { FacilityFeature, PipelineFeature } from './model.ts';
import { compareLength, type EnergyEntry } from './view.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';
import { SourceList } from './sources.tsx';
import { SourceCite } from '../../ui/source-cite.tsx';
import { formatNumber } from '../../i18n/locale.ts';
import { useEnergyWords } from './use-energy-words.ts';

export interface EnergyPanelProps {
  entry: EnergyEntry;
  onClose: () => void;
  /** Move focus to the heading when the panel opens (it was opened from the keyboard list). */
  focus: boolean;
}

function PipelineBody({ feature }: { feature: PipelineFeature }) {
  const w = useEnergyWords();
  const gap = sentenceGap(useLanguage());
  const { t } = w;
  const p = feature.properties;
  const length = useMemo(() => compareLength(feature), [feature]);
  return (
    <>
      <p className="energy-panel-kind">
        <LineSample commodity={p.commodity} status={p.status} chevrons /> {t('energy.panel.route', { commodity: w.commodity(p.commodity), from: p.from, to: p.to })}
      </p>
      <dl>
        <dt>{t('energy.panel.status')}</dt><dd data-testid="energy-status">{w.status(p.status)}{p.status_note && <small> {p.status_note}</small>}</dd>
        <dt>{t('energy.panel.opened')}</dt><dd data-testid="energy-opened">{w.openedLong(p.opened, p.status)}</dd>
        <dt>{t('energy.panel.operator')}</dt><dd>{p.operator ?? t('energy.panel.noOperator')}</dd>
        <dt>{t('energy.panel.capacity')}</dt><dd>{p.capacity ? w.capacity(p.capacity) : t('energy.panel.noFigure')}{p.capacity_note && <small> {p.capacity_note}</small>}</dd>
        {p.via.length > 0 && (<><dt>{t('energy.panel.via')}</dt><dd>{p.via.join(t('energy.panel.viaSeparator'))}</dd></>)}
      </dl>
      <h3>{t('energy.panel.length')}</h3>
      <dl className="energy-lengths" data-testid="energy-lengths">
        <dt>{t('energy.panel.published')}</dt>
        <dd>{length.publishedKm === null ? t('energy.panel.noFigure') : <>{w.km(length.publishedKm)}{p.length_source && <SourceCite source={p.length_source} />}</>}</dd>
        <dt>{t('energy.panel.drawn')}</dt>
        <dd>{w.km(length.computedKm)} <small>{t('energy.panel.drawnNote')}</small></dd>
        {length.diffPct !== null && (
          <>
            <dt>{t('energy.panel.difference')}</dt>
            <dd>
              {w.signedPercent(length.diffPct)}{' '}
              <strong>{t(length.within ? 'energy.panel.within' : 'energy.panel.outside', { tolerance: w.tolerance() })}</strong>
            </dd>
          </>
        )}
      </dl>
      <p className="energy-note">
        {length.within === false && <strong>{t('energy.panel.whyDiffer')}{gap}</strong>}
        {length.note ?? t('energy.panel.defaultLengthNote')}
      </p>
      <h3>{t('energy.panel.routeHeading')}</h3>
      <p className="energy-note"><strong>{w.routePrecision(p.route_precision)}</strong>{gap}{p.route_note}</p>
      <SourceList sources={p.sources} />
    </>
  );
}

function FacilityBody({ feature }: { feature: FacilityFeature }) {
  const w = useEnergyWords();
  const gap = sentenceGap(useLanguage());
  const { t, lang } = w;
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const deg = (v: number) => formatNumber(lang, v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <>
      <p className="energy-panel-kind"><SiteGlyph kind={p.kind} status={p.status} /> {w.kind(p.kind)}</p>
      <dl>
        <dt>{t('energy.panel.status')}</dt><dd data-testid="energy-status">{w.status(p.status)}{p.status_note && <small> {p.status_note}</small>}</dd>
        <dt>{t('energy.panel.opened')}</dt><dd data-testid="energy-opened">{w.openedLong(p.opened, p.status)}</dd>
        <dt>{t('energy.panel.operator')}</dt><dd>{p.operator ?? t('energy.panel.noOperator')}</dd>
        <dt>{t('energy.panel.position')}</dt>
        <dd>
          {t(p.location_precision === 'exact' ? 'energy.panel.coordinates' : 'energy.panel.coordinatesApprox', { lat: deg(lat), lon: deg(lon) })}
          <small> {w.locationPrecision(p.location_precision)}{p.location_note && `${gap}${p.location_note}`}</small>
        </dd>
      </dl>
      {p.figures.length > 0 && (
        <>
          <h3>{t('energy.panel.figures')}</h3>
          <dl className="energy-figures">
            {p.figures.map((f, i) => (
              <div key={`${i}-${f.label}`} className="energy-figure">
                <dt>{f.label}</dt>
                <dd>{f.value}<SourceCite source={f.source} />{f.note && <small>{f.note}</small>}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <SourceList sources={p.sources} />
    </>
  );
}

export function EnergyPanel({ entry, onClose, focus }: EnergyPanelProps) {
  const { t } = useEnergyWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = entry.feature.properties.id;
  useEffect(() => { if (focus) heading.current?.focus(); }, [focus, id]);
  return (
    <section className="panel energy-panel" aria-labelledby="energy-panel-title" data-energy-id={id}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <header>
        <h2 id="energy-panel-title" ref={heading} tabIndex={-1}>{entry.feature.properties.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('energy.panel.close')}>×</button>
      </header>
      {entry.type === 'pipeline' ? <PipelineBody feature={entry.feature} /> : <FacilityBody feature={entry.feature} />}
    </section>
  );
}

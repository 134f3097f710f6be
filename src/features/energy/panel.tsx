/**
 * The panel of one pipeline or site. A pipeline's shows its status, year opened, operator and
 * capacity, and its published length beside the length of the drawn line measured on the
 * ellipsoid, with the data's word on why they differ; a site's shows its kind, where it is placed
 * and how surely, and the figures that belong to it. Both end with their sources; Escape closes.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  COMMODITY_LABEL, KIND_LABEL, formatCapacity, statusLabel, type FacilityFeature, type PipelineFeature, type RoutePrecision,
} from './model.ts';
import { TOLERANCE_TEXT, compareLength, type EnergyEntry } from './view.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';
import { SourceList } from './sources.tsx';
import { SourceCite } from '../../ui/source-cite.tsx';
import { formatDistance } from '../../geo/units.ts';

export interface EnergyPanelProps {
  entry: EnergyEntry;
  onClose: () => void;
  /** Move focus to the heading when the panel opens (it was opened from the keyboard list). */
  focus: boolean;
}

const pct = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

const PRECISION_LABEL: Record<RoutePrecision, string> = {
  corridor: 'Drawn through the towns and sites it is documented to pass',
  approximate: 'Drawn approximately: some stretches are undocumented',
  indicative: 'Indicative: a plan whose route was never fixed',
};

const LOCATION_LABEL = { exact: 'Published coordinate', approximate: 'Placed approximately', area: 'A marker for a field that covers a wide area' } as const;

function openedText(opened: number | null, status: string): string {
  if (opened !== null) return String(opened);
  return status === 'under-construction' ? 'Not yet: under construction' : 'Never opened';
}

function PipelineBody({ feature }: { feature: PipelineFeature }) {
  const p = feature.properties;
  const length = useMemo(() => compareLength(feature), [feature]);
  return (
    <>
      <p className="energy-panel-kind">
        <LineSample commodity={p.commodity} status={p.status} chevrons /> {COMMODITY_LABEL[p.commodity]} · {p.from} → {p.to}
      </p>
      <dl>
        <dt>Status</dt><dd data-testid="energy-status">{statusLabel(p.status)}{p.status_note && <small> {p.status_note}</small>}</dd>
        <dt>Opened</dt><dd data-testid="energy-opened">{openedText(p.opened, p.status)}</dd>
        <dt>Operator</dt><dd>{p.operator ?? 'None named'}</dd>
        <dt>Capacity</dt><dd>{formatCapacity(p.capacity) ?? 'No published figure'}{p.capacity_note && <small> {p.capacity_note}</small>}</dd>
        {p.via.length > 0 && (<><dt>Via</dt><dd>{p.via.join(' · ')}</dd></>)}
      </dl>
      <h3>Length</h3>
      <dl className="energy-lengths" data-testid="energy-lengths">
        <dt>Published</dt>
        <dd>{length.publishedKm === null ? 'No published figure' : <>{formatDistance(length.publishedKm)}{p.length_source && <SourceCite source={p.length_source} />}</>}</dd>
        <dt>Drawn line</dt>
        <dd>{formatDistance(length.computedKm)} <small>measured here along the drawn line on the WGS84 ellipsoid</small></dd>
        {length.diffPct !== null && (
          <>
            <dt>Difference</dt>
            <dd>
              {pct(length.diffPct)}{' '}
              <strong>{length.within ? `within the tolerance (${TOLERANCE_TEXT})` : `outside the tolerance (${TOLERANCE_TEXT})`}</strong>
            </dd>
          </>
        )}
      </dl>
      <p className="energy-note">
        {length.within === false && <strong>Why they differ: </strong>}
        {length.note ?? 'A line through the towns on the route cuts the bends of the pipe between them, so the drawn line runs shorter than the pipe.'}
      </p>
      <h3>Route</h3>
      <p className="energy-note"><strong>{PRECISION_LABEL[p.route_precision]}.</strong> {p.route_note}</p>
      <SourceList sources={p.sources} />
    </>
  );
}

function FacilityBody({ feature }: { feature: FacilityFeature }) {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  return (
    <>
      <p className="energy-panel-kind"><SiteGlyph kind={p.kind} status={p.status} /> {KIND_LABEL[p.kind]}</p>
      <dl>
        <dt>Status</dt><dd data-testid="energy-status">{statusLabel(p.status)}{p.status_note && <small> {p.status_note}</small>}</dd>
        <dt>Opened</dt><dd data-testid="energy-opened">{openedText(p.opened, p.status)}</dd>
        <dt>Operator</dt><dd>{p.operator ?? 'None named'}</dd>
        <dt>Position</dt>
        <dd>
          {lat.toFixed(2)}° N, {lon.toFixed(2)}° E{p.location_precision !== 'exact' && ' (approximate)'}
          <small> {LOCATION_LABEL[p.location_precision]}.{p.location_note && ` ${p.location_note}`}</small>
        </dd>
      </dl>
      {p.figures.length > 0 && (
        <>
          <h3>Figures</h3>
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
  const heading = useRef<HTMLHeadingElement>(null);
  const id = entry.feature.properties.id;
  useEffect(() => { if (focus) heading.current?.focus(); }, [focus, id]);
  return (
    <section className="panel energy-panel" aria-labelledby="energy-panel-title" data-energy-id={id}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <header>
        <h2 id="energy-panel-title" ref={heading} tabIndex={-1}>{entry.feature.properties.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close energy panel">×</button>
      </header>
      {entry.type === 'pipeline' ? <PipelineBody feature={entry.feature} /> : <FacilityBody feature={entry.feature} />}
    </section>
  );
}

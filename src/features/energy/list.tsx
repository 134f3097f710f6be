/**
 * The pipelines and sites the filter leaves, as buttons: Tab reaches each one, Enter or a click
 * opens its panel and flies the map to it. The keyboard's way to everything a click on the map
 * does.
 */
import { KIND_LABEL, statusLabel, type FacilityFeature, type PipelineFeature } from './model.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';

export interface EnergyListProps {
  pipelines: PipelineFeature[];
  facilities: FacilityFeature[];
  selected: string | null;
  onOpen: (id: string) => void;
}

const opened = (year: number | null) => (year === null ? 'not opened' : `opened ${year}`);

export function EnergyList({ pipelines, facilities, selected, onOpen }: EnergyListProps) {
  return (
    <section className="energy-list" aria-labelledby="energy-list-title">
      <h2 id="energy-list-title">Pipelines and sites on the map</h2>
      <h3 id="energy-list-routes">Routes</h3>
      {pipelines.length === 0 && <p className="energy-empty">No route was in service by then.</p>}
      <ul aria-labelledby="energy-list-routes">
        {pipelines.map((f) => {
          const p = f.properties;
          return (
            <li key={p.id}>
              <button type="button" data-energy-id={p.id} aria-current={selected === p.id ? 'true' : undefined} onClick={() => onOpen(p.id)}>
                <LineSample commodity={p.commodity} status={p.status} width={36} />
                <span className="energy-list-name">{p.name}</span>
                <small>{p.commodity === 'gas' ? 'gas' : 'oil'} · {statusLabel(p.status).toLowerCase()} · {opened(p.opened)}</small>
              </button>
            </li>
          );
        })}
      </ul>
      <h3 id="energy-list-sites">Sites</h3>
      {facilities.length === 0 && <p className="energy-empty">No site was in service by then.</p>}
      <ul aria-labelledby="energy-list-sites">
        {facilities.map((f) => {
          const p = f.properties;
          return (
            <li key={p.id}>
              <button type="button" data-energy-id={p.id} aria-current={selected === p.id ? 'true' : undefined} onClick={() => onOpen(p.id)}>
                <SiteGlyph kind={p.kind} status={p.status} />
                <span className="energy-list-name">{p.name}</span>
                <small>{KIND_LABEL[p.kind]} · {statusLabel(p.status).toLowerCase()} · {opened(p.opened)}</small>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

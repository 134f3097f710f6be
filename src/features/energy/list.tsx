/**
 * The pipelines and sites the filter leaves, as buttons: Tab reaches each one, Enter or a click
 * opens its panel and flies the map to it. The keyboard's way to everything a click on the map
 * does.
 */
import type { FacilityFeature, PipelineFeature } from './model.ts';
import { LineSample, SiteGlyph } from './symbols.tsx';
import { LOCALES } from '../../i18n/locale.ts';
import { useEnergyWords } from './use-energy-words.ts';

export interface EnergyListProps {
  pipelines: PipelineFeature[];
  facilities: FacilityFeature[];
  selected: string | null;
  onOpen: (id: string) => void;
}

export function EnergyList({ pipelines, facilities, selected, onOpen }: EnergyListProps) {
  const w = useEnergyWords();
  const { t } = w;
  // The status inside a line of small print: lower case where the language has case.
  const status = (s: Parameters<typeof w.status>[0]) => w.status(s).toLocaleLowerCase(LOCALES[w.lang]);
  const meta = (first: string, s: Parameters<typeof w.status>[0], opened: number | null) => [first, status(s), w.openedShort(opened)].join(' · ');
  return (
    <section className="energy-list" aria-labelledby="energy-list-title">
      <h2 id="energy-list-title">{t('energy.list.title')}</h2>
      <h3 id="energy-list-routes">{t('energy.list.routes')}</h3>
      {pipelines.length === 0 && <p className="energy-empty">{t('energy.list.noRoute')}</p>}
      <ul aria-labelledby="energy-list-routes">
        {pipelines.map((f) => {
          const p = f.properties;
          return (
            <li key={p.id}>
              <button type="button" data-energy-id={p.id} aria-current={selected === p.id ? 'true' : undefined} onClick={() => onOpen(p.id)}>
                <LineSample commodity={p.commodity} status={p.status} width={36} />
                <span className="energy-list-name">{p.name}</span>
                <small>{meta(t(p.commodity === 'gas' ? 'energy.list.gas' : 'energy.list.oil'), p.status, p.opened)}</small>
              </button>
            </li>
          );
        })}
      </ul>
      <h3 id="energy-list-sites">{t('energy.list.sites')}</h3>
      {facilities.length === 0 && <p className="energy-empty">{t('energy.list.noSite')}</p>}
      <ul aria-labelledby="energy-list-sites">
        {facilities.map((f) => {
          const p = f.properties;
          return (
            <li key={p.id}>
              <button type="button" data-energy-id={p.id} aria-current={selected === p.id ? 'true' : undefined} onClick={() => onOpen(p.id)}>
                <SiteGlyph kind={p.kind} status={p.status} />
                <span className="energy-list-name">{p.name}</span>
                <small>{meta(w.kind(p.kind), p.status, p.opened)}</small>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

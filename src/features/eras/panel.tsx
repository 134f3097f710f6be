/**
 * The era panel: the treaty and its date, the boundary clause in our words with its sources,
 * what changed since the era before (islands and km² on the ellipsoid), the land each side held,
 * and for the present era both governments' positions. Every text shows its citations. The
 * panel's data comes in the interface language (`useLocalised` in section.tsx); its own words
 * are the catalogue's, its dates and numbers the language's.
 */
import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Citation, CitedText, Holder } from '../../geo/eras.ts';
import { LANGUAGES } from '../../geo/language.ts';
import { formatPartialDate } from '../../i18n/locale.ts';
import { AREA_CITATION, type EraPanel } from './panel-data.ts';
import { changeSentences } from './change-text.ts';
import { useEraWords } from './use-era-words.ts';
import { SourceCite } from '../../ui/source-cite.tsx';

export function Citations({ citations }: { citations: Citation[] }) {
  const { t } = useEraWords();
  return (
    <ul className="era-citations" aria-label={t('eras.panel.sources')}>
      {citations.map((c, i) => (
        <li key={i}>
          {/* The areas' locator is the atlas's own words, so it follows the language. */}
          <SourceCite source={c} locator={c === AREA_CITATION ? t('eras.panel.areaLocator') : c.locator} />
        </li>
      ))}
    </ul>
  );
}

function Cited({ t }: { t: CitedText }) {
  return (
    <div className="era-cited">
      <p>{t.text}</p>
      <Citations citations={t.citations} />
    </div>
  );
}

const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;

export interface EraPanelViewProps {
  panel: EraPanel;
  /** An island id to the name to show, in the interface language. */
  islandName: (id: string) => string;
}

export function EraPanelView({ panel: p, islandName }: EraPanelViewProps) {
  const w = useEraWords();
  const { t, lang } = w;
  const noTreaty = p.signatories.length === 0;
  const prev = p.change?.from ?? null;
  const held = (Object.entries(p.heldKm2) as [Holder, number][]).filter(([, km2]) => km2 > 0);
  const side = (h: Holder) => t(`eras.side.${h}`);
  const otherNames = LANGUAGES.filter((l) => l !== lang);
  return (
    <section className="panel era-panel" aria-labelledby="era-panel-title">
      <header>
        <h2 id="era-panel-title">{p.treaty[lang]}</h2>
        <span className="era-panel-span">{w.span(p.era)}</span>
      </header>
      <p className="era-panel-names">
        {otherNames.map((l, i) => <Fragment key={l}>{i > 0 && ' · '}<span lang={l}>{p.treaty[l]}</span></Fragment>)}
      </p>
      <dl className="era-panel-facts">
        <dt>{t(noTreaty ? 'eras.panel.completed' : 'eras.panel.signed')}</dt>
        <dd>
          <time dateTime={p.signed}>{formatPartialDate(lang, p.signed)}</time>
          {p.signedNote && <small>{t('eras.panel.signedNote', { note: p.signedNote })}</small>}
        </dd>
        <dt>{t(noTreaty ? 'eras.panel.where' : 'eras.panel.place')}</dt><dd>{p.place}</dd>
        {!noTreaty && (<><dt>{t('eras.panel.signedBy')}</dt><dd>{p.signatories.join(t('eras.panel.signatorySeparator'))}</dd></>)}
        <dt>{t(noTreaty ? 'eras.panel.before' : 'eras.panel.inForce')}</dt>
        <dd>{p.inForce.map((c, i) => <Cited key={i} t={c} />)}</dd>
      </dl>

      <h3>{t(noTreaty ? 'eras.panel.whatHappened' : 'eras.panel.clause')}</h3>
      <Cited t={p.clause} />

      <h3>{prev ? t('eras.panel.changedSince', { era: w.label(prev) }) : t('eras.panel.changed')}</h3>
      {p.change ? (
        <>
          <div className="era-cited">
            {changeSentences(p.change, w, islandName).map((s, i) => <p key={i}>{s}</p>)}
            <Citations citations={p.change.citations} />
          </div>
          <p className="era-panel-total">
            <FormattedMessage id="eras.panel.total" values={{ area: w.area(p.change.areaKm2), b: strong }} />
          </p>
          <details className="era-transfers">
            <summary>{t('eras.panel.islandByIsland', { count: p.change.transfers.length })}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('eras.panel.land')}</th>
                  <th scope="col">{t('eras.panel.fromTo')}</th>
                  <th scope="col">{t('eras.panel.area')}</th>
                </tr>
              </thead>
              <tbody>
                {p.change.transfers.map((tr) => {
                  const island = islandName(tr.island);
                  const half = tr.part === tr.island ? null : tr.part.endsWith('/south') ? 'south' : 'north';
                  return (
                    <tr key={tr.part}>
                      <th scope="row">{half ? t(half === 'south' ? 'eras.panel.southPart' : 'eras.panel.northPart', { island }) : island}</th>
                      <td>{t('eras.panel.fromToValue', { from: side(tr.from), to: side(tr.to) })}</td>
                      <td className="num">{w.area(tr.areaKm2)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p>{t('eras.panel.firstEra')}</p>
      )}

      <h3>{t('eras.panel.held')}</h3>
      <dl className="era-panel-held">
        {held.map(([h, km2]) => (
          <Fragment key={h}>
            <dt>{p.polities[h]?.[lang] ?? side(h)}</dt>
            <dd className="num">{w.area(km2)}</dd>
          </Fragment>
        ))}
      </dl>
      <small>{t('eras.panel.areasNote')}</small>

      {p.notes.length > 0 && (
        <>
          <h3>{t('eras.panel.notes')}</h3>
          {p.notes.map((n, i) => <Cited key={i} t={n} />)}
        </>
      )}

      {p.positions && (
        <>
          <h3>{t('eras.panel.positions')}</h3>
          <ul className="positions era-positions">
            <li><strong>{t('eras.panel.japan')}</strong> <Cited t={p.positions.japan} /></li>
            <li><strong>{t('eras.panel.russia')}</strong> <Cited t={p.positions.russia} /></li>
          </ul>
        </>
      )}
    </section>
  );
}

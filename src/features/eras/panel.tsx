/**
 * The era panel: the treaty and its date, the boundary clause in our words with its sources,
 * what changed since the era before (islands and km² on the ellipsoid), the land each side held,
 * and for the present era both governments' positions. Every text shows its citations.
 */
import { Fragment } from 'react';
import type { Citation, CitedText, EraId, Holder } from '../../geo/eras.ts';
import { eraMeta } from '../../geo/eras.ts';
import { formatArea } from '../../geo/units.ts';
import { ERA_AREA_DECIMALS, type EraPanel } from './panel-data.ts';
import { formatIncidentDate } from '../../geo/format.ts';
import { SourceCite } from '../../ui/source-cite.tsx';

const SIDE: Record<Holder, string> = { japan: 'Japanese side', russia: 'Russian side', joint: 'Undivided' };

export function Citations({ citations }: { citations: Citation[] }) {
  return (
    <ul className="era-citations" aria-label="Sources">
      {citations.map((c, i) => (
        <li key={i}>
          <SourceCite source={c} locator={c.locator} />
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

export interface EraPanelViewProps {
  panel: EraPanel;
  /** An island id to the name to show. */
  islandName: (id: string) => string;
}

export function EraPanelView({ panel: p, islandName }: EraPanelViewProps) {
  const meta = eraMeta(p.era);
  const noTreaty = p.signatories.length === 0;
  const prev: EraId | null = p.change?.from ?? null;
  const prevMeta = prev ? eraMeta(prev) : null;
  const held = (Object.entries(p.heldKm2) as [Holder, number][]).filter(([, km2]) => km2 > 0);
  return (
    <section className="panel era-panel" aria-labelledby="era-panel-title">
      <header>
        <h2 id="era-panel-title">{p.treaty.en}</h2>
        <span className="era-panel-span">{meta.span}</span>
      </header>
      <p className="era-panel-names"><span lang="ja">{p.treaty.ja}</span> · <span lang="ru">{p.treaty.ru}</span></p>
      <dl className="era-panel-facts">
        <dt>{noTreaty ? 'Completed' : 'Signed'}</dt>
        <dd>
          <time dateTime={p.signed}>{formatIncidentDate(p.signed, null)}</time>
          {p.signedNote && <small> ({p.signedNote})</small>}
        </dd>
        <dt>{noTreaty ? 'Where' : 'Place'}</dt><dd>{p.place}</dd>
        {!noTreaty && (<><dt>Signed by</dt><dd>{p.signatories.join('; ')}</dd></>)}
        <dt>{noTreaty ? 'Before' : 'In force'}</dt>
        <dd>{p.inForce.map((t, i) => <Cited key={i} t={t} />)}</dd>
      </dl>

      <h3>{noTreaty ? 'What happened' : 'The border clause'}</h3>
      <Cited t={p.clause} />

      <h3>{prevMeta ? `What changed since ${prevMeta.label.en}` : 'What changed'}</h3>
      {p.change ? (
        <>
          <Cited t={p.change.summary} />
          <p className="era-panel-total">In all, <strong>{formatArea(p.change.areaKm2, 'km', ERA_AREA_DECIMALS)}</strong> changed hands.</p>
          <details className="era-transfers">
            <summary>Island by island ({p.change.transfers.length})</summary>
            <table>
              <thead><tr><th scope="col">Land</th><th scope="col">From → to</th><th scope="col">Area</th></tr></thead>
              <tbody>
                {p.change.transfers.map((t) => (
                  <tr key={t.part}>
                    <th scope="row">{islandName(t.island)}{t.part !== t.island && (t.part.endsWith('/south') ? ', south of 50°N' : ', north of 50°N')}</th>
                    <td>{SIDE[t.from]} → {SIDE[t.to]}</td>
                    <td className="num">{formatArea(t.areaKm2, 'km', ERA_AREA_DECIMALS)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p>The first border the two countries agreed: there is no earlier era to compare with.</p>
      )}

      <h3>Land held in this era</h3>
      <dl className="era-panel-held">
        {held.map(([h, km2]) => (
          <Fragment key={h}>
            <dt>{p.polities[h]?.en ?? SIDE[h]}</dt>
            <dd className="num">{formatArea(km2, 'km', ERA_AREA_DECIMALS)}</dd>
          </Fragment>
        ))}
      </dl>
      <small>Areas computed by the atlas on the WGS84 ellipsoid from the era polygons (OpenStreetMap land, simplified), in the area the atlas covers.</small>

      {p.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          {p.notes.map((t, i) => <Cited key={i} t={t} />)}
        </>
      )}

      {p.positions && (
        <>
          <h3>The two positions on the four islands</h3>
          <ul className="positions era-positions">
            <li><strong>Japan:</strong> <Cited t={p.positions.japan} /></li>
            <li><strong>Russia:</strong> <Cited t={p.positions.russia} /></li>
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * What the popup says about one incident: when, what, where and how precisely, who was hurt and
 * which vessels were involved, each government's account where they differ, the facts the
 * sources disagree on, the distance to the coast, whose waters the marker lies in under each
 * side's position, and the sources. Every string from the data goes in as React text.
 */
import type { IncidentCasualties, IncidentProps, IncidentVessel, LocationPrecision } from './model.ts';
import { SourceCite } from '../../ui/source-cite.tsx';
import { INCIDENT_MARKERS } from './layers.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import { formatIncidentDate } from '../../geo/format.ts';
import { formatDistance } from '../../geo/units.ts';
import { watersLine } from './waters-text.ts';

const PRECISION: Record<LocationPrecision, string> = {
  exact: 'exact position, as published',
  approximate: 'approximate position, good to a few kilometres',
  area: 'only the area is known; the marker stands for it',
};

const SIDE = { japan: 'Japanese', russia: 'Russian' } as const;
const HOLDER = { japan: 'Japanese-administered', russia: 'Russian-administered' } as const;

function casualtyText(c: IncidentCasualties): string {
  const n = (v: number | null, what: string) => (v === null ? `${what}: not reported` : v === 0 ? `none ${what}` : `${v} ${what}`);
  const text = `${n(c.killed, 'killed')}, ${n(c.injured, 'injured')}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Vessel({ v }: { v: IncidentVessel }) {
  const facts = [
    v.tonnage_t !== null ? `${v.tonnage_t} t` : null,
    v.crew !== null ? `crew of ${v.crew}` : null,
    v.home_port !== null ? `from ${v.home_port}` : null,
  ].filter((x): x is string => x !== null);
  const what = `${v.count > 1 ? `${v.count} × ` : ''}${SIDE[v.side]} ${v.kind}`;
  return (
    <li>
      {v.name !== null && <><strong>{v.name}</strong>{v.name_ja !== null && <> (<span lang="ja">{v.name_ja}</span>)</>}, </>}
      {what}{facts.length > 0 && <>, {facts.join(', ')}</>}
    </li>
  );
}

function Coast({ p, islandName }: { p: IncidentProps; islandName: (id: string) => string }) {
  const coast = `${islandName(p.coast_island)} (${HOLDER[p.coast_administered_by]})`;
  if (p.mainland) return <dd>On land: the mainland ({HOLDER[p.mainland]})</dd>;
  if (p.named_place) {
    // The sources measure from a place the atlas does not draw: that distance, then the coast's.
    const n = p.named_place;
    return (
      <dd>
        {formatDistance(n.distance_km)} from {n.name} ({HOLDER[n.held_by]}): {n.why}.
        {p.coast_distance_km !== null && <> The nearest coast the atlas draws, {coast}, is {formatDistance(p.coast_distance_km)} away.</>}
        <small> Measured from the marker.</small>
      </dd>
    );
  }
  if (p.coast_distance_km === null) return <dd>On land: {coast}</dd>;
  // Where the nearest coast is Japanese, the distance to Russia's matters too: it decides the claim.
  const russianElsewhere = p.russian_coast_distance_km !== null && p.coast_administered_by !== 'russia';
  const claim = p.inside_russian_claimed_territorial_sea;
  const distances = (
    <>
      {formatDistance(p.coast_distance_km)} from the nearest coast, {coast}
      {russianElsewhere && <>; {formatDistance(p.russian_coast_distance_km ?? 0)} from the nearest Russian-administered coast</>}.
    </>
  );
  // At sea the waters line below says whose sea it is in both positions, and so the claim too.
  if (p.waters !== null) return <dd>{distances}<small> Measured from the marker.</small></dd>;
  return (
    <dd>
      {distances}
      {' '}
      {claim === true && <strong>Inside the 12-nautical-mile territorial sea that Russia claims.</strong>}
      {claim === false && <>Outside the territorial sea that Russia claims.</>}
      {claim === null && <>Only the area is known, so whether it was inside the territorial sea Russia claims cannot be said.</>}
      <small> Measured from the marker; the claim is Russia’s, not the atlas’s judgement.</small>
    </dd>
  );
}

/** The waters at the marker, in both sides' positions (src/features/incidents/waters-text.ts). */
function Waters({ p, islandName }: { p: IncidentProps; islandName: (id: string) => string }) {
  const line = watersLine(p, islandName);
  if (line === null) return null;
  return (
    <>
      <dt>Waters</dt>
      <dd className="incident-waters">
        {line}
        <small>
          {p.location_precision === 'area' && ' Only the area is known: this is where the marker stands.'}
          {' '}Today’s zones, measured from the coastlines the atlas draws.
        </small>
      </dd>
    </>
  );
}

export function IncidentDetails(props: { incident: IncidentProps; titleId: string; beyondMap?: boolean; islandName: (id: string) => string }) {
  const p = props.incident;
  const marker = INCIDENT_MARKERS[p.type];
  return (
    <article className="incident-details">
      <p className="incident-meta">
        <MarkerGlyph className="incident-glyph" shape={marker.shape} colour={marker.colour} />
        {' '}{marker.label} · <time dateTime={p.date}>{formatIncidentDate(p.date, p.date_end)}</time>
      </p>
      <h2 id={props.titleId} className="incident-title">{p.title}</h2>
      <p className="incident-summary">{p.summary}</p>
      <dl className="incident-facts">
        <dt>Place</dt>
        <dd>
          {p.place} <small>({PRECISION[p.location_precision]}. {p.location_note})</small>
          {props.beyondMap && <small className="incident-beyond"> The place lies beyond the edge of the map; the popup points towards it.</small>}
        </dd>
        {p.casualties && (<><dt>Casualties</dt><dd>{casualtyText(p.casualties)}{p.casualties.note && <> {p.casualties.note}</>}</dd></>)}
        {p.vessels.length > 0 && (<><dt>Vessels</dt><dd><ul className="incident-vessels">{p.vessels.map((v, i) => <Vessel key={i} v={v} />)}</ul></dd></>)}
        <dt>Coast</dt>
        <Coast p={p} islandName={props.islandName} />
        <Waters p={p} islandName={props.islandName} />
      </dl>
      {p.accounts && (
        <section className="incident-accounts" aria-label="The two governments’ accounts">
          <div><h3>Japan’s account</h3><p>{p.accounts.japan}</p></div>
          <div><h3>Russia’s account</h3><p>{p.accounts.russia}</p></div>
        </section>
      )}
      {p.disputed_facts.length > 0 && (
        <section className="incident-disputed">
          <h3>Where the sources disagree</h3>
          <ul>
            {p.disputed_facts.map((d, i) => (
              <li key={i}>
                {d.fact}:
                <ul>{d.versions.map((v, j) => <li key={j}>“{v.says}”, says {v.by}</li>)}</ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="incident-sources">
        <h3>Sources</h3>
        <ol>{p.sources.map((s, i) => <li key={i}><SourceCite source={s} /></li>)}</ol>
      </section>
    </article>
  );
}

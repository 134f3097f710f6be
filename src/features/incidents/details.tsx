/**
 * What the popup says about one incident: when, what, where and how precisely, who was hurt and
 * which vessels were involved, each government's account where they differ, the facts the
 * sources disagree on, the distance to the coast, whose waters the marker lies in under each
 * side's position, and the sources. Every string from the data goes in as React text; the
 * words around it are the catalogue's, in the interface language, and the data's own texts
 * arrive already in it (the section runs them through `useLocalisedFeatures`).
 */
import type { IncidentProps, IncidentVessel } from './model.ts';
import { SourceCite } from '../../ui/source-cite.tsx';
import { INCIDENT_MARKERS } from './layers.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import type { Language } from '../../geo/language.ts';
import { formatPartialDate } from '../../i18n/locale.ts';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { sentenceGap } from '../../i18n/locale.ts';
import { watersLine } from './waters-text.ts';
import { COAST_NAME, type CoastName } from './coast-names.ts';
import { asQuoted, casualtyText, distanceText, namedPlaceName, typeName, vesselText, type Say } from './words.ts';

/**
 * The vessel's name: in Japanese its Japanese name where the data has one; in Russian its
 * Russian transcription; otherwise the name as the data writes it; the Japanese beside it.
 */
function Vessel({ v, t, lang }: { v: IncidentVessel; t: Say; lang: Language }) {
  const sep = t('incidents.vessel.separator');
  const name = lang === 'ja' && v.name_ja !== null
    ? <><strong>{v.name_ja}</strong>{sep}</>
    : lang === 'ru' && v.name_ru !== null
      ? <><strong>{v.name_ru}</strong>{v.name_ja !== null && <> (<span lang="ja">{v.name_ja}</span>)</>}{sep}</>
      : v.name !== null && <><strong>{v.name}</strong>{v.name_ja !== null && <> (<span lang="ja">{v.name_ja}</span>)</>}{sep}</>;
  return <li>{name}{vesselText(t, v)}</li>;
}

/** The coast island's name with who administers it, in the nominative: "Kunashir (Russian-administered)". */
function coastText(t: Say, coastName: (id: string) => CoastName, p: IncidentProps): string {
  const c = coastName(p.coast_island);
  return t(COAST_NAME[c.form], { name: c.name, holder: t(`incidents.holder.${p.coast_administered_by}`) });
}

/** A text from the data set into a sentence that ends it: without its own closing full stop. */
const clause = (s: string) => s.replace(/[.。]\s*$/u, '');

function Coast({ p, coastName, t, gap }: { p: IncidentProps; coastName: (id: string) => CoastName; t: Say; gap: string }) {
  const coast = coastText(t, coastName, p);
  if (p.mainland) return <dd>{t('incidents.coast.mainland', { holder: t(`incidents.holder.${p.mainland}`) })}</dd>;
  if (p.named_place) {
    // The sources measure from a place the atlas does not draw: that distance, then the coast's.
    const n = p.named_place;
    return (
      <dd>
        {t('incidents.coast.named', { distance: distanceText(t, n.distance_km), place: namedPlaceName(t, n.name), holder: t(`incidents.holder.${n.held_by}`), why: clause(n.why) })}
        {p.coast_distance_km !== null && <>{gap}{t('incidents.coast.namedNearest', { coast, distance: distanceText(t, p.coast_distance_km) })}</>}
        <small>{gap}{t('incidents.coast.measured')}</small>
      </dd>
    );
  }
  if (p.coast_distance_km === null) return <dd>{t('incidents.coast.onLand', { coast })}</dd>;
  // Where the nearest coast is Japanese, the distance to Russia's matters too: it decides the claim.
  const russianElsewhere = p.russian_coast_distance_km !== null && p.coast_administered_by !== 'russia';
  const claim = p.inside_russian_claimed_territorial_sea;
  const distance = distanceText(t, p.coast_distance_km);
  const distances = russianElsewhere
    ? t('incidents.coast.distanceRussian', { distance, coast, russian: distanceText(t, p.russian_coast_distance_km ?? 0) })
    : t('incidents.coast.distance', { distance, coast });
  // At sea the waters line below says whose sea it is in both positions, and so the claim too.
  if (p.waters !== null) return <dd>{distances}<small>{gap}{t('incidents.coast.measured')}</small></dd>;
  return (
    <dd>
      {distances}
      {gap}
      {claim === true && <strong>{t('incidents.coast.inside')}</strong>}
      {claim === false && t('incidents.coast.outside')}
      {claim === null && t('incidents.coast.unknown')}
      <small>{gap}{t('incidents.coast.claimNote')}</small>
    </dd>
  );
}

/** The waters at the marker, in both sides' positions (src/features/incidents/waters-text.ts). */
function Waters({ p, coastName, t, gap }: { p: IncidentProps; coastName: (id: string) => CoastName; t: Say; gap: string }) {
  const line = watersLine(p, coastName, t);
  if (line === null) return null;
  return (
    <>
      <dt>{t('incidents.waters.label')}</dt>
      <dd className="incident-waters">
        {line}
        <small>
          {p.location_precision === 'area' && <>{gap}{t('incidents.waters.areaOnly')}</>}
          {gap}{t('incidents.waters.zonesNote')}
        </small>
      </dd>
    </>
  );
}

export function IncidentDetails(props: { incident: IncidentProps; titleId: string; beyondMap?: boolean; coastName: (id: string) => CoastName }) {
  const t = useT();
  const lang = useLanguage();
  const gap = sentenceGap(lang);
  const p = props.incident;
  const marker = INCIDENT_MARKERS[p.type];
  return (
    <article className="incident-details">
      <p className="incident-meta">
        <MarkerGlyph className="incident-glyph" shape={marker.shape} colour={marker.colour} />
        {' '}{typeName(t, p.type)} · <time dateTime={p.date}>{formatPartialDate(lang, p.date, p.date_end)}</time>
      </p>
      <h2 id={props.titleId} className="incident-title">{p.title}</h2>
      <p className="incident-summary">{p.summary}</p>
      <dl className="incident-facts">
        <dt>{t('incidents.details.place')}</dt>
        <dd>
          {p.place}{gap}<small>{t('incidents.details.placeNote', { precision: t(`incidents.precision.${p.location_precision}`), note: p.location_note })}</small>
          {props.beyondMap && <small className="incident-beyond">{gap}{t('incidents.details.beyond')}</small>}
        </dd>
        {p.casualties && (<><dt>{t('incidents.details.casualties')}</dt><dd>{casualtyText(t, p.casualties)}{p.casualties.note && <>{gap}{p.casualties.note}</>}</dd></>)}
        {p.vessels.length > 0 && (<><dt>{t('incidents.details.vessels')}</dt><dd><ul className="incident-vessels">{p.vessels.map((v, i) => <Vessel key={i} v={v} t={t} lang={lang} />)}</ul></dd></>)}
        <dt>{t('incidents.details.coast')}</dt>
        <Coast p={p} coastName={props.coastName} t={t} gap={gap} />
        <Waters p={p} coastName={props.coastName} t={t} gap={gap} />
      </dl>
      {p.accounts && (
        <section className="incident-accounts" aria-label={t('incidents.accounts.label')}>
          <div><h3>{t('incidents.accounts.japan')}</h3><p>{p.accounts.japan}</p></div>
          <div><h3>{t('incidents.accounts.russia')}</h3><p>{p.accounts.russia}</p></div>
        </section>
      )}
      {p.disputed_facts.length > 0 && (
        <section className="incident-disputed">
          <h3>{t('incidents.disputed.heading')}</h3>
          <ul>
            {p.disputed_facts.map((d, i) => (
              <li key={i}>
                {t('incidents.disputed.fact', { fact: d.fact })}
                <ul>{d.versions.map((v, j) => <li key={j}>{t('incidents.disputed.version', { says: asQuoted(lang, v.says), by: v.by })}</li>)}</ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="incident-sources">
        <h3>{t('incidents.sources')}</h3>
        <ol>{p.sources.map((s, i) => <li key={i}><SourceCite source={s} /></li>)}</ol>
      </section>
    </article>
  );
}

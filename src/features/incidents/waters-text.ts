/**
 * The one line the incident panel gives about the waters at a sea incident's marker: how far
 * off which island, and whose zone it is, said for both positions where they differ and once
 * where they agree. Plain text in the interface language (the catalogue's `incidents.waters.*`),
 * for React to render as text.
 */
import { TERRITORIAL_SEA_KM, type IncidentProps } from './model.ts';
import { COAST_OFF, type CoastName } from './coast-names.ts';
import { distanceText, ZONE_SELECT, type Say } from './words.ts';

/**
 * The line, or null for an incident with no waters (ashore, in the air).
 *
 * Where the positions differ, the waters are those round the four islands, which Russia holds:
 * its position is the one enforced on the water, Japan's is a claim to the same sea. Both are
 * said as positions ("claims", "regards"), and which one is enforced is said as the fact it is.
 *
 * @example
 * watersLine(kisshinMaru, coast, t); // '2.1 nmi off Suisho: inside the territorial sea Russia claims and enforces; Japan regards these waters as its own territorial sea.'
 * watersLine(eihoMaru, coast, t);    // '33.2 nmi off Hokkaido: in Japan’s exclusive economic zone, 1.3 nmi from the median line with Russia’s.'
 * // in Japanese: '水晶島の沖2.1海里：ロシアが自国の領海として主張し、取り締まりを行っている海域。日本はこの海域を自国の領海としている。'
 */
export function watersLine(
  p: Pick<IncidentProps, 'waters' | 'disputed_waters' | 'coast_distance_km' | 'coast_island'>,
  coast: (id: string) => CoastName,
  t: Say,
): string | null {
  if (p.waters === null || p.coast_distance_km === null) return null;
  const c = coast(p.coast_island);
  const off = t(COAST_OFF[c.form], { distance: distanceText(t, p.coast_distance_km, 'nmi'), name: c.name });
  const j = p.waters.japan_view.zone, r = p.waters.russia_view.zone;
  if (!p.disputed_waters) {
    if (j === null || r === null) return t('incidents.waters.highSeas', { off });
    if (j.kind !== r.kind) {
      return t('incidents.waters.sameStateKinds', { off, state: j.state, japanKind: ZONE_SELECT[j.kind], russiaKind: ZONE_SELECT[r.kind] });
    }
    // Within 12 nmi of the median line, the other state's zone is near enough to name.
    const m = p.waters.japan_view.median_km;
    const zone = { off, state: j.state, kind: ZONE_SELECT[j.kind] };
    return m !== null && m === p.waters.russia_view.median_km && m <= TERRITORIAL_SEA_KM
      ? t('incidents.waters.sameStateMedian', { ...zone, median: distanceText(t, m, 'nmi') })
      : t('incidents.waters.sameState', zone);
  }
  const russia = r === null ? t('incidents.waters.russia.highSeas')
    : t(r.state === 'russia' ? 'incidents.waters.russia.own' : 'incidents.waters.russia.japans', { kind: ZONE_SELECT[r.kind] });
  const japan = j === null ? t('incidents.waters.japan.highSeas')
    : t(j.state === 'japan' ? 'incidents.waters.japan.own' : 'incidents.waters.japan.russias', { kind: ZONE_SELECT[j.kind] });
  return t('incidents.waters.disputed', { off, russia, japan });
}

/**
 * The one line the incident panel gives about the waters at a sea incident's marker: how far
 * off which island, and whose zone it is, said for both positions where they differ and once
 * where they agree. Plain text, for React to render as text.
 */
import { formatDistance } from '../../geo/units.ts';
import { STATE_WORDS, ZONE_WORDS } from '../../geo/sea.ts';
import { TERRITORIAL_SEA_KM, type IncidentProps } from './model.ts';

type Zone = NonNullable<NonNullable<IncidentProps['waters']>['japan_view']['zone']>;

const ZONE_NAME: Record<Zone['kind'], string> = ZONE_WORDS;
const STATE_NAME: Record<Zone['state'], string> = STATE_WORDS;

/**
 * The line, or null for an incident with no waters (ashore, in the air).
 *
 * Where the positions differ, the waters are those round the four islands, which Russia holds:
 * its position is the one enforced on the water, Japan's is a claim to the same sea. Both are
 * said as positions ("claims", "regards"), and which one is enforced is said as the fact it is.
 *
 * @example
 * watersLine(kisshinMaru, name); // '2.1 nmi off Suisho: inside the territorial sea Russia claims and enforces; Japan regards these waters as its own territorial sea.'
 * watersLine(eihoMaru, name);    // '33.2 nmi off Hokkaido: in Japan’s exclusive economic zone, 1.3 nmi from the median line with Russia’s.'
 */
export function watersLine(p: Pick<IncidentProps, 'waters' | 'disputed_waters' | 'coast_distance_km' | 'coast_island'>, islandName: (id: string) => string): string | null {
  if (p.waters === null || p.coast_distance_km === null) return null;
  const off = `${formatDistance(p.coast_distance_km, 'nmi')} off ${islandName(p.coast_island)}`;
  const j = p.waters.japan_view.zone, r = p.waters.russia_view.zone;
  if (!p.disputed_waters) {
    if (j === null || r === null) return `${off}: on the high seas, in no state’s zone in either position.`;
    if (j.kind !== r.kind) {
      return `${off}: in ${STATE_NAME[j.state]}’s waters, its ${ZONE_NAME[j.kind]} in Japan’s position and its ${ZONE_NAME[r.kind]} in Russia’s.`;
    }
    // Within 12 nmi of the median line, the other state's zone is near enough to name.
    const m = p.waters.japan_view.median_km;
    const other = j.state === 'japan' ? 'Russia' : 'Japan';
    const median = m !== null && m === p.waters.russia_view.median_km && m <= TERRITORIAL_SEA_KM
      ? `, ${formatDistance(m, 'nmi')} from the median line with ${other}’s` : '';
    return `${off}: in ${STATE_NAME[j.state]}’s ${ZONE_NAME[j.kind]}${median}.`;
  }
  const russia = r === null ? 'on the high seas as Russia draws the zones'
    : r.state === 'russia' ? `inside the ${ZONE_NAME[r.kind]} Russia claims and enforces`
    : `in Japan’s ${ZONE_NAME[r.kind]} as Russia draws it`;
  const japan = j === null ? 'Japan counts these waters as high seas'
    : j.state === 'japan' ? `Japan regards these waters as its own ${ZONE_NAME[j.kind]}`
    : `Japan counts them as Russia’s ${ZONE_NAME[j.kind]}`;
  return `${off}: ${russia}; ${japan}.`;
}

/**
 * The "which waters is this?" readout in words: from an answer of src/geo/waters.ts, the lines
 * the Sea tab shows. Pure, so the wording is tested without a browser.
 */
import type { PointOfView } from '../../geo/point-of-view.ts';
import { STATE_WORDS, ZONE_WORDS, type ZoneAt } from '../../geo/sea.ts';
import { formatDistance } from '../../geo/units.ts';
import type { WatersAnswer } from '../../geo/waters.ts';

const STATE_NAME = STATE_WORDS;
const ZONE_NAME: Record<ZoneAt['kind'], string> = { ...ZONE_WORDS, eez: `${ZONE_WORDS.eez} (EEZ)` };
/** Whose land each coast is, where the atlas names no island for it. */
const SIDE_LAND: Record<WatersAnswer['coast']['side'], string> = {
  japan: 'Japan’s coast (land the atlas does not name)',
  russia: 'Russia’s coast (land the atlas does not name, such as the mainland)',
  disputed: 'one of the four islands',
};

/** Both units a reader at sea wants: kilometres and nautical miles. */
export const bothUnits = (km: number) => `${formatDistance(km, 'km')} (${formatDistance(km, 'nmi')})`;

/** "Russia's territorial sea", or the high seas. */
export function zoneText(zone: ZoneAt | null): string {
  return zone ? `${STATE_NAME[zone.state]}’s ${ZONE_NAME[zone.kind]}` : 'the high seas, beyond both sides’ 200-mile zones';
}

/** `38.45°N 145.82°E`. */
export function pointText([lon, lat]: readonly number[]): string {
  const f = (x: number, pos: string, neg: string) => `${Math.abs(x).toFixed(3)}°${x >= 0 ? pos : neg}`;
  return `${f(lat, 'N', 'S')} ${f(lon, 'E', 'W')}`;
}

export interface WatersReadout {
  title: string;
  /** The headline: whose waters under the chosen point of view. */
  headline: string;
  /** Distances to the coasts. */
  coasts: string;
  /** One line per position, Japan's first. */
  positions: { label: string; text: string }[];
  /** Whether the positions disagree, in words, or null. */
  dispute: string | null;
}

/**
 * The readout for an answer under a point of view; `nameOf` gives an island's display name.
 *
 * @example
 * watersReadout(watersAt(index, [145.82, 43.45]), 'water', name).headline;
 * // 'Russia’s territorial sea: Russia enforces it here. Japan regards these waters as its territorial sea.'
 */
export function watersReadout(a: WatersAnswer, pov: PointOfView, nameOf: (id: string) => string): WatersReadout {
  const title = pointText(a.point);
  const near = a.coast.islandId ? nameOf(a.coast.islandId) : SIDE_LAND[a.coast.side];
  if (a.onLand) {
    const whose = a.coast.side === 'disputed' ? ', one of the four islands Russia holds and Japan claims' : a.coast.islandId ? `, ${STATE_NAME[a.coast.side]}’s` : '';
    return {
      title, headline: `On land: ${a.coast.islandId ? nameOf(a.coast.islandId) : `${STATE_NAME[a.coast.side === 'japan' ? 'japan' : 'russia']}’s land`}${whose}. The sea zones are measured from its coast.`,
      coasts: '', positions: [], dispute: null,
    };
  }
  const { japan, russia } = a.views;
  const lineFor = (v: WatersAnswer['views']['japan']) =>
    `${zoneText(v.zone)}.${v.medianKm !== null ? ` The median line is ${bothUnits(v.medianKm)} away.` : ''}`;
  const positions = [
    { label: 'Japan’s position (the four islands Japanese)', text: lineFor(japan) },
    { label: 'Russia’s position (the four islands Russian)', text: lineFor(russia) },
  ];
  const coasts = `Nearest land: ${near}, ${bothUnits(a.coast.km)}. Japan’s undisputed coast ${formatDistance(a.coastKm.japan)}, Russia’s ${formatDistance(a.coastKm.russia)}, the four islands’ ${formatDistance(a.coastKm.disputed)}.`;
  const dispute = a.disputed
    ? `The two positions give these waters to different states: ${zoneText(japan.zone)} in Japan’s, ${zoneText(russia.zone)} in Russia’s.`
    : null;
  let headline: string;
  if (!a.disputed) headline = `${capital(zoneText(russia.zone))}, in both sides’ positions.`;
  else if (pov === 'water') {
    // On the water today Russia's position is the one enforced; where it leaves the point to no
    // state (the high seas) there is nothing of Russia's to enforce.
    headline = russia.zone
      ? `${capital(zoneText(russia.zone))}: Russia enforces it here. Japan regards these waters as ${japan.zone ? `its ${ZONE_NAME[japan.zone.kind]}` : 'no state’s'}.`
      : `${capital(zoneText(null))} as Russia’s position draws them. Japan regards these waters as ${japan.zone ? `its ${ZONE_NAME[japan.zone.kind]}` : 'no state’s'}.`;
  }
  else headline = `${capital(zoneText(a.views[pov].zone))}, as ${STATE_NAME[pov]}’s position draws it.`;
  return { title, headline, coasts, positions, dispute };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

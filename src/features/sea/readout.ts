/**
 * The "which waters is this?" readout in words: from an answer of src/geo/waters.ts, the lines
 * the Sea tab shows, each a catalogue message (`sea.readout.*`) with its values, in the language
 * of `w`. Pure, so the wording is tested without a browser. The zones' and states' names are the
 * catalogue's too (`sea.zone`), which the command line also reads.
 */
import type { PointOfView } from '../../geo/point-of-view.ts';
import { formatPosition, type Words } from '../../geo/readout.ts';
import type { ZoneAt, ZoneKind } from '../../geo/sea.ts';
import type { WatersAnswer } from '../../geo/waters.ts';
import { formatLength } from '../../i18n/units.ts';

/** The zone kinds as the messages' select keys. */
export const KIND_KEY: Record<ZoneKind, 'territorial' | 'contiguous' | 'eez'> = {
  'territorial-sea': 'territorial', 'contiguous-zone': 'contiguous', eez: 'eez',
};

/** Both units a reader at sea wants: kilometres and nautical miles. */
export const bothUnits = (w: Words, km: number) => w.say('sea.both', { km: formatLength(w.lang, km, 'km'), nmi: formatLength(w.lang, km, 'nmi') });

/** "Russia’s territorial sea", or the high seas, as a phrase within a sentence. */
export function zoneText(w: Words, zone: ZoneAt | null): string {
  return zone ? w.say('sea.zone', { state: zone.state, kind: KIND_KEY[zone.kind] }) : w.say('sea.highSeas');
}

/** `43.450°N 145.820°E` (北緯43.450° 東経145.820°; 43,450° с. ш. 145,820° в. д.). */
export function pointText(w: Words, p: readonly number[]): string {
  return formatPosition(w, p, { decimals: 3, compact: true });
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

/** A sentence that begins with a phrase written for the middle of one ("the high seas", «территориальное море»). */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The readout for an answer under a point of view; `nameOf` gives an island's name in the
 * readout's language.
 *
 * @example
 * watersReadout(en, watersAt(index, [145.82, 43.45]), 'water', name).headline;
 * // 'Russia’s territorial sea: Russia enforces it here. Japan regards these waters as its territorial sea.'
 */
export function watersReadout(w: Words, a: WatersAnswer, pov: PointOfView, nameOf: (id: string) => string): WatersReadout {
  const title = pointText(w, a.point);
  const side = a.coast.side;
  if (a.onLand) {
    const place = a.coast.islandId ? nameOf(a.coast.islandId) : w.say('sea.readout.land', { state: side === 'japan' ? 'japan' : 'russia' });
    const whose = side === 'disputed' ? 'disputed' : a.coast.islandId ? side : 'none';
    return { title, headline: w.say('sea.readout.onLand', { place, whose }), coasts: '', positions: [], dispute: null };
  }
  const { japan, russia } = a.views;
  const d = (km: number) => formatLength(w.lang, km);
  const lineFor = (v: WatersAnswer['views']['japan']) =>
    w.say('sea.readout.inZone', { zone: zoneText(w, v.zone) }) + (v.medianKm !== null ? w.say('sea.readout.median', { distance: bothUnits(w, v.medianKm) }) : '');
  const positions = [
    { label: w.say('sea.readout.position.japan'), text: lineFor(japan) },
    { label: w.say('sea.readout.position.russia'), text: lineFor(russia) },
  ];
  const near = a.coast.islandId ? nameOf(a.coast.islandId) : w.say('sea.readout.sideLand', { side });
  const coasts = w.say('sea.readout.coasts', {
    near, distance: bothUnits(w, a.coast.km), japan: d(a.coastKm.japan), russia: d(a.coastKm.russia), disputed: d(a.coastKm.disputed),
  });
  const dispute = a.disputed ? w.say('sea.readout.dispute', { japanZone: zoneText(w, japan.zone), russiaZone: zoneText(w, russia.zone) }) : null;
  let headline: string;
  if (!a.disputed) headline = w.say('sea.readout.agreed', { zone: zoneText(w, russia.zone) });
  else if (pov === 'water') {
    // On the water today Russia's position is the one enforced; where it leaves the point to no
    // state (the high seas) there is nothing of Russia's to enforce.
    const japanKind = japan.zone ? KIND_KEY[japan.zone.kind] : 'none';
    headline = russia.zone
      ? w.say('sea.readout.enforced', { zone: zoneText(w, russia.zone), japanKind })
      : w.say('sea.readout.enforcedNone', { zone: zoneText(w, null), japanKind });
  } else headline = w.say('sea.readout.asDrawn', { zone: zoneText(w, a.views[pov].zone), state: pov });
  return { title, headline: capital(headline), coasts, positions, dispute };
}

/**
 * `npm run measure -- waters <lon>,<lat>`: which waters a point is in, as text and as JSON. The
 * answer itself is `watersAt` (src/geo/waters.ts); this file reads the point from the command
 * line and writes the answer out.
 *
 * The point is longitude then latitude, in decimal degrees, east and north positive, as one word
 * (`145.82,43.45`, `145.82, 43.45`) or two (`145.82 43.45`): the order GeoJSON and the atlas's
 * links use. Nothing else is read as a point (no degree signs or hemisphere letters), and a point
 * outside the waters the atlas traces (the box of maritime.geojson, 135–167.9° E, 40–60.5° N)
 * is refused: beyond it other states' zones (Korea's, China's, the United States') would count
 * and the atlas has none of them.
 *
 * The text leads with the unit asked for (`--unit`; km by default, as for the other commands, so
 * that one flag means the same everywhere), and gives the distance to the nearest coast in
 * nautical miles too (or in km when the lead unit is nmi or mi).
 *
 * `--json` prints the WatersAnswer with its own member names, rounded, and the nearest island's
 * names beside its id:
 *
 * ```
 * { "point": [145.82, 43.45],                        // [lon, lat], 1e-5°
 *   "onLand": false,
 *   "coastKm": { "japan": 6.957, "russia": 343.214, "disputed": 3.559 },   // km to the metre; 0 on that land
 *   "nearest": { "islandId": "suisho", "name": "Suisho", "cluster": "Habomai Islands", "km": 3.559 },
 *   "views": { "japan": { "zone": { "state": "japan", "kind": "territorial-sea" }, "medianKm": 224.43 },
 *              "russia": { "zone": { "state": "russia", "kind": "territorial-sea" }, "medianKm": 1.706 } },
 *   "disputed": true,
 *   "coast": { "km": 3.559, "side": "disputed", "islandId": "suisho" } }   // the nearest coast of all; islandId null where the atlas names no island there
 * ```
 *
 * `zone` is null on the high seas and on land; `medianKm` is null where a position has no median
 * line (none has, in the data now); `cluster` is the English name of the island's cluster (the
 * Habomai islets) or null.
 */
import type { Position } from 'geojson';
import { companion, formatPosition } from '../geo/readout.ts';
import type { SeaView, ZoneAt } from '../geo/sea.ts';
import type { IslandFeature } from '../geo/types.ts';
import type { DistanceUnit } from '../geo/units.ts';
import type { WatersAnswer } from '../geo/waters.ts';
import { formatLength } from '../i18n/units.ts';
import { quote } from './escape.ts';
import type { CliWords } from './intl.ts';
import { KIND_KEY } from '../features/sea/readout.ts';

/** A point read from the command line, or why none could be. */
export type ReadPoint =
  | { ok: true; point: Position }
  /** `bad-coordinates`: not two numbers, or not a place on the globe; `outside-atlas`: a place the atlas has no waters for. */
  | { ok: false; code: 'bad-coordinates' | 'outside-atlas'; message: string };

/** An area of the globe: [w, s, e, n], degrees. */
export type Area = [number, number, number, number];

// A decimal number: digits with an optional fraction, or a fraction alone; no exponent, no hex.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** How to write a point, in the reader's language: `<lon>,<lat> (or <lon> <lat>) …`. */
function how(w: CliWords): string {
  const lon = w.say('cli.word.lon'), lat = w.say('cli.word.lat');
  return w.say('cli.point.how', { syntax: `<${lon}>,<${lat}>`, alternative: `<${lon}> <${lat}>` });
}

/** What the reader typed, quoted with its controls escaped, and cut short if it is long. */
function shown(w: CliWords, s: string): string {
  return s.length > 40 ? w.say('cli.point.long', { quoted: quote(s.slice(0, 40)), length: s.length }) : quote(s);
}

/**
 * The point in the words after `waters`: two decimal numbers, longitude first; why not, in `w`'s language.
 *
 * @example
 * readPoint(['145.82,43.45'], area, en);     // { ok: true, point: [145.82, 43.45] }
 * readPoint(['145.82', '43.45'], area, en);  // the same
 * readPoint(['43.45,145.82'], area, en);     // { ok: false, message: 'Latitude "145.82" is out of range (-90 to 90). … did you mean 145.82,43.45?' }
 */
export function readPoint(words: string[], area: Area, w: CliWords): ReadPoint {
  const text = words.join(' ');
  const parts = text.trim().split(/\s*,\s*|\s+/);
  if (!words.length || !text.trim()) return { ok: false, code: 'bad-coordinates', message: w.say('cli.point.none', { how: how(w) }) };
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return { ok: false, code: 'bad-coordinates', message: w.say('cli.point.notPoint', { text: shown(w, text), how: how(w) }) };
  const [lon, lat] = parts.map(Number);
  const problems: string[] = [];
  if (Math.abs(lon) > 180) problems.push(w.say('cli.point.lonRange', { value: shown(w, parts[0]) }));
  if (Math.abs(lat) > 90) problems.push(w.say('cli.point.latRange', { value: shown(w, parts[1]) }));
  const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
  const swap = () => w.say('cli.point.swapped', { suggestion: `${parts[1]},${parts[0]}` });
  if (problems.length) {
    return { ok: false, code: 'bad-coordinates', message: [...problems, swapped ? swap() : how(w)].reduce((first, second) => w.say('cli.sentences', { first, second })) };
  }
  const point: Position = [lon, lat];
  const [west, south, east, north] = area;
  if (lon < west || lon > east || lat < south || lat > north) {
    const inside = (x: number, y: number) => x >= west && x <= east && y >= south && y <= north;
    const deg = (x: number) => Number(x.toFixed(2));
    const outside = w.say('cli.point.outside', { position: formatPosition(w, point), west: deg(west), east: deg(east), south: deg(south), north: deg(north) });
    return { ok: false, code: 'outside-atlas', message: inside(lat, lon) ? w.say('cli.sentences', { first: outside, second: swap() }) : outside };
  }
  return { ok: true, point };
}

const zoneWords = (w: CliWords, z: ZoneAt | null) => (z ? w.say('cli.zone', { state: z.state, kind: KIND_KEY[z.kind] }) : w.say('cli.zone.none'));

/** The island an id names, and its cluster's name (the Habomai islets'), from islands.geojson, in `lang`. */
function named(id: string, islands: IslandFeature[], lang: 'en' | 'ja' | 'ru' = 'en'): { name: string; cluster: string | null } {
  const f = islands.find((g) => g.properties.id === id);
  if (!f) return { name: id, cluster: null };
  const c = f.properties.cluster;
  const cluster = c == null ? null : (islands.find((g) => g.properties.id === c)?.properties.name[lang] ?? c);
  return { name: f.properties.name[lang], cluster };
}

function agreement(w: CliWords, a: WatersAnswer): string {
  const j = a.views.japan.zone, r = a.views.russia.zone;
  if (a.disputed) {
    return j && r ? w.say('cli.waters.disputed') : w.say('cli.waters.disputedPartly', { japan: j?.state ?? 'none', russia: r?.state ?? 'none' });
  }
  if (!j || !r) return w.say('cli.waters.neither');
  return j.kind === r.kind ? w.say('cli.waters.agree') : w.say('cli.waters.agreeState', { state: j.state });
}

/**
 * The answer in words, one sentence a line, in `w`'s language.
 *
 * @example
 * watersText(watersAt(w, [145.82, 43.45]), islands, 'km', en);
 * // ['43.4500° N, 145.8200° E: 3.6 km (1.9 nmi) from the nearest coast, Suisho (Habomai Islands).',
 * //  "Japan's undisputed coast is 7.0 km away, Russia's 343.2 km, the four islands' 3.6 km.",
 * //  "In Japan's position (the four islands are Japan's): Japan's territorial sea; the median line is 224.4 km away.",
 * //  "In Russia's position (the four islands are Russia's): Russia's territorial sea; the median line is 1.7 km away.",
 * //  'Disputed: the two positions give these waters to different states.',
 * //  'Measured on the WGS84 ellipsoid from the coastline the atlas draws; …']
 */
export function watersText(a: WatersAnswer, islands: IslandFeature[], unit: DistanceUnit, w: CliWords): string[] {
  const d = (km: number) => formatLength(w.lang, km, unit);
  const where = formatPosition(w, a.point);
  const island = named(a.nearest.islandId, islands, w.lang);
  const islandName = island.cluster && island.cluster !== island.name ? w.say('cli.waters.inCluster', { island: island.name, cluster: island.cluster }) : island.name;
  if (a.onLand) {
    const whose = a.coastKm.disputed === 0 ? 'disputed' : a.coastKm.japan === 0 ? 'japan' : 'russia';
    const first = a.nearest.km === 0
      ? w.say('cli.waters.onLand', { where, island: islandName, whose })
      : w.say('cli.waters.onLandNear', { where, island: islandName, whose, distance: d(a.nearest.km) });
    return [first, w.say('cli.waters.onLandNote')];
  }
  const coastKm = a.coast.km;
  const lines = [
    a.coast.islandId !== null
      ? w.say('cli.waters.nearest', { where, distance: d(coastKm), other: formatLength(w.lang, coastKm, companion(unit)), island: islandName })
      : w.say('cli.waters.nearestUnnamed', { where, distance: d(coastKm), other: formatLength(w.lang, coastKm, companion(unit)), side: a.coast.side, island: islandName, islandDistance: d(a.nearest.km) }),
    w.say('cli.waters.coasts', { japan: d(a.coastKm.japan), russia: d(a.coastKm.russia), disputed: d(a.coastKm.disputed) }),
  ];
  for (const view of ['japan', 'russia'] as const satisfies readonly SeaView[]) {
    const v = a.views[view];
    const median = v.medianKm == null ? w.say('cli.waters.noMedian') : w.say('cli.waters.median', { distance: d(v.medianKm) });
    lines.push(w.say('cli.waters.view', { state: view, zone: zoneWords(w, v.zone), median }));
  }
  lines.push(agreement(w, a));
  lines.push(w.say('cli.waters.method'));
  return lines;
}

/** The `--json` form: the WatersAnswer, rounded, with the nearest island's names. */
export interface WatersJson extends Omit<WatersAnswer, 'nearest'> {
  nearest: { islandId: string; name: string; cluster: string | null; km: number };
}

// Degrees to 1e-5 (about a metre) and km to the metre, as the other JSON forms round them.
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
const km = (x: number) => round(x, 3);

/** The answer as JSON (see the file's header for the shape). */
export function watersJson(a: WatersAnswer, islands: IslandFeature[]): WatersJson {
  const view = (v: WatersAnswer['views'][SeaView]) => ({ zone: v.zone && { state: v.zone.state, kind: v.zone.kind }, medianKm: v.medianKm == null ? null : km(v.medianKm) });
  return {
    point: [round(a.point[0], 5), round(a.point[1], 5)],
    onLand: a.onLand,
    coastKm: { japan: km(a.coastKm.japan), russia: km(a.coastKm.russia), disputed: km(a.coastKm.disputed) },
    nearest: { islandId: a.nearest.islandId, ...named(a.nearest.islandId, islands), km: km(a.nearest.km) },
    views: { japan: view(a.views.japan), russia: view(a.views.russia) },
    disputed: a.disputed,
    coast: { km: km(a.coast.km), side: a.coast.side, islandId: a.coast.islandId },
  };
}

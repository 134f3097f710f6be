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
import { formatPosition } from '../geo/readout.ts';
import { STATE_WORDS, ZONE_WORDS, type SeaView, type ZoneAt } from '../geo/sea.ts';
import type { IslandFeature } from '../geo/types.ts';
import { formatDistance, type DistanceUnit } from '../geo/units.ts';
import type { WatersAnswer } from '../geo/waters.ts';
import { quote } from './escape.ts';

/** A point read from the command line, or why none could be. */
export type ReadPoint =
  | { ok: true; point: Position }
  /** `bad-coordinates`: not two numbers, or not a place on the globe; `outside-atlas`: a place the atlas has no waters for. */
  | { ok: false; code: 'bad-coordinates' | 'outside-atlas'; message: string };

/** An area of the globe: [w, s, e, n], degrees. */
export type Area = [number, number, number, number];

// A decimal number: digits with an optional fraction, or a fraction alone; no exponent, no hex.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const HOW = 'Give the point as <lon>,<lat> (or <lon> <lat>) in decimal degrees, east and north positive, e.g. waters 145.82,43.45.';

/** What the reader typed, quoted with its controls escaped, and cut short if it is long. */
function shown(s: string): string {
  return s.length > 40 ? `${quote(s.slice(0, 40))}… (${s.length.toLocaleString('en')} characters)` : quote(s);
}

/**
 * The point in the words after `waters`: two decimal numbers, longitude first.
 *
 * @example
 * readPoint(['145.82,43.45']);     // { ok: true, point: [145.82, 43.45] }
 * readPoint(['145.82', '43.45']);  // the same
 * readPoint(['43.45,145.82']);     // { ok: false, message: 'Latitude 145.82 is out of range (-90 to 90). … did you mean 145.82,43.45?' }
 */
export function readPoint(words: string[], area: Area): ReadPoint {
  const text = words.join(' ');
  const parts = text.trim().split(/\s*,\s*|\s+/);
  if (!words.length || !text.trim()) return { ok: false, code: 'bad-coordinates', message: `No point given. ${HOW}` };
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return { ok: false, code: 'bad-coordinates', message: `Not a point: ${shown(text)}. ${HOW}` };
  const [lon, lat] = parts.map(Number);
  const problems: string[] = [];
  if (Math.abs(lon) > 180) problems.push(`Longitude ${shown(parts[0])} is out of range (-180 to 180).`);
  if (Math.abs(lat) > 90) problems.push(`Latitude ${shown(parts[1])} is out of range (-90 to 90).`);
  const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
  if (problems.length) {
    const hint = swapped ? ` The order is longitude first: did you mean ${parts[1]},${parts[0]}?` : ` ${HOW}`;
    return { ok: false, code: 'bad-coordinates', message: problems.join(' ') + hint };
  }
  const point: Position = [lon, lat];
  const [w, s, e, n] = area;
  if (lon < w || lon > e || lat < s || lat > n) {
    const inside = (x: number, y: number) => x >= w && x <= e && y >= s && y <= n;
    const hint = inside(lat, lon) ? ` The order is longitude first: did you mean ${parts[1]},${parts[0]}?` : '';
    const deg = (x: number) => String(Number(x.toFixed(2)));
    return {
      ok: false,
      code: 'outside-atlas',
      message: `${formatPosition(point)} is outside the waters the atlas covers (${deg(w)}–${deg(e)}° E, ${deg(s)}–${deg(n)}° N).${hint}`,
    };
  }
  return { ok: true, point };
}


const zoneWords = (z: ZoneAt | null) => (z ? `${STATE_WORDS[z.state]}'s ${ZONE_WORDS[z.kind]}` : 'no state\'s zone: the high seas');

/** The island an id names, and its cluster's name (the Habomai islets'), from islands.geojson. */
function named(id: string, islands: IslandFeature[]): { name: string; cluster: string | null } {
  const f = islands.find((g) => g.properties.id === id);
  if (!f) return { name: id, cluster: null };
  const c = f.properties.cluster;
  const cluster = c == null ? null : (islands.find((g) => g.properties.id === c)?.properties.name.en ?? c);
  return { name: f.properties.name.en, cluster };
}

/** Nautical miles beside km, km beside mi or nmi (as the other readouts pair them). */
const companion = (unit: DistanceUnit): DistanceUnit => (unit === 'km' ? 'nmi' : 'km');


function agreement(a: WatersAnswer): string {
  const j = a.views.japan.zone, r = a.views.russia.zone;
  const to = (z: ZoneAt | null) => (z ? STATE_WORDS[z.state] : 'no state');
  if (a.disputed) {
    return j && r
      ? 'Disputed: the two positions give these waters to different states.'
      : `Disputed: Japan's position gives these waters to ${to(j)}, Russia's to ${to(r)}.`;
  }
  if (!j || !r) return 'Neither position gives these waters to a state.';
  return j.kind === r.kind ? 'Both positions agree.' : `Both positions give these waters to ${to(j)}, in different zones.`;
}

/**
 * The answer in words, one sentence a line.
 *
 * @example
 * watersText(watersAt(w, [145.82, 43.45]), islands, 'km');
 * // ['43.4500° N, 145.8200° E: 3.6 km (1.9 nmi) from the nearest coast, Suisho (Habomai Islands).',
 * //  "Japan's undisputed coast is 7.0 km away, Russia's 343.2 km, the four islands' 3.6 km.",
 * //  "In Japan's position (the four islands are Japan's): Japan's territorial sea; the median line is 224.4 km away.",
 * //  "In Russia's position (the four islands are Russia's): Russia's territorial sea; the median line is 1.7 km away.",
 * //  'Disputed: the two positions give these waters to different states.',
 * //  'Measured on the WGS84 ellipsoid from the coastline the atlas draws; …']
 */
export function watersText(a: WatersAnswer, islands: IslandFeature[], unit: DistanceUnit): string[] {
  const d = (km: number) => formatDistance(km, unit);
  const where = formatPosition(a.point);
  const island = named(a.nearest.islandId, islands);
  const islandName = island.cluster && island.cluster !== island.name ? `${island.name} (${island.cluster})` : island.name;
  if (a.onLand) {
    const whose = a.coastKm.disputed === 0
      ? 'one of the four islands Russia holds and Japan claims'
      : a.coastKm.japan === 0 ? 'Japan\'s land' : 'Russia\'s land';
    const on = a.nearest.km === 0 ? `${islandName}, ${whose}` : `${whose}; the nearest named island, ${islandName}, is ${d(a.nearest.km)} away`;
    return [`${where}: on land: ${on}.`, 'The sea zones are measured from its coast; on land they say nothing.'];
  }
  const coastKm = a.coast.km;
  const first = `${where}: ${d(coastKm)} (${formatDistance(coastKm, companion(unit))}) from the nearest coast`;
  const nearestSide = { disputed: 'of the four islands', japan: 'Japan\'s', russia: 'Russia\'s' }[a.coast.side];
  const lines = [
    a.coast.islandId !== null
      ? `${first}, ${islandName}.`
      : `${first}, land the atlas does not name (${nearestSide}); the nearest named island, ${islandName}, is ${d(a.nearest.km)} away.`,
    `Japan's undisputed coast is ${d(a.coastKm.japan)} away, Russia's ${d(a.coastKm.russia)}, the four islands' ${d(a.coastKm.disputed)}.`,
  ];
  for (const view of ['japan', 'russia'] as const satisfies readonly SeaView[]) {
    const v = a.views[view];
    const median = v.medianKm == null ? 'this position draws no median line' : `the median line is ${d(v.medianKm)} away`;
    lines.push(`In ${STATE_WORDS[view]}'s position (the four islands are ${STATE_WORDS[view]}'s): ${zoneWords(v.zone)}; ${median}.`);
  }
  lines.push(agreement(a));
  lines.push('Measured on the WGS84 ellipsoid from the coastline the atlas draws; neither side\'s straight baselines are in the data, so the legal limits can lie farther out.');
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

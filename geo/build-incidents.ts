/**
 * public/data/incidents.geojson: one Point per incident or dated event, in date order, with the
 * authored record (geo/sources/incidents.ts) and what the build measures from the island polygons:
 * the nearest coast and whose it is, and whether the marker lies in the territorial sea Russia
 * claims; and for incidents at sea, which waters the marker lies in under each side's position
 * (src/geo/waters.ts, the same answer as the map's zone lines). Sea markers must lie at sea and
 * land markers on an atlas island, or the build fails.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { geodesicDistanceKm } from '../src/geo/geodesic.ts';
import { nearestCoast } from '../src/geo/nearest.ts';
import { sortByDate, TERRITORIAL_SEA_KM, type IncidentCollection, type IncidentComputed, type IncidentFeature, type IncidentProps } from '../src/features/incidents/model.ts';
import { parsePartialDate } from '../src/geo/partial-date.ts';
import type { IslandCollection, IslandFeature } from '../src/geo/types.ts';
import { watersAt, type WatersAnswer, type WatersIndex } from '../src/geo/waters.ts';
// Kaigara reef's lighthouse (src/geo/sea.ts): Russia measures its territorial sea from the reef.
import { KAIGARA_LIGHTHOUSE } from '../src/geo/sea.ts';
import { incidentSources, type IncidentSource } from './sources/incidents.ts';
import { GROUP_IDS } from './build-islands.ts';
import { SEA_GRID } from './build-maritime.ts';

type LandFeature = Feature<Polygon | MultiPolygon, { kind?: string }>;

/** Whether a position is on land: in an island, or in land.geojson's land and not in its water. */
export function onLand(p: Position, islands: IslandFeature[], land: LandFeature[]): boolean {
  if (islands.some((f) => booleanPointInPolygon(p, f))) return true;
  const inKind = (kind: string) => land.some((f) => f.properties?.kind === kind && booleanPointInPolygon(p, f));
  return inKind('land') && !inKind('water');
}

/**
 * Distances are stored to 0.1 km: the coastlines have about 1 km between vertices (up to 6.5 km
 * on Kunashir's), so a second decimal would claim a precision the data does not have.
 */
const round1 = (km: number) => Math.round(km * 10) / 10;

/** The mainland a point stands on, from the land polygons' country codes. */
function mainlandOf(p: Position, land: LandFeature[]): 'japan' | 'russia' {
  const f = land.find((l) => l.properties?.kind === 'land' && booleanPointInPolygon(p, l));
  const country = (f?.properties as { country?: string } | undefined)?.country;
  if (country === 'RUS') return 'russia';
  if (country === 'JPN') return 'japan';
  throw new Error(`incidents: a marker on the mainland of ${country ?? 'no country'}, which the contract has no side for`);
}

function namedPlace(s: IncidentSource): IncidentComputed['named_place'] {
  if (!s.namedPlace) return null;
  const { name, held_by, why, at } = s.namedPlace;
  return { name, held_by, why, distance_km: round1(geodesicDistanceKm(s.at, at)) };
}

function measure(s: IncidentSource, islands: IslandFeature[], russian: IslandFeature[], japanese: IslandFeature[], land: LandFeature[]): Omit<IncidentComputed, 'year' | 'date_from' | 'date_to' | 'waters' | 'disputed_waters'> {
  // An event ashore, or in the air over land, is attributed to the island it stands on.
  let home = s.setting === 'sea' ? undefined : islands.find((f) => booleanPointInPolygon(s.at, f));
  let mainland: IncidentComputed['mainland'] = null;
  if (s.setting === 'land' && !home) {
    // On the mainland (the Amur islands handover, marked at Khabarovsk): no island holds it, so
    // coast_island is the nearest island, and the distances stay null as for any event on land.
    if (!onLand(s.at, [], land)) throw new Error(`incidents: ${s.id} is set on land but its marker is on no land`);
    home = islands.find((f) => f.properties.id === nearestCoast(s.at, islands, { rings: 'outer' }).islandId);
    mainland = mainlandOf(s.at, land);
  }
  if (home) {
    return {
      coast_island: home.properties.id, coast_administered_by: home.properties.administered_by,
      coast_distance_km: null, russian_coast_distance_km: null, inside_russian_claimed_territorial_sea: null,
      mainland, named_place: namedPlace(s),
    };
  }
  const near = nearestCoast(s.at, islands, { rings: 'outer' });
  const ru = Math.min(nearestCoast(s.at, russian, { rings: 'outer' }).distanceKm, geodesicDistanceKm(s.at, KAIGARA_LIGHTHOUSE));
  const jp = nearestCoast(s.at, japanese, { rings: 'outer' }).distanceKm;
  const island = islands.find((f) => f.properties.id === near.islandId)!;
  return {
    coast_island: near.islandId,
    coast_administered_by: island.properties.administered_by,
    coast_distance_km: round1(near.distanceKm),
    russian_coast_distance_km: round1(ru),
    // Where Russian and Japanese coasts are less than 24 nmi apart the claim stops at the median
    // line, so a point nearer a Japanese coast is outside it however close the Russian one is.
    inside_russian_claimed_territorial_sea: s.location_precision === 'area' ? null : ru <= TERRITORIAL_SEA_KM && ru < jp,
    mainland: null,
    named_place: namedPlace(s),
  };
}

/**
 * The waters of a sea incident's marker, from `watersAt` (the median distances to 0.1 km, as
 * every stored distance). Only inside the grid maritime.geojson is traced on: beyond it the
 * coasts the zones are measured from are not all in the data, so the build refuses to guess.
 */
export function watersOf(s: Pick<IncidentSource, 'id' | 'at' | 'setting'>, index: WatersIndex): Pick<IncidentComputed, 'waters' | 'disputed_waters'> {
  if (s.setting !== 'sea') return { waters: null, disputed_waters: false };
  const [w, south, e, n] = SEA_GRID.box;
  const [lon, lat] = s.at;
  if (lon < w || lon > e || lat < south || lat > n) throw new Error(`incidents: ${s.id} lies at sea outside the region the sea zones are drawn for (${SEA_GRID.box.join(', ')})`);
  const a = watersAt(index, s.at);
  if (a.onLand) throw new Error(`incidents: ${s.id} is at sea but the sea zones' coasts put its marker on land`);
  const view = (x: WatersAnswer['views'][keyof WatersAnswer['views']]) => ({
    zone: x.zone && { state: x.zone.state, kind: x.zone.kind },
    median_km: x.medianKm === null ? null : round1(x.medianKm),
  });
  return { waters: { japan_view: view(a.views.japan), russia_view: view(a.views.russia) }, disputed_waters: a.disputed };
}

/**
 * Builds the incidents collection from the authored sources, the built islands and land, and the
 * sea zones (`prepareWaters` over the same land and islands and the built maritime.geojson).
 */
export function buildIncidents(islandFc: IslandCollection, landFc: FeatureCollection, waters: WatersIndex, sources: IncidentSource[] = incidentSources): IncidentCollection {
  // An island group (Habomai) is the union of islands already here: measure from its members.
  const islands = islandFc.features.filter((f) => !GROUP_IDS.has(f.properties.id));
  const russian = islands.filter((f) => f.properties.administered_by === 'russia');
  const japanese = islands.filter((f) => f.properties.administered_by === 'japan');
  const land = landFc.features as LandFeature[];
  const wet = sources.filter((s) => s.setting === 'sea' && onLand(s.at, islands, land)).map((s) => s.id);
  if (wet.length) throw new Error(`incidents: sea incidents whose marker is on land: ${wet.join(', ')}`);
  const features: IncidentFeature[] = sources.map((s) => {
    const first = parsePartialDate(s.date);
    const last = parsePartialDate(s.date_end ?? s.date);
    if (!first || !last) throw new Error(`incidents: ${s.id} has a malformed date`);
    // One key order for every feature, whatever order the source spelled them in.
    const props: IncidentProps = {
      id: s.id, date: s.date, date_end: s.date_end, type: s.type, title: s.title, summary: s.summary,
      place: s.place, location_precision: s.location_precision, location_note: s.location_note, setting: s.setting,
      casualties: s.casualties, vessels: s.vessels, accounts: s.accounts, disputed_facts: s.disputed_facts,
      sources: s.sources, in_seed_article: s.in_seed_article,
      year: Number(first.first.slice(0, 4)), date_from: first.first, date_to: last.last,
      ...measure(s, islands, russian, japanese, land),
      ...watersOf(s, waters),
    };
    return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: s.at } };
  });
  return { type: 'FeatureCollection', features: sortByDate(features) };
}

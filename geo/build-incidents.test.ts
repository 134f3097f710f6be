/**
 * Data tests of incidents.geojson, built from the committed islands, land and maritime zones
 * (which equal a fresh build: the determinism test holds them to it).
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from '../src/geo/geodesic.ts';
import { checkIncidents } from '../src/features/incidents/contract.ts';
import { TERRITORIAL_SEA_KM, type IncidentFeature } from '../src/features/incidents/model.ts';
import { parsePartialDate } from '../src/geo/partial-date.ts';
import type { IslandCollection, IslandFeature } from '../src/geo/types.ts';
import { prepareWaters, watersAt, type MedianLines } from '../src/geo/waters.ts';
import { NM_KM } from '../src/geo/sea.ts';
import { buildIncidents } from './build-incidents.ts';
import { KAIGARA_LIGHTHOUSE } from '../src/geo/sea.ts';
import { serializeCollection } from './lib/write.ts';
import { incidentSources } from './sources/incidents.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8'));
const islandFc = read('islands.geojson') as IslandCollection;
const landFc = read('land.geojson') as FeatureCollection;
const waters = prepareWaters(landFc, islandFc, read('maritime.geojson') as MedianLines);
const built = buildIncidents(islandFc, landFc, waters);
const byId = new Map(built.features.map((f) => [f.properties.id, f]));
const get = (id: string): IncidentFeature => {
  const f = byId.get(id);
  if (!f) throw new Error(`no incident ${id}`);
  return f;
};

/**
 * Every incident and dated event with a place that the seed article reports, and the record
 * that holds it. Left out on purpose, as they have no place of their own in the atlas's region:
 * the 1855, 1875 and 1905 treaties and the 1956 Joint Declaration (the era layers and panel hold
 * them); Brezhnev's 1973 statement (Moscow), Putin's 2004 offer, the 2006 rejection of a
 * fifty-fifty split and Medvedev's 2010 statements, none with a place of its own; the energy
 * events (Sakhalin-2's first cargo, the Vladivostok LNG plan) are in the energy layer.
 */
const ARTICLE_EVENTS: [string, string][] = [
  ['Soviet troops seize the islands in the closing days of the war: Shumshu', '1945-08-18-shumshu-landing'],
  ['… Etorofu', '1945-08-28-iturup-occupied'],
  ['… Kunashiri', '1945-09-01-kunashir-occupied'],
  ['… Shikotan', '1945-09-01-shikotan-occupied'],
  ['… the Habomai islets', '1945-09-03-habomai-occupied'],
  ['The islanders deported, 17,000 people by 1949', '1947-deportation-islanders'],
  ['The only fatality among seized boats, in 1956', '1956-10-15-koei-maru'],
  ['Former islanders may visit the graves without visas, 1991 agreement', '1991-visa-free-visits'],
  ['The 1994 earthquake, after which Japan rebuilt a power plant and a clinic', '1994-10-04-kuril-earthquake'],
  ['Russia hands China an island in the Amur ("January 2005")', '2004-10-14-amur-islands-china'],
  ['Koizumi and Putin meet, November 2005', '2005-11-21-koizumi-putin-tokyo'],
  ['A Russian Orthodox church erected on Suisho, November 2005', '2005-11-chapel-suisho'],
  ['Fisherman shot dead near Kaigara, August 2006', '2006-08-16-kisshin-maru-31'],
  ['Russia approves a plan to develop the Kurils ("December 2005")', '2006-08-03-kuril-development-programme'],
  ['Licensed boat seized for over-catch and mislabelled salmon, June 2007', '2007-06-01-hoshin-maru-88'],
  ['Four boats seized off Kunashiri, December 2007', '2007-12-13-rausu-boats-cape-ruruy'],
  ['Bomber enters Japanese airspace off the southern Izu Islands, February 2008', '2008-02-09-tu95-sofu-gan'],
  ['Medvedev says an agreement on the islands may be possible, July 2008', '2008-07-08-fukuda-medvedev-toyako'],
  ['Aso meets Medvedev on Sakhalin ("February 2008")', '2009-02-18-aso-medvedev-sakhalin'],
  ['Aid to the islands halted over immigration cards, January 2009', '2009-01-aid-ship-kunashiri'],
  ['Russia drops the "papers rule", May 2009', '2009-05-papers-rule-dropped'],
  ['Helicopter fires on two boats off Kunashiri, January 2010', '2010-01-29-helicopter-fire-kunashir'],
  ['Medvedev visits Kunashiri, November 2010', '2010-11-01-medvedev-kunashir'],
  ['Nationalists attack a Russian flag outside the embassy in Tokyo ("March 2011")', '2011-02-07-flag-russian-embassy-tokyo'],
  ['Kyodo reports a Chinese–Russian sea-cucumber venture; China denies it, February 2011', '2011-02-15-sea-cucumber-kunashir'],
  ['Missiles to be deployed on two disputed islands ("May 2011")', '2011-03-01-missile-plan-kurils'],
  ['Two bombers fly round Japan, 8 September 2011', '2011-09-08-bombers-circle-japan'],
  ['Pacific Fleet moves 24 ships via the Sōya Strait, September 2011', '2011-09-pacific-fleet-soya-strait'],
  ['Tu-160 and Tu-95 cruise-missile exercises on Kamchatka, late September 2011', '2011-09-kamchatka-missile-exercise'],
  ['Medvedev visits Kunashiri again, July 2012', '2012-07-03-medvedev-kunashir'],
];

/** The well-documented events the article does not report (sources in each record). */
const OTHER_EVENTS = ['2007-01-21-zuisho-maru-38', '2019-12-17-five-octopus-boats', '2020-01-15-shoyo-maru-68', '2021-05-28-eiho-maru-172'];

describe('incidents.geojson: the events', () => {
  it('meets its contract', () => {
    expect(checkIncidents(built)).toEqual([]);
  });

  it.each(ARTICLE_EVENTS)('holds the article event "%s" with a valid date and a source', (_what, id) => {
    const p = get(id).properties;
    expect(parsePartialDate(p.date)).not.toBeNull();
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.in_seed_article).toBe(true);
  });

  it('marks as from the article exactly the events listed above, and holds the others', () => {
    const marked = built.features.filter((f) => f.properties.in_seed_article).map((f) => f.properties.id).sort();
    expect(marked).toEqual(ARTICLE_EVENTS.map(([, id]) => id).sort());
    for (const id of OTHER_EVENTS) expect(get(id).properties.in_seed_article).toBe(false);
    expect(built.features).toHaveLength(ARTICLE_EVENTS.length + OTHER_EVENTS.length);
  });

  it('has unique slug ids that start with their date, in date order', () => {
    const ids = built.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of built.features) expect(f.properties.id).toMatch(new RegExp(`^${f.properties.date}-[a-z0-9]+(-[a-z0-9]+)*$`));
    const starts = built.features.map((f) => f.properties.date_from);
    expect(starts).toEqual([...starts].sort());
  });

  it('keeps both versions where sources disagree', () => {
    const versions = (id: string, fact: RegExp) => get(id).properties.disputed_facts.find((d) => fact.test(d.fact))?.versions.map((v) => v.says).join(' | ');
    expect(versions('2007-12-13-rausu-boats-cape-ruruy', /crew/)).toMatch(/14.*\|.*11/);
    expect(versions('2007-12-13-rausu-boats-cape-ruruy', /Date/)).toMatch(/13 December.*\|.*12 December/);
    expect(versions('2006-08-16-kisshin-maru-31', /Time/)).toMatch(/4 a\.m\..*\|.*5 a\.m\./);
    expect(versions('2009-02-18-aso-medvedev-sakhalin', /Date/)).toMatch(/February 2008.*\|.*18 February 2009/);
    expect(versions('1994-10-04-kuril-earthquake', /Date/)).toMatch(/4 October.*\|.*5 October/);
  });

  it('gives both governments\' accounts of the 2006 shooting', () => {
    const a = get('2006-08-16-kisshin-maru-31').properties.accounts!;
    expect(a.japan).toMatch(/Japanese waters/);
    expect(a.russia).toMatch(/Russian territorial waters/);
    expect(a.russia).toMatch(/warning shot/);
  });

  it('claims an exact position only where one is published (the MOD\'s entry point)', () => {
    expect(built.features.filter((f) => f.properties.location_precision === 'exact').map((f) => f.properties.id)).toEqual(['2008-02-09-tu95-sofu-gan']);
    expect(get('2008-02-09-tu95-sofu-gan').geometry.coordinates).toEqual([140.116667, 29.783333]); // 29°47′N 140°07′E
  });

  it('equals the committed public/data/incidents.geojson', () => {
    const committed = readFileSync(new URL('../public/data/incidents.geojson', import.meta.url), 'utf8');
    expect(committed).toBe(serializeCollection(built));
  });
});

const inAny = (p: Position, fs: { geometry: unknown }[]) => fs.some((f) => booleanPointInPolygon(p, f as IslandFeature));

describe('incidents.geojson: places', () => {
  const land = landFc.features.filter((f) => f.properties?.kind === 'land');
  const water = landFc.features.filter((f) => f.properties?.kind === 'water');

  it('puts every sea incident at sea: in no island, and in no land polygon outside inland water', () => {
    const sea = built.features.filter((f) => f.properties.setting === 'sea');
    expect(sea.length).toBe(14); // not a vacuous loop
    for (const f of sea) {
      const p = f.geometry.coordinates;
      expect(inAny(p, islandFc.features), f.properties.id).toBe(false);
      expect(inAny(p, land) && !inAny(p, water), f.properties.id).toBe(false);
    }
  });

  it('puts every land event on the island it is attributed to (the Amur handover on the mainland)', () => {
    const mainland = ['2004-10-14-amur-islands-china'];
    for (const f of built.features.filter((x) => x.properties.setting === 'land' && !mainland.includes(x.properties.id))) {
      const home = islandFc.features.find((i) => i.properties.id === f.properties.coast_island)!;
      expect(booleanPointInPolygon(f.geometry.coordinates, home), f.properties.id).toBe(true);
    }
    expect(get('2005-11-chapel-suisho').properties.coast_island).toBe('suisho');
    expect(get('2010-11-01-medvedev-kunashir').properties.coast_island).toBe('kunashir');
    expect(get('2009-02-18-aso-medvedev-sakhalin').properties.coast_island).toBe('sakhalin');
    expect(get('2011-02-07-flag-russian-embassy-tokyo').properties.coast_island).toBe('honshu');
    for (const id of mainland) {
      const f = get(id);
      expect(inAny(f.geometry.coordinates, islandFc.features), id).toBe(false);
      expect(inAny(f.geometry.coordinates, land), id).toBe(true);
      expect(f.properties.coast_distance_km, id).toBeNull();
    }
  });

  it('fails the build when a sea incident is moved onto land', () => {
    const moved = incidentSources.map((s) => (s.id === '2007-12-13-rausu-boats-cape-ruruy' ? { ...s, at: [145.85, 44.12] as [number, number] } : s));
    expect(() => buildIncidents(islandFc, landFc, waters, moved)).toThrow(/2007-12-13-rausu-boats-cape-ruruy/);
  });
});

/**
 * A bracket for the distance from p to the nearest outer coast, computed here without the
 * index in nearest.ts: every vertex lies on the coast, so the nearest vertex is an upper bound;
 * and a point of a segment of length L is within L/2 of one of its ends, so no coast point is
 * nearer than min over segments of (nearer end − L/2).
 */
function bracket(p: Position, islands: IslandFeature[]): { lo: number; hi: number } {
  let lo = Infinity, hi = Infinity;
  for (const f of islands) {
    const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((poly) => poly[0]);
    for (const ring of rings) {
      let prev = geodesicDistanceKm(p, ring[0]);
      for (let i = 1; i < ring.length; i++) {
        const d = geodesicDistanceKm(p, ring[i]);
        hi = Math.min(hi, d);
        lo = Math.min(lo, Math.min(prev, d) - geodesicDistanceKm(ring[i - 1], ring[i]) / 2);
        prev = d;
      }
    }
  }
  return { lo: Math.max(0, lo), hi };
}

describe('incidents.geojson: coasts, hand-checked', () => {
  const russian = islandFc.features.filter((f) => f.properties.administered_by === 'russia');
  const nosappu: Position = [145 + 49 / 60 + 2 / 3600, 43 + 23 / 60 + 7 / 3600]; // 43°23′07″N 145°49′02″E (GSI; docs/sources.md)

  it('puts the 2006 shooting near Kaigara as an area: no reported position, so no claim judged from the marker', () => {
    const p = get('2006-08-16-kisshin-maru-31');
    const b = bracket(p.geometry.coordinates, islandFc.features);
    expect(p.properties.location_precision).toBe('area');
    expect(p.properties.location_note).toMatch(/placed by the atlas editors/);
    expect(p.properties.coast_distance_km).toBeGreaterThanOrEqual(b.lo - 0.05);
    expect(p.properties.coast_distance_km).toBeLessThanOrEqual(b.hi + 0.05);
    // Off the reef, not on it: within a kilometre of the Kaigara lighthouse, a few km from Nosappu.
    expect(p.geometry.coordinates).not.toEqual(KAIGARA_LIGHTHOUSE);
    expect(geodesicDistanceKm(p.geometry.coordinates, KAIGARA_LIGHTHOUSE)).toBeLessThan(1);
    expect(geodesicDistanceKm(p.geometry.coordinates, nosappu)).toBeLessThan(5);
    // Suisho, the nearest Russian-administered island, is a few km off as well.
    const suisho = bracket(p.geometry.coordinates, russian);
    expect(suisho.hi).toBeLessThan(5);
    expect(p.properties.inside_russian_claimed_territorial_sea).toBeNull();
  });

  it('finds the Tu-95 near Sōfu-gan far from every atlas island: about 548 km from Honshu\'s Izu tip', () => {
    const p = get('2008-02-09-tu95-sofu-gan');
    const b = bracket(p.geometry.coordinates, islandFc.features);
    expect(p.properties.coast_island).toBe('honshu');
    expect(p.properties.coast_distance_km).toBeGreaterThanOrEqual(b.lo - 0.05);
    expect(p.properties.coast_distance_km).toBeLessThanOrEqual(b.hi + 0.05);
    // 29.78°N lies 4.82° of latitude south of Cape Irō (34.60°N): at least 534 km of meridian.
    expect(p.properties.coast_distance_km).toBeGreaterThan(534);
    expect(p.properties.coast_distance_km).toBeLessThan(560);
    expect(p.properties.russian_coast_distance_km).toBeGreaterThan(1500);
    expect(p.properties.inside_russian_claimed_territorial_sea).toBe(false);
  });

  it('puts the December 2007 seizure within 12 nmi of Kunashiri, as MOFA reported', () => {
    const p = get('2007-12-13-rausu-boats-cape-ruruy');
    const b = bracket(p.geometry.coordinates, islandFc.features);
    expect(p.properties.coast_island).toBe('kunashir');
    expect(p.properties.coast_distance_km).toBeGreaterThanOrEqual(b.lo - 0.05);
    expect(p.properties.coast_distance_km).toBeLessThanOrEqual(b.hi + 0.05);
    // The marker is 6 km east of the island's northern tip, a coast vertex: no farther than 6 km.
    expect(p.properties.coast_distance_km).toBeLessThanOrEqual(6.01);
    expect(p.properties.coast_distance_km).toBeGreaterThan(3);
    expect(p.properties.inside_russian_claimed_territorial_sea).toBe(true);
  });

  it('puts the 2021 trawler seizure in open water off Hokkaido, outside any Russian territorial sea', () => {
    const p = get('2021-05-28-eiho-maru-172');
    const b = bracket(p.geometry.coordinates, islandFc.features);
    expect(p.properties.coast_island).toBe('hokkaido');
    expect(p.properties.coast_distance_km).toBeGreaterThanOrEqual(b.lo - 0.05);
    expect(p.properties.coast_distance_km).toBeLessThanOrEqual(b.hi + 0.05);
    // 80 km due east of Cape Sōya, a coast vertex, so at most 80 km from Hokkaido.
    expect(p.properties.coast_distance_km).toBeLessThan(80);
    expect(p.properties.russian_coast_distance_km).toBeGreaterThan(TERRITORIAL_SEA_KM);
    expect(p.properties.inside_russian_claimed_territorial_sea).toBe(false);
  });

  it('flags only the December 2007 seizure and the 2010 helicopter fire (at Russia\'s 1.5 nmi) as inside the sea Russia claims', () => {
    const inside = built.features.filter((f) => f.properties.inside_russian_claimed_territorial_sea === true).map((f) => f.properties.id);
    expect(inside).toEqual(['2007-12-13-rausu-boats-cape-ruruy', '2010-01-29-helicopter-fire-kunashir']);
    // Areas are left undecided rather than judged from a marker the editors placed.
    for (const f of built.features.filter((x) => x.properties.location_precision === 'area')) {
      expect(f.properties.inside_russian_claimed_territorial_sea, f.properties.id).toBeNull();
    }
  });
});

describe('incidents.geojson: the waters in each side\'s position', () => {
  const sea = built.features.filter((f) => f.properties.setting === 'sea');
  const fourIslands = new Set(islandFc.features.filter((f) => f.properties.group === 'northern-territories').map((f) => f.properties.id));

  it('puts the 2006 Kisshin Maru marker in Russia\'s territorial sea as Russia draws it and in Japan\'s as Japan does', () => {
    const p = get('2006-08-16-kisshin-maru-31').properties;
    expect(p.waters?.russia_view.zone).toEqual({ state: 'russia', kind: 'territorial-sea' });
    expect(p.waters?.japan_view.zone).toEqual({ state: 'japan', kind: 'territorial-sea' });
    expect(p.disputed_waters).toBe(true);
  });

  it('measures the Kisshin Maru from Kaigara reef too, so its answer does not rest on a rounding', () => {
    // The marker stands about halfway between Nosappu and Suisho. Russia measures from Kaigara
    // reef, 0.7 km from it, which the land data lacks: the sea's coasts add the reef's lighthouse
    // as a coast point of the four islands, and the median line in Russia's position then runs
    // well clear of the marker, on Nosappu's side.
    const f = get('2006-08-16-kisshin-maru-31');
    const a = watersAt(waters, f.geometry.coordinates);
    const toKaigara = geodesicDistanceKm(f.geometry.coordinates, KAIGARA_LIGHTHOUSE);
    expect(toKaigara).toBeLessThan(1);
    expect(Math.abs(a.coastKm.disputed - toKaigara)).toBeLessThan(0.05);
    expect(a.views.russia.zone).toEqual({ state: 'russia', kind: 'territorial-sea' });
    expect(a.views.russia.medianKm).toBeGreaterThan(1);
    expect(f.properties.waters?.russia_view.median_km).toBeGreaterThan(1);
    expect(a.coastKm.japan).toBeLessThan(12 * NM_KM);
  });

  it('gives no waters and no dispute to events ashore or in the air, whatever lies under them', () => {
    const notSea = built.features.filter((f) => f.properties.setting !== 'sea');
    expect(notSea.length).toBe(20);
    for (const f of notSea) {
      expect(f.properties.waters, f.properties.id).toBeNull();
      expect(f.properties.disputed_waters, f.properties.id).toBe(false);
    }
    // On Kunashir itself, and the Tu-95 far south of every coast the zones are drawn from.
    expect(get('2010-11-01-medvedev-kunashir').properties.disputed_waters).toBe(false);
    expect(get('2008-02-09-tu95-sofu-gan').properties.waters).toBeNull();
  });

  it('finds no dispute far from the four islands: both positions agree whose zone it is', () => {
    const agree = (id: string, zone: object) => {
      const p = get(id).properties;
      expect(p.waters?.japan_view.zone, id).toEqual(zone);
      expect(p.waters?.russia_view.zone, id).toEqual(zone);
      expect(p.disputed_waters, id).toBe(false);
    };
    agree('2007-06-01-hoshin-maru-88', { state: 'russia', kind: 'eez' }); // off Kamchatka
    agree('2021-05-28-eiho-maru-172', { state: 'japan', kind: 'eez' }); // east of Cape Sōya
    agree('2011-09-pacific-fleet-soya-strait', { state: 'japan', kind: 'contiguous-zone' });
  });

  it('finds disputed waters only off the four islands, and all their territorial sea disputed', () => {
    expect(sea).toHaveLength(14);
    const disputed = sea.filter((f) => f.properties.disputed_waters);
    expect(disputed.length).toBe(11);
    for (const f of disputed) expect(fourIslands.has(f.properties.coast_island), f.properties.id).toBe(true);
    // Within 12 nmi of one of the four islands, each side holds the sea its own.
    const near = sea.filter((x) => fourIslands.has(x.properties.coast_island) && x.properties.coast_distance_km! <= 12 * NM_KM);
    expect(near).toHaveLength(9);
    for (const f of near) {
      expect(f.properties.disputed_waters, f.properties.id).toBe(true);
      expect(f.properties.waters?.russia_view.zone, f.properties.id).toEqual({ state: 'russia', kind: 'territorial-sea' });
      expect(f.properties.waters?.japan_view.zone, f.properties.id).toEqual({ state: 'japan', kind: 'territorial-sea' });
    }
  });

  it('agrees with the older flag, computed independently, wherever that flag judges', () => {
    // inside_russian_claimed_territorial_sea is measured from the islands alone plus Kaigara;
    // the waters from sea.ts's coasts. Wherever the flag is given they must tell the same story.
    const judged = sea.filter((f) => f.properties.inside_russian_claimed_territorial_sea !== null);
    expect(judged.length).toBe(4);
    for (const f of judged) {
      const z = f.properties.waters?.russia_view.zone;
      expect(z?.state === 'russia' && z.kind === 'territorial-sea', f.properties.id).toBe(f.properties.inside_russian_claimed_territorial_sea);
    }
  });

  it('stores for every incident exactly what a fresh watersAt answers (no stale data)', () => {
    const committed = read('incidents.geojson') as { features: IncidentFeature[] };
    expect(committed.features).toHaveLength(built.features.length);
    for (const f of committed.features) {
      const p = f.properties;
      if (p.setting !== 'sea') continue;
      const a = watersAt(waters, f.geometry.coordinates);
      expect(a.onLand, p.id).toBe(false);
      expect(p.disputed_waters, p.id).toBe(a.disputed);
      for (const view of ['japan', 'russia'] as const) {
        const stored = p.waters![`${view}_view`];
        expect(stored.zone, `${p.id} ${view}`).toEqual(a.views[view].zone);
        expect(stored.median_km, `${p.id} ${view}`).not.toBeNull();
        expect(Math.abs(stored.median_km! - a.views[view].medianKm!), `${p.id} ${view}`).toBeLessThanOrEqual(0.05);
      }
    }
  });

  it('fails the build for a sea incident outside the region the zones are drawn for', () => {
    const moved = incidentSources.map((s) => (s.id === '2021-05-28-eiho-maru-172' ? { ...s, at: [140.1, 29.8] as [number, number] } : s));
    expect(() => buildIncidents(islandFc, landFc, waters, moved)).toThrow(/2021-05-28-eiho-maru-172 lies at sea outside the region/);
  });
});

/**
 * Data truth (issue 13): one test per item of the fact check, named after it. They read the
 * committed public/data (held to a fresh build by geo/build.test.ts) and the authored sources.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonAreaKm2 } from '../src/geo/area.ts';
import { geodesicDistanceKm } from '../src/geo/geodesic.ts';
import { TERRITORIAL_SEA_KM, type IncidentCollection, type IncidentFeature } from '../src/features/incidents/model.ts';
import { nearestCoast } from '../src/geo/nearest.ts';
import { resolvePlace } from '../src/geo/places.ts';
import type { IslandCollection, IslandFeature } from '../src/geo/types.ts';
import { KAIGARA_LIGHTHOUSE } from '../src/geo/sea.ts';
import { eraSources } from './sources/eras.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8')) as T;
const islands = read<IslandCollection>('islands.geojson').features;
const incidents = read<IncidentCollection>('incidents.geojson').features;
const island = (id: string): IslandFeature => islands.find((f) => f.properties.id === id)!;
const incident = (id: string): IncidentFeature => {
  const f = incidents.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no incident ${id}`);
  return f;
};
const texts = (f: IncidentFeature) => [f.properties.title, f.properties.summary, f.properties.place, f.properties.location_note].join(' ');

/** Published positions the texts measure from (docs/sources.md). */
const SOFU_GAN: Position = [140 + 20 / 60 + 31 / 3600, 29 + 47 / 60 + 39 / 3600]; // 29°47′39″N 140°20′31″E
const CAPE_SOYA: Position = [141 + 56 / 60 + 11 / 3600, 45 + 31 / 60 + 22 / 3600]; // 45°31′22″N 141°56′11″E
const CAPE_RURUY: Position = [146.167, 44.5173]; // the northern tip of the atlas's Kunashir polygon
const NOSAPPU: Position = [145 + 49 / 60 + 2 / 3600, 43 + 23 / 60 + 7 / 3600]; // 43°23′07″N 145°49′02″E
const TU95_EXIT: Position = [140 + 34 / 60, 29 + 52 / 60]; // 29°52′N 140°34′E, Ministry of Defense

const toIsland = (id: string) => (p: Position) => nearestCoast(p, [island(id)], { rings: 'outer' }).distanceKm;
const toPoint = (q: Position) => (p: Position) => geodesicDistanceKm(p, q);

/**
 * Every distance an incident's own text gives, with what it is measured from: the phrase that
 * must appear in the text, the distance function, and the stated figure (a range where the text
 * gives one). The marker must agree within 20% or 2 km, whichever is looser.
 */
const TEXT_DISTANCES: { id: string; phrase: RegExp; measure: (p: Position) => number; km: [number, number]; from?: Position }[] = [
  { id: '1994-10-04-kuril-earthquake', phrase: /70–80 km east of Shikotan/, measure: toIsland('shikotan'), km: [70, 80] },
  { id: '1994-10-04-kuril-earthquake', phrase: /about 79 km from Shikotan/, measure: toIsland('shikotan'), km: [79, 79] },
  // The chapel stands on Suisho: the text gives the island's distance from the cape.
  { id: '2005-11-chapel-suisho', phrase: /nearest shore is about 7 km from Cape Nosappu/, measure: () => toIsland('suisho')(NOSAPPU), km: [7, 7] },
  { id: '2006-08-16-kisshin-maru-31', phrase: /about 0\.7 km south-east of the Kaigara lighthouse/, measure: toPoint(KAIGARA_LIGHTHOUSE), km: [0.7, 0.7] },
  { id: '2007-12-13-rausu-boats-cape-ruruy', phrase: /6 km east of Cape Ruruy/, measure: toPoint(CAPE_RURUY), km: [6, 6] },
  { id: '2008-02-09-tu95-sofu-gan', phrase: /about 22 km west of the rock/, measure: toPoint(SOFU_GAN), km: [22, 22] },
  { id: '2008-02-09-tu95-sofu-gan', phrase: /exit point about 23 km to its north-east/, measure: () => geodesicDistanceKm(TU95_EXIT, SOFU_GAN), km: [23, 23] },
  { id: '2010-01-29-helicopter-fire-kunashir', phrase: /1\.5 nautical miles \(2\.8 km\)/, measure: toIsland('kunashir'), km: [2.8, 2.8] },
  { id: '2020-01-15-shoyo-maru-68', phrase: /200-mile zone/, measure: toIsland('shikotan'), km: [TERRITORIAL_SEA_KM, 370.4] },
  { id: '2020-01-15-shoyo-maru-68', phrase: /about 35 km south-east of Shikotan/, measure: toIsland('shikotan'), km: [35, 35] },
  { id: '2021-05-28-eiho-maru-172', phrase: /80 km east of Cape Sōya/, measure: toPoint(CAPE_SOYA), km: [80, 80] },
];

/** A distance phrase in an incident's text: a number of km or nautical miles (not km²). */
const DISTANCE_IN_TEXT = /\d(?:[\d.,–]*\d)?\s*(?:km(?!²)|kilomet|nautical mile|-mile)/;

describe('Missing events from the article', () => {
  it('the deportation of the islanders, 1947–1949, is present with an area precision and both accounts', () => {
    const p = incident('1947-deportation-islanders').properties;
    expect(p.location_precision).toBe('area');
    expect([p.date_from, p.date_to]).toEqual(['1947-01-01', '1949-12-31']);
    expect(p.summary).toMatch(/17,000/);
    expect(p.accounts?.japan).toMatch(/expelled/);
    expect(p.accounts?.russia).toMatch(/repatriation/);
    expect(p.sources.some((s) => !/seed article|source article/i.test(s.publisher))).toBe(true);
  });

  it('the 1991 agreement on visa-free visits is present as an area, beside the 1986 grave visits it is confused with', () => {
    const p = incident('1991-visa-free-visits').properties;
    expect(p.location_precision).toBe('area');
    expect(p.summary).toMatch(/2 July 1986/);
    expect(p.disputed_facts[0].versions.map((v) => v.by).join()).toMatch(/seed article.*TASS/);
  });

  it('May 2009, the "papers rule" dropped: present as an area, and it says the article alone dates it', () => {
    const p = incident('2009-05-papers-rule-dropped').properties;
    expect(p.location_precision).toBe('area');
    expect(p.summary).toMatch(/no other source that dates the change/);
  });

  it('the Amur islands: the 2004 signing, 2005 approval and 2008 handover, each for what it is, beside the article\'s January 2005', () => {
    const p = incident('2004-10-14-amur-islands-china').properties;
    expect([p.date_from, p.date_to]).toEqual(['2004-10-14', '2008-10-14']);
    expect(p.summary).toMatch(/14 October 2004.*2005.*14 October 2008/);
    const versions = p.disputed_facts[0].versions.map((v) => v.says);
    expect(versions[0]).toBe('January 2005');
    expect(p.location_precision).toBe('area');
  });

  it('February 2011, the sea-cucumber report: Kyodo\'s report and China\'s denial both kept', () => {
    const p = incident('2011-02-15-sea-cucumber-kunashir').properties;
    expect(p.location_precision).toBe('area');
    const says = p.disputed_facts.flatMap((d) => d.versions.map((v) => `${v.says} (${v.by})`)).join(' | ');
    expect(says).toMatch(/Kyodo/);
    expect(says).toMatch(/China's Foreign Ministry/);
  });

  it('the other dated events of the article with a place: the Kuril development plan and the Tōyako meeting of July 2008', () => {
    const plan = incident('2006-08-03-kuril-development-programme').properties;
    expect(plan.location_precision).toBe('area');
    expect(plan.coast_island).toBe('iturup');
    expect(plan.disputed_facts[0].versions.map((v) => v.says)).toContain('December 2005');
    const toyako = incident('2008-07-08-fukuda-medvedev-toyako').properties;
    expect(toyako.coast_island).toBe('hokkaido');
    expect(toyako.in_seed_article).toBe(true);
  });

  it('the five 1945 events carry Russia\'s framing beside Japan\'s', () => {
    const ids = incidents.filter((f) => f.properties.date.startsWith('1945')).map((f) => f.properties.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) {
      const a = incident(id).properties.accounts;
      expect(a?.japan, id).toMatch(/Neutrality Pact/);
      expect(a?.russia, id).toMatch(/Kuril landing operation/);
    }
  });

  it('a policy or an agreement has an area precision, never a point', () => {
    const diplomatic = incidents.filter((f) => f.properties.type === 'diplomatic');
    expect(diplomatic.length).toBeGreaterThanOrEqual(5);
    for (const f of diplomatic) expect(f.properties.location_precision, f.properties.id).toBe('area');
  });

  it('every record has a source that is not the article alone, or says it has none', () => {
    for (const f of incidents) {
      const others = f.properties.sources.filter((s) => !/seed article|source article/i.test(s.publisher));
      if (others.length === 0) expect(texts(f), f.properties.id).toMatch(/no other source|only one source/);
    }
  });
});

describe('Wrong or misleading', () => {
  it('1855: Japan\'s ruler is the Tokugawa shogunate, and the Empire of Japan only from 1868', () => {
    const eras = read<{ features: { properties: { era: string; holder: string; polity: string } }[] }>('eras.geojson').features;
    const polity = (era: string, holder: string) => eras.find((f) => f.properties.era === era && f.properties.holder === holder)?.properties.polity;
    expect(polity('1855', 'japan')).toMatch(/^Tokugawa shogunate/);
    expect(polity('1855', 'joint')).toMatch(/Tokugawa shogunate/);
    expect(eraSources['1855'].polities.japan?.ja).toMatch(/江戸幕府/);
    expect(polity('1875', 'japan')).toBe('Empire of Japan');
    expect(polity('1855', 'russia')).toBe('Russian Empire');
  });

  it('Habomai is a place of its own: found in three scripts, measurable, within 5% of MLIT\'s 94.84 km²', () => {
    for (const q of ['Habomai', 'habomai', '歯舞群島', 'Хабомаи']) {
      const r = resolvePlace(q, islands);
      expect(r.ok && r.island.properties.id, q).toBe('habomai');
    }
    const g = island('habomai');
    expect(g.properties.published_area_km2).toBe(94.84);
    expect(g.properties.area_source).toMatch(/MLIT/);
    expect(g.geometry.type).toBe('MultiPolygon');
    const members = ['suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku'];
    const sum = members.reduce((a, id) => a + polygonAreaKm2(island(id).geometry), 0);
    expect(polygonAreaKm2(g.geometry)).toBeCloseTo(sum, 6);
    expect(Math.abs(polygonAreaKm2(g.geometry) / 94.84 - 1)).toBeLessThan(0.05);
    // The islets are drawn above the group, so a click on one finds the islet.
    const order = islands.map((f) => f.properties.id);
    for (const id of members) expect(order.indexOf(id)).toBeGreaterThan(order.indexOf('habomai'));
  });

  it('Habomai answers `npm run measure -- area habomai`', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/measure.ts', '--json', 'area', 'habomai'], { encoding: 'utf8' });
    const r = JSON.parse(out) as { id: string; area_km2: number; published_area_km2: number };
    expect(r.id).toBe('habomai');
    expect(Math.abs(r.area_km2 / 94.84 - 1)).toBeLessThan(0.05);
  }, 30_000);

  it('Brat Chirpoyev\'s Japanese name is 知理保以南島', () => {
    expect(island('brat-chirpoyev').properties.name.ja).toBe('知理保以南島');
    expect(islands.some((f) => f.properties.name.ja === '南知理保以島')).toBe(false);
  });

  it('the 1945 La Pérouse line cites what holds it today, not the 1875 treaty', () => {
    const borders = read<{ features: { properties: { era: string; note: string; source: string } }[] }>('borders.geojson').features;
    const laPerouse = (era: string) => borders.find((f) => f.properties.era === era && /La Pérouse/.test(f.properties.note))!.properties;
    expect(laPerouse('1945').source).not.toMatch(/Saint Petersburg/);
    expect(laPerouse('1945').source).toMatch(/Treaty of Peace with Japan.*Art\. 2\(c\)/);
    expect(laPerouse('1945').note).toMatch(/de facto/);
    expect(laPerouse('1875').source).toMatch(/Saint Petersburg/);
  });

  it('the February 2008 Tu-95 gives its distance to Sōfu-gan, the place the sources name, not only to the nearest drawn coast', () => {
    const f = incident('2008-02-09-tu95-sofu-gan');
    expect(f.properties.summary).toMatch(/about 22 km west of the rock/);
    expect(geodesicDistanceKm(f.geometry.coordinates, SOFU_GAN)).toBeGreaterThan(20);
    expect(geodesicDistanceKm(f.geometry.coordinates, SOFU_GAN)).toBeLessThan(TERRITORIAL_SEA_KM + 0.5);
    expect(f.properties.location_note).toMatch(/Sōfu-gan, at 29°47′39″N 140°20′31″E/);
    // The panel shows the distance to the rock first (named_place), the far drawn coast after.
    expect(f.properties.named_place).toMatchObject({ name: expect.stringContaining('Sōfu-gan'), held_by: 'japan' });
    expect(f.properties.named_place!.distance_km).toBeCloseTo(geodesicDistanceKm(f.geometry.coordinates, SOFU_GAN), 1);
    expect(f.properties.named_place!.distance_km).toBeLessThan(23);
  });

  it('the Amur islands stand on the Russian mainland, not on Sakhalin', () => {
    const p = incident('2004-10-14-amur-islands-china').properties;
    expect(p.mainland).toBe('russia');
    expect(p.named_place).toBeNull();
    // Every other event ashore stands on an island.
    expect(incidents.filter((f) => f.properties.mainland !== null).map((f) => f.properties.id)).toEqual(['2004-10-14-amur-islands-china']);
  });

  it.each(TEXT_DISTANCES.map((t) => [t.id, t.phrase.source, t] as const))('each incident\'s marker agrees with the distance its own text gives: %s, "%s"', (id, _phrase, t) => {
    const f = incident(id);
    expect(texts(f)).toMatch(t.phrase);
    const d = t.measure(f.geometry.coordinates);
    const [lo, hi] = t.km;
    expect(d, `${id}: ${d.toFixed(1)} km`).toBeGreaterThanOrEqual(Math.min(lo * 0.8, lo - 2));
    expect(d, `${id}: ${d.toFixed(1)} km`).toBeLessThanOrEqual(Math.max(hi * 1.2, hi + 2));
  });

  it('every incident whose text gives a distance is checked above', () => {
    const checked = new Set(TEXT_DISTANCES.map((t) => t.id));
    const withDistance = incidents.filter((f) => DISTANCE_IN_TEXT.test(texts(f))).map((f) => f.properties.id);
    expect(withDistance.length).toBeGreaterThan(5);
    for (const id of withDistance) expect(checked.has(id), id).toBe(true);
  });

  it('the four markers that contradicted their texts now follow them', () => {
    // 1994: the Japan Meteorological Agency's epicentre, 70–80 km out, with the other catalogues shown.
    const quake = incident('1994-10-04-kuril-earthquake');
    expect(quake.properties.disputed_facts.find((d) => d.fact === 'Epicentre')!.versions.length).toBeGreaterThanOrEqual(3);
    // 2010: at Russia's 1.5 nautical miles, and placed by us on the side facing Rausu.
    const heli = incident('2010-01-29-helicopter-fire-kunashir');
    expect(heli.properties.location_note).toMatch(/placed by the atlas editors/);
    // 2020: in the 200-mile zone, outside the 12-mile territorial sea.
    const shoyo = incident('2020-01-15-shoyo-maru-68');
    expect(shoyo.properties.russian_coast_distance_km!).toBeGreaterThan(TERRITORIAL_SEA_KM);
    // 2006: no reported position, so an area, and no claim judged from where the marker stands.
    const kisshin = incident('2006-08-16-kisshin-maru-31');
    expect(kisshin.properties.location_precision).toBe('area');
    expect(kisshin.properties.inside_russian_claimed_territorial_sea).toBeNull();
  });

  it('every marker placed by the editors is approximate or an area, and says how it was placed', () => {
    for (const f of incidents) {
      const note = f.properties.location_note;
      if (/placed by the atlas editors|label point/.test(note)) expect(f.properties.location_precision, f.properties.id).not.toBe('exact');
      if (f.properties.location_precision !== 'exact') expect(note, f.properties.id).toMatch(/placed by the atlas editors|[Tt]he marker (is|stands)|[Ee]stimated/);
    }
  });
});

/** Every text value in a parsed GeoJSON file, with the key it sits under. */
function strings(v: unknown, key = ''): [string, string][] {
  if (typeof v === 'string') return [[key, v]];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, k));
  return [];
}
function numbers(v: unknown, key = ''): [string, number][] {
  if (typeof v === 'number') return [[key, v]];
  if (Array.isArray(v)) return key === 'coordinates' ? [] : v.flatMap((x) => numbers(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, k));
  return [];
}
const dataFiles = readdirSync(new URL('../public/data/', import.meta.url)).filter((f) => f.endsWith('.geojson'));

describe('Precision', () => {
  it('no displayed distance in the data texts has more than one decimal of a km (or of a nautical mile)', () => {
    const tooFine = /\d+\.\d{2,}\s*(?:km(?!²)|kilomet|nautical mile|nmi)/;
    for (const file of dataFiles) {
      for (const [key, text] of strings(read<unknown>(file))) expect(text, `${file} ${key}`).not.toMatch(tooFine);
    }
  });

  it('no distance property holds more than one decimal of a km', () => {
    for (const file of dataFiles) {
      for (const [key, n] of numbers(read<unknown>(file))) {
        if (/_km(_|$)|^km$/.test(key) && !/km2/.test(key)) expect(Math.round(n * 10) / 10, `${file} ${key} ${n}`).toBe(n);
      }
    }
  });
});

describe('Citations that point inside the project', () => {
  const inside = /facts\.md|\.\.\/shared|atlas reference facts|reference\/facts|shared\/seed/i;

  it('no citation names a file of the project', () => {
    for (const file of dataFiles) {
      for (const [key, text] of strings(read<unknown>(file))) {
        expect(text, `${file} ${key}`).not.toMatch(inside);
        if (/publisher|title|source|by/.test(key)) expect(text, `${file} ${key}`).not.toMatch(/\.(?:md|ts|geojson)\b|\bgeo\/|\bsrc\/|public\/data/);
      }
    }
  });

  it('no pipeline source, the docs or the data contract points at the reference notes outside the repository', () => {
    const dir = new URL('./', import.meta.url);
    const files = [
      // The authored sources, the translations of their texts among them (sources/text/<lang>/).
      ...readdirSync(new URL('sources/', dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => pathToFileURL(join(e.parentPath, e.name))),
      ...readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'data-truth.test.ts').map((f) => new URL(f, dir)),
      new URL('README.md', dir),
      new URL('../docs/sources.md', dir),
    ];
    for (const f of files) expect(readFileSync(f, 'utf8'), f.pathname).not.toMatch(inside);
  });

  it('the Vladivostok LNG deal rests on more than the article, and says what no source confirms', () => {
    const sites = read<{ features: { properties: { id: string; status: string; status_note: string; figures: { label: string; note: string | null; source: { publisher: string } }[]; sources: { publisher: string }[] } }[] }>('facilities.geojson').features;
    const vlng = sites.find((f) => f.properties.id === 'vladivostok-lng-site')!.properties;
    expect(vlng.sources.map((s) => s.publisher).join()).toMatch(/Nikkei/);
    expect(vlng.figures.find((x) => x.label === 'Agreed')!.note).toMatch(/no source for a December 2010 signing/);
  });

  it('the two September 2011 military events say they rest on one Yomiuri report', () => {
    for (const id of ['2011-09-pacific-fleet-soya-strait', '2011-09-kamchatka-missile-exercise']) {
      const f = incident(id);
      expect(f.properties.sources.map((s) => s.publisher)).toEqual(['Yomiuri Shimbun']);
      expect(f.properties.summary, id).toMatch(/only one source/);
    }
  });
});

describe('Energy as of 2026', () => {
  const lines = read<{ features: { properties: { id: string; capacity: { value: number; unit: string } | null; capacity_note: string | null } }[] }>('pipelines.geojson').features;
  const line = (id: string) => lines.find((f) => f.properties.id === id)!.properties;

  it('ESPO carries 80 Mt a year to Skovorodino and 50 Mt a year to Kozmino since late 2019 (Transneft)', () => {
    expect(line('espo-1-taishet-skovorodino').capacity).toMatchObject({ value: 80, unit: 'Mt/yr' });
    expect(line('espo-2-skovorodino-kozmino').capacity).toMatchObject({ value: 50, unit: 'Mt/yr' });
    expect(line('espo-1-taishet-skovorodino').capacity_note).toMatch(/2019/);
  });

  it('Power of Siberia runs at its 38 bcm design capacity since December 2024', () => {
    expect(line('power-of-siberia-chayanda-blagoveshchensk').capacity).toMatchObject({ value: 38, unit: 'bcm/yr' });
    expect(line('power-of-siberia-chayanda-blagoveshchensk').capacity_note).toMatch(/1 December 2024/);
  });

  it('Vladivostok LNG is a shelved proposal, never built', () => {
    const sites = read<{ features: { properties: { id: string; status: string; status_note: string } }[] }>('facilities.geojson').features;
    const vlng = sites.find((f) => f.properties.id === 'vladivostok-lng-site')!.properties;
    expect(vlng.status).toBe('proposed');
    expect(vlng.status_note).toMatch(/^Shelved, never built/);
  });
});

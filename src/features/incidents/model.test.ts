import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZONE_KINDS } from '../../geo/sea.ts';
import { checkIncidents, WATERS_ZONE_KINDS } from './contract.ts';
import {
  compareIncidents, countPerYear, filterIncidents, incidentRange, sortByDate,
  type IncidentCollection, type IncidentFeature, type IncidentType,
} from './model.ts';

/** Five real incidents from a build: on land, at sea exactly placed, at sea in an area, in the air over land. */
const fixture = (): IncidentCollection =>
  JSON.parse(readFileSync(new URL('./__fixtures__/incidents/valid.geojson', import.meta.url), 'utf8'));

describe('checkIncidents', () => {
  it('accepts a well-formed collection', () => {
    const fc = fixture();
    expect(fc.features).toHaveLength(5);
    expect(checkIncidents(fc)).toEqual([]);
  });

  it('passes markup through as a plain string, unchanged (the UI renders it as text)', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const fc = fixture();
    const p = fc.features[1].properties;
    p.title = evil;
    p.summary = `${evil} and more`;
    p.place = evil;
    p.accounts = { japan: evil, russia: '<script>alert(2)</script>' };
    p.sources[0].title = evil;
    const roundTrip = JSON.parse(JSON.stringify(fc)) as IncidentCollection;
    expect(checkIncidents(roundTrip)).toEqual([]);
    const q = roundTrip.features[1].properties;
    expect(q.title).toBe(evil);
    expect(typeof q.title).toBe('string');
    expect(q.summary).toBe(`${evil} and more`);
    expect(q.accounts?.japan).toBe(evil);
    expect(q.sources[0].title).toBe(evil);
  });

  type Mutation = [string, (f: IncidentFeature, fc: IncidentCollection) => void, RegExp];
  const broken: Mutation[] = [
    ['a month that does not exist', (f) => { f.properties.date = '2007-13'; }, /date must be/],
    ['an id that does not start with the date', (f) => { f.properties.id = '2006-08-17-kisshin-maru-31'; }, /id must start with its date/],
    ['an id that is no slug', (f) => { f.properties.id = '2006-08-16-Kisshin Maru'; }, /id must be <date>-<slug>/],
    ['an end before the start', (f) => { f.properties.date_end = '2006-08-01'; }, /date_end is before date/],
    ['an unknown type', (f) => { (f.properties as { type: string }).type = 'massacre'; }, /type massacre is not one of/],
    ['an empty summary', (f) => { f.properties.summary = '  '; }, /summary is empty/],
    ['no source', (f) => { f.properties.sources = []; }, /at least one source/],
    ['a source without a publisher', (f) => { f.properties.sources[0].publisher = ''; }, /publisher and title are required/],
    ['a javascript: url', (f) => { f.properties.sources[0].url = 'javascript:alert(1)'; }, /url must be http/],
    ['one side of the accounts only', (f) => { f.properties.accounts = { japan: 'x', russia: '' }; }, /accounts need both/],
    ['a disputed fact with one version', (f) => { f.properties.disputed_facts = [{ fact: 'Time', versions: [{ says: '4 a.m.', by: 'JT' }] }]; }, /at least two versions/],
    ['a negative death toll', (f) => { f.properties.casualties = { killed: -1, injured: 0, note: null }; }, /casualties malformed/],
    ['a vessel count of zero', (f) => { f.properties.vessels[0].count = 0; }, /count must be a positive integer/],
    ['an unknown precision', (f) => { (f.properties as { location_precision: string }).location_precision = 'precise'; }, /location_precision must be/],
    ['a computed range that does not match the date', (f) => { f.properties.date_from = '2006-08-15'; }, /date_from or date_to/],
    ['a sea incident with no distance', (f) => { f.properties.coast_distance_km = null; }, /coast_distance_km must be a distance/],
    ['a flag on an area-only incident', (_f, fc) => { fc.features[3].properties.inside_russian_claimed_territorial_sea = true; }, /must be null on land or for an area/],
    ['a distance on land', (_f, fc) => { fc.features[0].properties.coast_distance_km = 3; }, /coast_distance_km must be null on land/],
    ['no waters for an incident at sea', (f) => { f.properties.waters = null; }, /waters must be set for an incident at sea/],
    ['waters for an event ashore', (f, fc) => { fc.features[0].properties.waters = f.properties.waters; }, /waters must be null for an event ashore or in the air/],
    ['a dispute the zones do not show', (f) => { f.properties.disputed_waters = false; }, /disputed_waters must be true/],
    ['a dispute where the zones agree', (_f, fc) => { fc.features[0].properties.disputed_waters = true; }, /disputed_waters must be false/],
    ['an unknown zone', (f) => { (f.properties.waters!.japan_view.zone as { kind: string }).kind = 'internal-waters'; }, /waters must be \{japan_view/],
    ['a negative median distance', (f) => { f.properties.waters!.russia_view.median_km = -1; }, /waters must be \{japan_view/],
    ['a duplicate id', (_f, fc) => { fc.features[2].properties.id = fc.features[1].properties.id; }, /duplicate id/],
    ['a LineString', (f) => { (f as unknown as { geometry: unknown }).geometry = { type: 'LineString', coordinates: [[145, 43], [146, 44]] }; }, /geometry LineString is not one of Point/],
  ];
  it.each(broken)('reports %s', (_what, mutate, message) => {
    const fc = fixture();
    mutate(fc.features[1], fc);
    const problems = checkIncidents(fc);
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
  });
});

describe('the waters in the contract', () => {
  it('knows the zones src/geo/sea.ts computes, in its order', () => {
    expect([...WATERS_ZONE_KINDS]).toEqual([...ZONE_KINDS]);
  });

  it('holds the fixture\'s Kisshin Maru in disputed waters and the Shumshu landing in none', () => {
    const fc = fixture();
    expect(fc.features[1].properties.disputed_waters).toBe(true);
    expect(fc.features[0].properties).toMatchObject({ waters: null, disputed_waters: false });
  });
});

const at = (id: string, date: string, type: IncidentType = 'seizure', date_end: string | null = null) =>
  ({ properties: { id, date, date_end, type } });

describe('dates, order, filters and counts', () => {
  it('gives a multi-day event the days from its date to its end', () => {
    const r = incidentRange({ date: '1945-08-18', date_end: '1945-08-23' });
    expect(r.startMs).toBe(Date.UTC(1945, 7, 18));
    expect(r.endMs).toBe(Date.UTC(1945, 7, 24));
  });

  it('sorts by first day, a day before its month before its year, then by id, without touching the input', () => {
    const list = [at('2007', '2007'), at('2007-12-13-b', '2007-12-13'), at('2007-12', '2007-12'), at('2006-08-16', '2006-08-16'),
      at('2007-12-13-a', '2007-12-13'), at('2007-01-21', '2007-01-21'), at('2007-12-01', '2007-12-01'), at('2007-01', '2007-01')];
    const before = list.map((x) => x.properties.id);
    expect(sortByDate(list).map((x) => x.properties.id)).toEqual(
      ['2006-08-16', '2007-01', '2007', '2007-01-21', '2007-12-01', '2007-12', '2007-12-13-a', '2007-12-13-b'],
    );
    expect(list.map((x) => x.properties.id)).toEqual(before);
    expect(compareIncidents(at('a', '2007-12-13'), at('a', '2007-12-13'))).toBe(0);
  });

  const all = [at('a', '1945-08-18', 'military', '1945-08-23'), at('b', '2006-08-16', 'shooting'), at('c', '2007', 'seizure'),
    at('d', '2007-12-13', 'seizure'), at('e', '2011-09', 'military'), at('f', '2021-05-28', 'seizure')];
  const ids = (xs: { properties: { id: string } }[]) => xs.map((x) => x.properties.id);

  it('filters by type', () => {
    expect(ids(filterIncidents(all, { types: ['seizure'] }))).toEqual(['c', 'd', 'f']);
    expect(ids(filterIncidents(all, { types: [] }))).toEqual([]);
    expect(ids(filterIncidents(all, {}))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('filters by date range, inclusive at both ends and by overlap for partial dates', () => {
    expect(ids(filterIncidents(all, { from: '2007-06', to: '2011' }))).toEqual(['c', 'd', 'e']);
    expect(ids(filterIncidents(all, { to: '2006-08-16' }))).toEqual(['a', 'b']);
    expect(ids(filterIncidents(all, { from: '2006-08-17', to: '2006-12' }))).toEqual([]);
    expect(ids(filterIncidents(all, { from: '1945-08-23', to: '1945-08-23' }))).toEqual(['a']); // last day of the battle
    expect(ids(filterIncidents(all, { from: '2011-09-30', to: '2011-10', types: ['military'] }))).toEqual(['e']);
    expect(() => filterIncidents(all, { from: '2011-13' })).toThrow(/partial ISO/);
  });

  it('counts per year, every year of the span with zeros', () => {
    const counts = countPerYear(all);
    expect(counts[0]).toEqual({ year: 1945, count: 1 });
    expect(counts.at(-1)).toEqual({ year: 2021, count: 1 });
    expect(counts).toHaveLength(2021 - 1945 + 1);
    expect(counts.find((c) => c.year === 2007)).toEqual({ year: 2007, count: 2 });
    expect(counts.find((c) => c.year === 1980)).toEqual({ year: 1980, count: 0 });
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(all.length);
    expect(countPerYear(all, { from: 1940, to: 2025 })).toHaveLength(86);
    expect(countPerYear([])).toEqual([]);
    expect(countPerYear([], { from: 2000, to: 2001 })).toEqual([{ year: 2000, count: 0 }, { year: 2001, count: 0 }]);
  });
});

/**
 * The link as the state's serialisation: serialise then parse gives back the state, for any
 * valid state (property-tested with fast-check over every feature's parameters); parsing never
 * throws, whatever the string; old links open what they opened before; a bad value gives one
 * notice and leaves the rest of the link working.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERA_IDS } from '../geo/eras.ts';
import { LANGUAGES } from '../geo/language.ts';
import { DISTANCE_UNITS } from '../geo/units.ts';
import { createAtlasStore, sliceOf, type AtlasState } from '../state/store.ts';
import { URL_CODEC, sliceDefaults, TABS } from './registry.ts';
import { INCIDENT_TYPES } from './incidents/model.ts';
import { incidentsSlice } from './incidents/state.ts';
import { energySlice } from './energy/state.ts';
import { islandsSlice } from './islands/state.ts';
import { measureSlice, roundCoord } from './measure/state.ts';
import { round5, seaSlice } from './sea/state.ts';
import { MAX_BOUNDS } from '../map/ids.ts';
import { POINTS_OF_VIEW } from '../geo/point-of-view.ts';
import type { Notice } from '../state/store.ts';

/** A notice's words: its text, or its message and values (the tests read the values quoted). */
const words = (n: Notice | null | undefined): string => (!n ? '' : 'text' in n ? n.text : `${n.message} ${Object.values(n.values ?? {}).join(' ')}`);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const place = fc.oneof(id, fc.constantFrom('国後島', 'Кунашир', 'Habomai islands', 'hokkaido'));
const year = fc.integer({ min: 1000, max: 9998 });
const coord = (max: number) => fc.double({ min: -max, max, noNaN: true }).map(roundCoord);

const measurement = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('pair' as const), a: place, b: place }),
  fc.record({ kind: fc.constant('area' as const), island: place }),
  fc.array(fc.tuple(coord(180), coord(90)), { minLength: 1, maxLength: 30 }).chain((points) =>
    fc.record({ kind: fc.constant('path' as const), points: fc.constant(points), closed: points.length >= 3 ? fc.boolean() : fc.constant(false) })),
);

/** Any state a reader can reach, in the parts the link carries. */
const linkState = fc.record({
  era: fc.constantFrom(...ERA_IDS),
  compare: fc.option(fc.constantFrom(...ERA_IDS), { nil: null }),
  lang: fc.constantFrom(...LANGUAGES),
  pov: fc.constantFrom(...POINTS_OF_VIEW),
  waters: fc.option(fc.tuple(fc.double({ min: MAX_BOUNDS[0][0], max: MAX_BOUNDS[1][0], noNaN: true }).map(round5), fc.double({ min: MAX_BOUNDS[0][1], max: MAX_BOUNDS[1][1], noNaN: true }).map(round5)), { nil: null }),
  tab: fc.constantFrom(...TABS.map((t) => t.id)),
  island: fc.option(id, { nil: null }),
  incident: fc.option(id, { nil: null }),
  types: fc.subarray([...INCIDENT_TYPES]),
  years: fc.option(fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })), { nil: null }),
  allYears: fc.boolean(),
  disputed: fc.boolean(),
  energy: fc.option(id, { nil: null }),
  energyYear: fc.oneof(fc.constant(9999), year),
  unbuilt: fc.boolean(),
  measure: measurement,
  unit: fc.constantFrom(...DISTANCE_UNITS),
});

type LinkState = typeof linkState extends fc.Arbitrary<infer T> ? T : never;

function stateOf(l: LinkState): AtlasState {
  const defaults = sliceDefaults();
  return createAtlasStore({
    core: { era: l.era, compare: l.compare, lang: l.lang, pov: l.pov, tab: l.tab },
    slices: {
      ...defaults,
      [islandsSlice.name]: { ...islandsSlice.defaults, selected: l.island },
      [incidentsSlice.name]: { ...incidentsSlice.defaults, selected: l.incident, types: l.types, years: l.years, allYears: l.allYears, disputedOnly: l.disputed },
      [energySlice.name]: { ...energySlice.defaults, selected: l.energy, year: l.energyYear, showUnbuilt: l.unbuilt },
      [measureSlice.name]: { ...measureSlice.defaults, shown: l.measure, unit: l.unit },
      [seaSlice.name]: { ...seaSlice.defaults, point: l.waters },
    },
  }).getState();
}

/** The parts of a state the link carries, to compare. */
function linkPartsOf(s: AtlasState) {
  const inc = sliceOf(s, incidentsSlice);
  const en = sliceOf(s, energySlice);
  const m = sliceOf(s, measureSlice);
  return {
    era: s.era, compare: s.compare, lang: s.lang, pov: s.pov, tab: s.tab,
    waters: sliceOf(s, seaSlice).point,
    island: sliceOf(s, islandsSlice).selected,
    incident: inc.selected, types: [...inc.types], years: inc.years, allYears: inc.allYears, disputed: inc.disputedOnly,
    energy: en.selected, energyYear: en.year, unbuilt: en.showUnbuilt,
    measure: m.shown.kind === 'path' ? { ...m.shown, points: m.shown.points.map((p) => [...p]) } : m.shown, unit: m.unit,
  };
}

function parsed(search: string): AtlasState {
  const p = URL_CODEC.parse(search);
  return createAtlasStore({ core: { lang: 'en', ...p.core }, slices: { ...sliceDefaults(), ...p.slices } }).getState();
}

describe('the link codec', () => {
  it('gives back any state: serialise then parse is the identity on the link\'s parts', () => {
    fc.assert(fc.property(linkState, (l) => {
      const s = stateOf(l);
      const search = URL_CODEC.serialise(s);
      const back = URL_CODEC.parse(search);
      expect(back.notices).toEqual([]);
      expect(linkPartsOf(parsed(search))).toEqual(linkPartsOf(s));
    }), { numRuns: 500 });
  });

  it('never throws, whatever the query string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => { URL_CODEC.parse(q); }), { numRuns: 2000 });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('era', 'compare', 'lang', 'tab', 'incident', 'types', 'years', 'allyears', 'disputed', 'energy', 'energyyear', 'unbuilt', 'measure', 'area', 'path', 'closed', 'unit', 'island'), fc.string({ maxLength: 60 })), (d) => {
      const r = URL_CODEC.parse(`?${new URLSearchParams(d).toString()}`);
      expect(Array.isArray(r.notices)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('opens old links as before: ?era=, ?incident=, ?measure=a,b', () => {
    const a = parsed('?era=1905');
    expect(a.era).toBe('1905');
    expect(a.tab).toBe('island');
    const b = parsed('?incident=2006-08-16-kisshin-maru-31');
    expect(sliceOf(b, incidentsSlice).selected).toBe('2006-08-16-kisshin-maru-31');
    expect(b.tab).toBe('incidents');
    const c = parsed('?measure=kunashir,hokkaido');
    expect(sliceOf(c, measureSlice).shown).toEqual({ kind: 'pair', a: 'kunashir', b: 'hokkaido' });
    expect(c.tab).toBe('measure');
    // Names in any script, and the Japanese comma, as before.
    expect(sliceOf(parsed('?measure=国後島、北海道'), measureSlice).shown).toEqual({ kind: 'pair', a: '国後島', b: '北海道' });
  });

  it('gives one notice per bad value and keeps every other parameter', () => {
    const r = URL_CODEC.parse('?era=1999&lang=ja&incident=2006-08-16-kisshin-maru-31&unit=furlongs&years=2010-2000');
    expect(r.notices.map((n) => n.id).sort()).toEqual(['url-era', 'url-unit', 'url-years']);
    expect(r.core.lang).toBe('ja');
    expect(r.core.era).toBeUndefined();
    expect((r.slices.incidents as { selected: string }).selected).toBe('2006-08-16-kisshin-maru-31');
  });

  it('words each notice as a catalogue message with the parameter, the value and what was expected', () => {
    const r = URL_CODEC.parse('?era=1999&lang=xx&tab=nowhere&incident=Bad%20Id&allyears=2&unit=furlongs');
    const byId = Object.fromEntries(r.notices.map((n) => [n.id, n]));
    expect(byId['url-era']).toEqual({
      id: 'url-era', message: 'app.link.bad',
      values: { key: 'era', value: '1999', expected: { message: 'app.link.expected.oneOf', values: { options: { or: ['1855', '1875', '1905', '1945'] } } } },
    });
    expect(byId['url-lang']).toMatchObject({ message: 'app.link.bad', values: { key: 'lang', value: 'xx', expected: { message: 'app.link.expected.oneOf', values: { options: { or: ['en', 'ja', 'ru'] } } } } });
    expect(byId['url-tab']).toMatchObject({ message: 'app.link.bad', values: { key: 'tab', value: 'nowhere', expected: { message: 'app.link.expected.oneOf' } } });
    expect(byId['url-incident']).toMatchObject({ message: 'app.link.bad', values: { key: 'incident', value: 'Bad Id', expected: { message: 'app.link.expected.id' } } });
    expect(byId['url-allyears']).toMatchObject({ message: 'app.link.bad', values: { key: 'allyears', value: '2', expected: { message: 'app.link.expected.flag' } } });
    expect(byId['url-unit']).toMatchObject({ message: 'app.link.bad', values: { key: 'unit', value: 'furlongs', expected: { message: 'app.link.expected.oneOf', values: { options: { or: ['km', 'mi', 'nmi'] } } } } });
    for (const n of r.notices) expect('text' in n, n.id).toBe(false);
  });

  it('carries the disputed-waters filter as disputed=1, and only when it is on', () => {
    const on = parsed('?disputed=1');
    expect(sliceOf(on, incidentsSlice).disputedOnly).toBe(true);
    expect(on.tab).toBe('incidents');
    expect(new URLSearchParams(URL_CODEC.serialise(on)).get('disputed')).toBe('1');
    expect(sliceOf(parsed('?disputed=0'), incidentsSlice).disputedOnly).toBe(false);
    expect(new URLSearchParams(URL_CODEC.serialise(parsed('?disputed=0'))).has('disputed')).toBe(false);
    expect(new URLSearchParams(URL_CODEC.serialise(parsed(''))).has('disputed')).toBe(false);
    const bad = URL_CODEC.parse('?disputed=yes&types=seizure');
    expect(bad.notices.map((n) => n.id)).toEqual(['url-disputed']);
    expect((bad.slices.incidents as { types: string[] }).types).toEqual(['seizure']);
  });

  it('quotes a bad value shortened, with control characters made visible (regression: a very long notice overflows)', () => {
    const r = URL_CODEC.parse(`?era=${'x'.repeat(10_000)}`);
    expect(r.notices).toHaveLength(1);
    expect(words(r.notices[0]).length).toBeLessThan(250);
    expect(words(r.notices[0])).toContain('…');
    const ctl = URL_CODEC.parse(`?era=${encodeURIComponent('\u001b[31m\u0007')}`);
    expect(words(ctl.notices[0])).toContain('\\u001b');
    // eslint-disable-next-line no-control-regex
    expect(words(ctl.notices[0])).not.toMatch(/[\u0000-\u001f]/);
  });

  it('refuses a path with a bad point, too many points, or a closed path of two', () => {
    expect(URL_CODEC.parse('?path=145,43;999,43').notices.map((n) => n.id)).toEqual(['url-path']);
    expect(URL_CODEC.parse(`?path=${Array(501).fill('145,43').join(';')}`).notices.map((n) => n.id)).toEqual(['url-path']);
    expect(URL_CODEC.parse('?path=145,43;146,43&closed=1').notices.map((n) => n.id)).toEqual(['url-path']);
    expect(sliceOf(parsed('?path=145,43;146,43.5;146,44&closed=1'), measureSlice).shown).toEqual({ kind: 'path', points: [[145, 43], [146, 43.5], [146, 44]], closed: true });
  });

  it('reads the point of view and the sea question, and refuses a point off the frontier\'s seas', () => {
    const s = parsed('?pov=japan&waters=145.82,43.45');
    expect(s.pov).toBe('japan');
    expect(s.tab).toBe('sea');
    expect(sliceOf(s, seaSlice).point).toEqual([145.82, 43.45]);
    const bad = URL_CODEC.parse('?pov=neutral&waters=10,10&lang=ru');
    expect(bad.notices.map((n) => n.id).sort()).toEqual(['url-pov', 'url-waters']);
    expect(bad.core.lang).toBe('ru');
    // The default point of view stays out of the link.
    expect(URL_CODEC.serialise(createAtlasStore({ core: { pov: 'water' } }).getState())).not.toContain('pov=');
  });
});

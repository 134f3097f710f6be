import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES, type IncidentCollection } from './model.ts';
import { eraYears, matchingIncidents, shownYears, visibleIncidents, withinEra } from './filter.ts';

const all = (JSON.parse(readFileSync(new URL('../../../public/data/incidents.geojson', import.meta.url), 'utf8')) as IncidentCollection).features;
const byId = (id: string) => all.find((f) => f.properties.id === id)!;
const everyType = new Set(INCIDENT_TYPES);
const ids = (fs: { properties: { id: string } }[]) => fs.map((f) => f.properties.id);

describe('eraYears', () => {
  it.each([['1855', 1855, 1875], ['1875', 1875, 1905], ['1905', 1905, 1945], ['1945', 1945, 2030]] as const)('era %s spans %d to %d', (era, from, to) => {
    expect(eraYears(era, 2030)).toEqual({ from, to });
  });
});

describe('shownYears', () => {
  it('is the overlap of the brush and the era', () => {
    expect(shownYears({ years: { from: 1940, to: 2000 }, era: { from: 1905, to: 1945 } })).toEqual({ from: 1940, to: 1945 });
    expect(shownYears({ years: { from: 1940, to: 2000 }, era: null })).toEqual({ from: 1940, to: 2000 });
  });
  it('is null when they do not overlap', () => {
    expect(shownYears({ years: { from: 2000, to: 2010 }, era: { from: 1855, to: 1875 } })).toBeNull();
  });
});

describe('visibleIncidents on the real data', () => {
  it('keeps only the 1945 landings and occupations in the 1905–1945 era', () => {
    const shown = visibleIncidents(all, { types: everyType, years: { from: 1945, to: 2021 }, era: eraYears('1905') });
    expect(ids(shown)).toEqual(ids(all.filter((f) => f.properties.year === 1945)));
    expect(shown.length).toBe(5);
    expect(shown.every((f) => f.properties.type === 'military')).toBe(true);
  });

  it('shows nothing in the eras before 1905, which have no incidents in the data', () => {
    expect(visibleIncidents(all, { types: everyType, years: { from: 1945, to: 2021 }, era: eraYears('1855') })).toEqual([]);
  });

  it('combines types and years: seizures from 2007 to 2010', () => {
    const shown = visibleIncidents(all, { types: new Set(['seizure']), years: { from: 2007, to: 2010 }, era: null });
    expect(ids(shown)).toEqual(['2007-01-21-zuisho-maru-38', '2007-06-01-hoshin-maru-88', '2007-12-13-rausu-boats-cape-ruruy']);
  });

  it('counts an event dated only by its month in a brush on that year', () => {
    expect(ids(visibleIncidents(all, { types: new Set(['construction']), years: { from: 2005, to: 2005 }, era: null }))).toEqual(['2005-11-chapel-suisho']);
  });
});

describe('only incidents in disputed waters', () => {
  const span = { from: 1945, to: 2021 };
  const disputedIds = ids(all.filter((f) => f.properties.disputed_waters));

  it('keeps exactly the incidents flagged in disputed waters, all at sea, in date order', () => {
    const shown = visibleIncidents(all, { types: everyType, disputedOnly: true, years: span, era: null });
    expect(ids(shown)).toEqual(disputedIds);
    expect(shown).toHaveLength(11);
    expect(shown.every((f) => f.properties.setting === 'sea' && f.properties.waters !== null)).toBe(true);
    expect(ids(shown)).toContain('2006-08-16-kisshin-maru-31');
    // Seizures in the open sea off Hokkaido and Kamchatka are in one state's zone in both positions.
    expect(ids(shown)).not.toContain('2021-05-28-eiho-maru-172');
    expect(ids(shown)).not.toContain('2007-06-01-hoshin-maru-88');
  });

  it('changes nothing when off, whether false or absent', () => {
    const off = visibleIncidents(all, { types: everyType, disputedOnly: false, years: span, era: null });
    expect(off).toHaveLength(all.length);
    expect(visibleIncidents(all, { types: everyType, years: span, era: null })).toEqual(off);
  });

  it('combines with the types, the years and the era', () => {
    expect(ids(visibleIncidents(all, { types: new Set(['seizure']), disputedOnly: true, years: { from: 2007, to: 2010 }, era: null })))
      .toEqual(['2007-01-21-zuisho-maru-38', '2007-12-13-rausu-boats-cape-ruruy']);
    expect(ids(visibleIncidents(all, { types: new Set(['shooting', 'helicopter-fire']), disputedOnly: true, years: span, era: eraYears('1945') })))
      .toEqual(['1956-10-15-koei-maru', '2006-08-16-kisshin-maru-31', '2010-01-29-helicopter-fire-kunashir']);
    // No incident of 1905–1945 is at sea, so none is in disputed waters.
    expect(visibleIncidents(all, { types: everyType, disputedOnly: true, years: span, era: eraYears('1905') })).toEqual([]);
  });

  it('lets the chart count what the list shows: the matching incidents, cut to the years, are the visible ones', () => {
    const view = { types: new Set(['seizure', 'shooting'] as const), disputedOnly: true };
    const matching = matchingIncidents(all, view);
    expect(ids(matching)).toEqual(ids(all.filter((f) => view.types.has(f.properties.type as 'seizure') && f.properties.disputed_waters)));
    const years = { from: 2000, to: 2015 };
    const visible = visibleIncidents(all, { ...view, years, era: null });
    expect(ids(visible)).toEqual(ids(matching.filter((f) => f.properties.year >= years.from && f.properties.year <= years.to)));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(matching.length);
  });
});

describe('withinEra', () => {
  it('places the 2006 shooting in 1945–today and outside 1905–1945', () => {
    const f = byId('2006-08-16-kisshin-maru-31');
    expect(withinEra(f, eraYears('1945'))).toBe(true);
    expect(withinEra(f, eraYears('1905'))).toBe(false);
    expect(withinEra(f, null)).toBe(true);
  });
});

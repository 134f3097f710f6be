import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAtlasStore, setCore, setSlice } from '../../state/store.ts';
import type { IncidentCollection } from './model.ts';
import { eraYears, visibleIncidents } from './filter.ts';
import { domainOf, incidentsSlice, visibleOf } from './state.ts';

const all = (JSON.parse(readFileSync(new URL('../../../public/data/incidents.geojson', import.meta.url), 'utf8')) as IncidentCollection).features;

describe('visibleOf', () => {
  it('gives each era its incidents, the same array when an era comes back, and follows a filter change', () => {
    const store = createAtlasStore({ slices: { [incidentsSlice.name]: { ...incidentsSlice.defaults, data: { kind: 'ready', data: all } } } });
    const expected = (era: '1905' | '1945') => visibleIncidents(all, { types: new Set(incidentsSlice.defaults.types), years: domainOf(all)!, era: eraYears(era) });
    setCore(store, { era: '1945' });
    const modern = visibleOf(store.getState());
    expect(modern).toEqual(expected('1945'));
    setCore(store, { era: '1905' });
    expect(visibleOf(store.getState())).toEqual(expected('1905'));
    setCore(store, { era: '1945' });
    expect(visibleOf(store.getState())).toBe(modern);
    setSlice(store, incidentsSlice, { types: ['seizure'] });
    const seizures = visibleOf(store.getState());
    expect(seizures.length).toBeGreaterThan(0);
    expect(seizures.every((f) => f.properties.type === 'seizure')).toBe(true);
  });

  it('keeps the array when another era shows the same incidents (no new data for the map)', () => {
    const store = createAtlasStore({ slices: { [incidentsSlice.name]: { ...incidentsSlice.defaults, data: { kind: 'ready', data: all } } } });
    setCore(store, { era: '1855' });
    const first = visibleOf(store.getState());
    setCore(store, { era: '1875' });
    const second = visibleOf(store.getState());
    if (second.length === first.length && second.every((f, i) => f === first[i])) expect(second).toBe(first);
  });
});

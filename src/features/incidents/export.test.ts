/** The incidents' export file is named after the era and each filter that narrows what it holds (export.ts). */
import { describe, expect, it } from 'vitest';
import { incidentsFileName } from './export.ts';
import { INCIDENT_TYPES } from './model.ts';

const all = { allYears: false, years: null, disputedOnly: false, types: INCIDENT_TYPES };

describe('incidentsFileName', () => {
  it('is the era alone when nothing narrows the list, and "incidents" when every year is shown', () => {
    expect(incidentsFileName(all, '1905')).toBe('incidents-1905');
    expect(incidentsFileName({ ...all, allYears: true }, '1905')).toBe('incidents');
  });

  it('adds the brushed years, disputed waters and a subset of the types', () => {
    expect(incidentsFileName({ ...all, years: { from: 1990, to: 2021 } }, '1945')).toBe('incidents-1945-1990-2021');
    expect(incidentsFileName({ ...all, disputedOnly: true, types: ['seizure', 'shooting'] }, '1945')).toBe('incidents-1945-disputed-some-types');
  });
});

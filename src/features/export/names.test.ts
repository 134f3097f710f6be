import { describe, expect, it } from 'vitest';
import { exportFileName, localDay, namePart, viewParts } from './names.ts';

describe('export file names', () => {
  const day = new Date(2026, 11, 7, 23, 59);

  it('names a picture after its era and the local day', () => {
    expect(exportFileName(viewParts('1905', 'water'), 'png', day)).toBe('kuril-atlas_1905_2026-12-07.png');
  });

  it('adds the point of view where it changes the map, and what a data file holds', () => {
    expect(exportFileName(viewParts('1945', 'japan'), 'png', day)).toBe('kuril-atlas_1945_japan_2026-12-07.png');
    expect(exportFileName(viewParts('1855', 'japan'), 'png', day)).toBe('kuril-atlas_1855_2026-12-07.png');
    expect(exportFileName(['incidents', ...viewParts('1945', 'water')], 'csv', day)).toBe('kuril-atlas_incidents_1945_2026-12-07.csv');
    expect(exportFileName(['era-1875'], 'geojson', day)).toBe('kuril-atlas_era-1875_2026-12-07.geojson');
  });

  it('keeps file names to letters, digits and dashes', () => {
    expect(namePart('Measure / path: "A"')).toBe('measure-path-a');
    expect(namePart('国後島')).toBe('');
    expect(exportFileName(['国後島', 'x'], 'json', day)).toBe('kuril-atlas_x_2026-12-07.json');
  });

  it('pads months and days', () => {
    expect(localDay(new Date(2027, 0, 3))).toBe('2027-01-03');
  });
});

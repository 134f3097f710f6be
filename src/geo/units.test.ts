import { describe, expect, it } from 'vitest';
import { convertKm, convertKm2, formatArea, formatDistance, formatNumber, parseUnit } from './units.ts';

describe('convertKm', () => {
  it.each([
    [1.852, 'nmi', 1],
    [1.609344, 'mi', 1],
    [16.21, 'km', 16.21],
    [42.52, 'nmi', 22.9590],
    [100, 'mi', 62.1371],
  ] as const)('%f km is %f %s', (km, unit, v) => {
    expect(convertKm(km, unit)).toBeCloseTo(v, 4);
  });

  it('squares the factor for areas', () => {
    expect(convertKm2(1.852 * 1.852, 'nmi')).toBeCloseTo(1, 12);
    expect(convertKm2(2.589988110336, 'mi')).toBeCloseTo(1, 12);
  });
});

describe('formatDistance: one decimal in every unit, whatever the size', () => {
  it.each([
    [16.21, 'km', '16.2 km'],
    [16.21, 'nmi', '8.8 nmi'],
    [16.21, 'mi', '10.1 mi'],
    [0.4, 'km', '0.4 km'],
    [0.4, 'mi', '0.2 mi'],
    [3.54, 'km', '3.5 km'],
    [9.96, 'km', '10.0 km'],
    [61.39, 'km', '61.4 km'],
    [1234.56, 'km', '1,234.6 km'],
    [1594.62, 'nmi', '861.0 nmi'],
    [1_000_000, 'km', '1,000,000.0 km'],
    [0, 'km', '0.0 km'],
    [0.04, 'nmi', '0.0 nmi'],
  ] as const)('%f km in %s is %s', (km, unit, text) => {
    expect(formatDistance(km, unit)).toBe(text);
  });

  it('rounds half away from zero at the tenth, as toFixed does for these values', () => {
    expect(formatDistance(2.25)).toBe('2.3 km');
    expect(formatDistance(1.852 * 2.25, 'nmi')).toBe('2.3 nmi');
  });
});

describe('formatArea and formatNumber', () => {
  it('group thousands and keep the decimals asked for', () => {
    expect(formatArea(1480.73)).toBe('1,480.7 km²');
    expect(formatArea(77702.51, 'km', 0)).toBe('77,703 km²');
    expect(formatArea(30.2, 'km', 0)).toBe('30 km²');
    expect(formatArea(1480.73, 'mi')).toBe('571.7 mi²');
    expect(formatNumber(77983.9, 1)).toBe('77,983.9');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(-1234.56, 1)).toBe('-1,234.6');
  });
});

describe('parseUnit', () => {
  it.each([
    ['km', 'km'], ['KM', 'km'], [' nm ', 'nmi'], ['nmi', 'nmi'], ['miles', 'mi'], ['mi', 'mi'],
    ['furlong', null], ['', null], [null, null],
  ] as const)('%s → %s', (input, unit) => {
    expect(parseUnit(input)).toBe(unit);
  });
});

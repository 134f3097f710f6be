import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate as format } from './locale.ts';

/** Intl puts narrow no-break spaces in Russian (1945\u202fг.): compared as plain spaces. */
const formatPartialDate = (...a: Parameters<typeof format>) => format(...a).replace(/\s/g, ' ');

describe('formatPartialDate', () => {
  it('writes a day, a month and a year at their own precision in each language', () => {
    expect(formatPartialDate('en', '2006-08-16')).toBe('16 August 2006');
    expect(formatPartialDate('ja', '2006-08-16')).toBe('2006年8月16日');
    expect(formatPartialDate('ru', '2006-08-16')).toBe('16 августа 2006 г.');
    expect(formatPartialDate('en', '2005-11')).toBe('November 2005');
    expect(formatPartialDate('ja', '2005-11')).toBe('2005年11月');
    expect(formatPartialDate('ru', '2005-11')).toBe('ноябрь 2005 г.');
    expect(formatPartialDate('ja', '1994')).toBe('1994年');
    expect(formatPartialDate('ru', '1947')).toBe('1947 г.');
    expect(formatPartialDate('ru', '1947', '1949')).toBe('1947–1949 гг.');
    expect(formatPartialDate('en', '1947', '1949')).toBe('1947 – 1949');
  });
  it('writes the month once in a span within one month', () => {
    expect(formatPartialDate('en', '1945-08-18', '1945-08-23')).toBe('18–23 August 1945');
    expect(formatPartialDate('ja', '1945-08-18', '1945-08-23')).toBe('1945年8月18日～23日');
    expect(formatPartialDate('ru', '1945-08-18', '1945-08-23')).toBe('18–23 августа 1945 г.');
  });
  it('writes the year once in a span within one year', () => {
    expect(formatPartialDate('en', '1945-08-28', '1945-09-01')).toBe('28 August – 1 September 1945');
    expect(formatPartialDate('ja', '1945-08-28', '1945-09-01')).toBe('1945年8月28日～9月1日');
    expect(formatPartialDate('ru', '1945-08-28', '1945-09-01')).toBe('28 августа – 1 сентября 1945 г.');
  });
  it('returns text that is not a date as it is', () => {
    expect(formatPartialDate('ru', 'sometime')).toBe('sometime');
  });
});

describe('formatNumber', () => {
  it('uses each language\'s decimal and group separators', () => {
    expect(formatNumber('en', 16.2, { maximumFractionDigits: 1 })).toBe('16.2');
    expect(formatNumber('ru', 16.2, { maximumFractionDigits: 1 })).toBe('16,2');
    expect(formatNumber('ja', 12345)).toBe('12,345');
    expect(formatNumber('ru', 12345).replace(/\s/g, ' ')).toBe('12 345');
  });
});

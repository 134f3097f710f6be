import { describe, expect, it } from 'vitest';
import { isPartialDate, parsePartialDate } from './partial-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2006-08-16', 'day', '2006-08-16', '2006-08-16'],
    ['2007-12', 'month', '2007-12-01', '2007-12-31'],
    ['2008-02', 'month', '2008-02-01', '2008-02-29'], // leap year
    ['2009-02', 'month', '2009-02-01', '2009-02-28'],
    ['1945', 'year', '1945-01-01', '1945-12-31'],
  ])('%s covers %s from %s to %s', (text, precision, first, last) => {
    const r = parsePartialDate(text)!;
    expect(r).toMatchObject({ precision, first, last });
    expect(r.startMs).toBe(Date.parse(`${first}T00:00:00Z`));
    expect(r.endMs).toBe(Date.parse(`${last}T00:00:00Z`) + 86_400_000);
  });

  it.each(['2007-13', '2007-00', '2007-02-30', '2007-02-29', '2007-1', '07-12', '2007/12', '2007-12-01T00:00', '', ' 2007', '0099'])(
    'rejects %j', (text) => {
      expect(parsePartialDate(text)).toBeNull();
      expect(isPartialDate(text)).toBe(false);
    },
  );

  it('orders a day inside its month and its month inside its year', () => {
    const day = parsePartialDate('2007-12-13')!, month = parsePartialDate('2007-12')!, year = parsePartialDate('2007')!;
    expect(year.startMs).toBeLessThanOrEqual(month.startMs);
    expect(month.startMs).toBeLessThanOrEqual(day.startMs);
    expect(day.endMs).toBeLessThanOrEqual(month.endMs);
    expect(month.endMs).toBe(year.endMs);
  });

  it('is not fooled by non-strings', () => {
    expect(isPartialDate(2007)).toBe(false);
    expect(isPartialDate(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatIncidentDate } from './format.ts';


describe('formatIncidentDate', () => {
  it.each([
    ['2006-08-16', null, '16 August 2006'],
    ['2005-11', null, 'November 2005'],
    ['2011', null, '2011'],
    ['1945-08-18', '1945-08-23', '18–23 August 1945'],
    ['1945-08-28', '1945-09-03', '28 August – 3 September 1945'],
    ['2007-12-31', '2008-01-02', '31 December 2007 – 2 January 2008'],
    ['2011-09', '2011-10', 'September 2011 – October 2011'],
  ])('%s to %s reads %s', (date, end, words) => {
    expect(formatIncidentDate(date, end)).toBe(words);
  });

  it('leaves a malformed date as it is rather than inventing one', () => {
    expect(formatIncidentDate('2007-13', null)).toBe('2007-13');
  });
});

import { describe, expect, it } from 'vitest';
import { readEra, readParam, writeParam } from './url-params.ts';

describe('readEra', () => {
  it.each([
    ['', '1945', false],
    ['?era=1855', '1855', false],
    ['?era=1875', '1875', false],
    ['?era=1905', '1905', false],
    ['?era=1945', '1945', false],
    ['?era=1950', '1945', true],
    ['?era=%3Cscript%3E', '1945', true],
    ['?era=', '1945', false],
  ])('%s gives era %s (notice: %s)', (search, era, notice) => {
    const r = readEra(search);
    expect(r.value).toBe(era);
    expect(r.notice !== null).toBe(notice);
  });

  it('names the bad value and the fallback in the notice', () => {
    expect(readEra('?era=1950').notice).toMatch(/“1950”.*1945 to today/);
  });
});

describe('readParam and writeParam', () => {
  it('reads a trimmed value or null', () => {
    expect(readParam('?incident=%20abc%20', 'incident')).toBe('abc');
    expect(readParam('?incident=', 'incident')).toBeNull();
    expect(readParam('', 'incident')).toBeNull();
  });

  it('writes into the search and keeps the hash', () => {
    let href = 'http://localhost/app/?era=1855#6/44/145';
    const loc = { get href() { return href; } } as Location;
    const hist = { state: null, replaceState: (_s: unknown, _t: string, u: string) => { href = u; } } as unknown as History;
    writeParam('era', '1905', loc, hist);
    expect(href).toBe('http://localhost/app/?era=1905#6/44/145');
    writeParam('era', null, loc, hist);
    expect(href).toBe('http://localhost/app/#6/44/145');
  });
});

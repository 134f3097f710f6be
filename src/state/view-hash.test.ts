import { describe, expect, it } from 'vitest';
import { checkViewHash } from './view-hash.ts';
import type { Notice } from './store.ts';

/** A notice's words: its text, or its message and values (the tests read the values quoted). */
const words = (n: Notice | null | undefined): string => (!n ? '' : 'text' in n ? n.text : `${n.message} ${Object.values(n.values ?? {}).join(' ')}`);

describe('checkViewHash (regression: a bad hash kills the map)', () => {
  it('keeps a good view as it is', () => {
    expect(checkViewHash('#5/45/146')).toEqual({ hash: '#5/45/146', notice: null });
    expect(checkViewHash('#6.21/43.9/145.5/12/30')).toEqual({ hash: '#6.21/43.9/145.5/12/30', notice: null });
    expect(checkViewHash('')).toEqual({ hash: '', notice: null });
  });

  it.each(['#5/45/Infinity', '#5/45/-Infinity', '#5/45/NaN', '#5/45/abc', '#5/45', '#5//146', '#a/b/c/d/e/f'])('drops %s with a notice', (hash) => {
    const r = checkViewHash(hash);
    expect(r.hash).toBe('');
    expect(r.notice).toMatchObject({ id: 'view', message: expect.stringMatching(/^app\.view\./) });
  });

  it('clamps 1e308 and drops a longitude of 5,000 digits, each with a notice', () => {
    const huge = checkViewHash('#5/45/1e308');
    expect(huge.hash).toBe('#5/45/180');
    expect(huge.notice).not.toBeNull();
    const long = checkViewHash(`#5/45/${'9'.repeat(5000)}`);
    expect(long.hash).toBe('');
    // The notice quotes the value shortened.
    expect(words(long.notice!).length).toBeLessThan(200);
  });

  it('clamps values out of range, and says so', () => {
    const r = checkViewHash('#40/95/-400');
    expect(r.hash).toBe('#22/85/-180');
    expect(words(r.notice)).toContain('22/85/-180');
  });

  it('words each notice as a catalogue message with the quoted view', () => {
    expect(checkViewHash('#5/45/abc').notice).toEqual({ id: 'view', message: 'app.view.notView', values: { value: '5/45/abc' } });
    expect(checkViewHash('#5/45/1e999').notice).toEqual({ id: 'view', message: 'app.view.tooLarge', values: { value: '5/45/1e999' } });
    expect(checkViewHash('#40/95/-400').notice).toEqual({ id: 'view', message: 'app.view.outOfRange', values: { value: '40/95/-400', fixed: '22/85/-180' } });
    // A long value is quoted shortened, with its control characters made visible.
    const long = checkViewHash(`#5/45/${'9'.repeat(5000)}`).notice;
    expect(long && 'message' in long && String(long.values?.value)).toMatch(/^5\/45\/9+…$/);
  });
});

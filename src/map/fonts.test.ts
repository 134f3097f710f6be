import { describe, expect, it } from 'vitest';
import { loadFontFaces, readPreloaded, type FontFaces } from './fonts.ts';

const BASE = 'http://atlas.test/';
const LATIN = `${BASE}fonts/latin.woff2`;
const EXT = `${BASE}fonts/latin-ext.woff2`;
const CYR = `${BASE}fonts/cyrillic.woff2`;
const faces: FontFaces = {
  'Noto Sans Regular': [
    { url: LATIN, 'unicode-range': ['U+0000-00FF'] },
    { url: EXT, 'unicode-range': ['U+0100-02BA'] },
    { url: CYR, 'unicode-range': ['U+0400-045F'] },
  ],
};

/** A fetch that serves a few bytes for each known URL, records what it was asked, and fails on `broken`. */
function fakeFetch(broken: string[] = []) {
  const asked: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    if (broken.includes(url)) throw new TypeError('network');
    if (url.endsWith('font-faces.json')) return new Response(JSON.stringify({ 'Noto Sans Regular': [{ url: 'fonts/latin.woff2' }, { url: 'fonts/cyrillic.woff2' }] }));
    return new Response(new Uint8Array([1, 2, 3, url.length]));
  }) as typeof fetch;
  return { fn, asked };
}

describe('readPreloaded', () => {
  it('reads each preloaded file once, at once, and gives it as a blob: URL with the same bytes', async () => {
    const { fn, asked } = fakeFetch();
    const out = await readPreloaded(faces, [LATIN, EXT, `${BASE}fonts/font-faces.json`], fn);
    expect(asked.sort()).toEqual([EXT, LATIN]);
    const [latin, ext, cyr] = out['Noto Sans Regular'];
    expect(latin.url).toMatch(/^blob:/);
    expect(ext.url).toMatch(/^blob:/);
    expect(latin.url).not.toBe(ext.url);
    // The files nobody preloads are left for MapLibre to fetch when it needs them.
    expect(cyr.url).toBe(CYR);
    expect(latin['unicode-range']).toEqual(['U+0000-00FF']);
    const bytes = new Uint8Array(await (await fetch(latin.url)).arrayBuffer());
    expect([...bytes]).toEqual([1, 2, 3, LATIN.length]);
  });

  it('keeps the URL of a file it cannot read, and changes nothing when nothing is preloaded', async () => {
    const { fn } = fakeFetch([EXT]);
    const out = await readPreloaded(faces, [LATIN, EXT], fn);
    expect(out['Noto Sans Regular'][1].url).toBe(EXT);
    expect(out['Noto Sans Regular'][0].url).toMatch(/^blob:/);
    const none = fakeFetch();
    expect(await readPreloaded(faces, [], none.fn)).toBe(faces);
    expect(none.asked).toEqual([]);
  });
});

describe('loadFontFaces', () => {
  it('makes the URLs absolute, then reads the preloaded ones', async () => {
    const { fn, asked } = fakeFetch();
    const out = await loadFontFaces(BASE, fn, [LATIN]);
    expect(asked).toEqual([`${BASE}fonts/font-faces.json`, LATIN]);
    expect(out['Noto Sans Regular'][0].url).toMatch(/^blob:/);
    expect(out['Noto Sans Regular'][1].url).toBe(CYR);
  });
});

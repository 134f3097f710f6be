import { describe, expect, it } from 'vitest';
import { readPoint, type Area } from './waters.ts';
import { cliWords } from './intl.ts';

const en = cliWords('en');

const ATLAS: Area = [135, 40, 167.9, 60.5];

describe('readPoint', () => {
  it('reads longitude then latitude, as one word or two', () => {
    for (const words of [['145.82,43.45'], ['145.82, 43.45'], ['145.82', '43.45'], ['145.82,', '43.45'], [' +145.82 ,43.450 ']]) {
      expect(readPoint(words, ATLAS, en), words.join('|')).toEqual({ ok: true, point: [145.82, 43.45] });
    }
    expect(readPoint(['150', '.5e'], ATLAS, en).ok).toBe(false);
    expect(readPoint(['150.', '41'], ATLAS, en)).toEqual({ ok: true, point: [150, 41] });
  });

  it('takes only two plain decimal numbers', () => {
    const bad = [[], [''], ['145.82'], ['145.82,43.45,0'], ['145.82', '43.45', '1'], ['145.82,,43.45'], ['1e2,45'], ['0x91,45'], ['Infinity,45'],
      ['NaN,45'], ['145.82°E,43.45°N'], ['145,82;43,45'], ['-,45'], ['.,45']];
    for (const words of bad) {
      const r = readPoint(words, ATLAS, en);
      expect(r, JSON.stringify(words)).toMatchObject({ ok: false, code: 'bad-coordinates' });
      if (!r.ok) expect(r.message).toMatch(/<lon>,<lat>/);
    }
  });

  it('refuses a place off the globe, and says when the numbers look swapped', () => {
    expect(readPoint(['43.45,145.82'], ATLAS, en)).toEqual({
      ok: false,
      code: 'bad-coordinates',
      message: 'Latitude "145.82" is out of range (-90 to 90). The order is longitude first: did you mean 145.82,43.45?',
    });
    const r = readPoint(['-180.5', '91'], ATLAS, en);
    expect(r).toMatchObject({ ok: false, code: 'bad-coordinates' });
    if (!r.ok) expect(r.message).toMatch(/^Longitude "-180\.5" is out of range \(-180 to 180\)\. Latitude "91" is out of range \(-90 to 90\)\. Give the point/);
    expect(readPoint(['180,-90'], [-180, -90, 180, 90], en)).toEqual({ ok: true, point: [180, -90] });
  });

  it('refuses a point outside the area given, the atlas\'s waters', () => {
    const r = readPoint(['131.9,43.1'], ATLAS, en);
    expect(r).toEqual({ ok: false, code: 'outside-atlas', message: '43.1000° N, 131.9000° E is outside the waters the atlas covers (135–167.9° E, 40–60.5° N).' });
    expect(readPoint(['135,40'], ATLAS, en)).toEqual({ ok: true, point: [135, 40] });
    expect(readPoint(['167.9,60.5'], ATLAS, en)).toEqual({ ok: true, point: [167.9, 60.5] });
  });

  it('shows what was typed with its controls escaped, and cuts a long value short', () => {
    const r = readPoint(['145\u001b]0;x\u0007,43'], ATLAS, en);
    if (r.ok) throw new Error('read a point from controls');
    expect(r.message).toMatch(/^Not a point: "145\\x1b\]0;x\\x07,43"\./);
    const long = readPoint(['1'.repeat(5000) + ',43'], ATLAS, en);
    if (long.ok) throw new Error('read a point from 5,000 digits');
    expect(long.message).toMatch(/^Longitude "1{40}"… \(5,000 characters\) is out of range/);
  });
});

describe('readPoint in Japanese and Russian', () => {
  it('says what is wrong in the language asked for, with its numbers and hemispheres', () => {
    const ja = cliWords('ja');
    const ru = cliWords('ru');
    expect(readPoint([], ATLAS, ja)).toMatchObject({ ok: false, message: expect.stringMatching(/^地点が指定されていない。地点は<経度>,<緯度>/) as unknown });
    expect(readPoint(['131.9,43.1'], ATLAS, ru)).toMatchObject({
      ok: false, code: 'outside-atlas',
      message: expect.stringMatching(/^Точка 43,1000°\sс\.\sш\., 131,9000°\sв\.\sд\. лежит за пределами вод, .*135–167,9°\sв\.\sд\., 40–60,5°\sс\.\sш\./) as unknown,
    });
    expect(readPoint(['43.45,145.82'], ATLAS, ja)).toMatchObject({ ok: false, message: '緯度"145.82"は範囲外である（-90～90）。経度を先に書く。145.82,43.45の誤りではないか。' });
  });
});

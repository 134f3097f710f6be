/**
 * The picture's line breaking (image.ts `wrap`): at spaces in English and Russian, between
 * characters in Japanese, and never with a closing mark or the long-vowel mark at a line's start.
 * Measured with a stand-in for the canvas that gives every character the same width.
 */
import { describe, expect, it } from 'vitest';
import { wrap } from './image.ts';

const ctx = { measureText: (t: string) => ({ width: [...t].length * 10 }) } as unknown as CanvasRenderingContext2D;

describe('wrap', () => {
  it('breaks English at spaces within the width', () => {
    expect(wrap(ctx, 'Kuril Atlas · Map data OpenStreetMap', 130)).toEqual(['Kuril Atlas ·', 'Map data', 'OpenStreetMap']);
  });

  it('keeps a Japanese colon with the words before it, and puts a long address on the next lines', () => {
    const lines = wrap(ctx, 'この画面へのリンク：http://localhost/?era=1905', 120);
    expect(lines[0]).toBe('この画面へのリンク：');
    expect(lines.slice(1).join('')).toBe('http://localhost/?era=1905');
  });

  it('starts no line with a closing mark or ー, after Japanese or after Latin text', () => {
    for (const text of ['OpenStreetMapの貢献者（ODbL）。地図データ', '地図データ・センター。ロシア連邦、日本国。', 'データベースのライセンス']) {
      for (const width of [40, 50, 60, 70, 80, 90, 100, 110, 130]) {
        const lines = wrap(ctx, text, width);
        expect(lines.join(''), `${text} at ${width}`).toBe(text.replace(/\s+/g, ''));
        for (const l of lines.slice(1)) expect(l, `${text} at ${width}: ${JSON.stringify(lines)}`).not.toMatch(/^[、。，．：；！？）」』】〕・ー]/);
      }
    }
  });
});

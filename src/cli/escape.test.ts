import { describe, expect, it } from 'vitest';
import { escapeControls, quote, terminalJson } from './escape.ts';

describe('escapeControls', () => {
  it('shows ESC, BEL, CR, newline, DEL, C1 and bidi controls as escapes', () => {
    expect(escapeControls('a\u001b[31mb\u0007c\rd\ne\u007ff\u009bg\u202eh\u2028i\u0000')).toBe(
      'a\\x1b[31mb\\x07c\\x0dd\\x0ae\\x7ff\\x9bg\\u202eh\\u2028i\\x00',
    );
  });

  it('leaves ordinary text in any script alone, and doubles a backslash so escapes stay unambiguous', () => {
    expect(escapeControls('Кунашир 国後島 Kunashir ō')).toBe('Кунашир 国後島 Kunashir ō');
    expect(escapeControls('a\\x1b')).toBe('a\\\\x1b');
  });

  it('leaves no control character in any string of them all', () => {
    const all = Array.from({ length: 0x2070 }, (_, i) => String.fromCharCode(i)).join('');
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(escapeControls(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  });
});

describe('quote', () => {
  it('quotes, escaping double quotes inside', () => {
    expect(quote('a"b\u0007')).toBe('"a\\"b\\x07"');
  });
});

describe('terminalJson', () => {
  it('escapes the controls JSON leaves raw, and reads back to the same value', () => {
    const value = { q: 'x\u001b\u009b\u202e\u2028y', n: 1 };
    const text = terminalJson(value);
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/u);
    expect(text).toContain('\\u009b');
    expect(JSON.parse(text)).toEqual(value);
  });
});

import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.ts';

/** A reader of RFC 4180 records, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('CSV writer', () => {
  it('quotes only fields with a comma, a quote, CR or LF, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(16.2)).toBe('16.2');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('starts with a BOM, ends records with CRLF, and reads back to the same cells in any script', () => {
    const rows = [
      ['2006-08-16', '第31吉進丸', 'Пограничники открыли огонь, "предупредительный"', 3.4],
      ['2010', 'a, b\r\nc', null, 0],
    ];
    const text = toCsv(['date', 'title', 'account', 'km'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`${BOM}date,title,account,km`);
    expect(parseCsv(text.slice(1))).toEqual([['date', 'title', 'account', 'km'], ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))]);
    // UTF-8 with the BOM's three bytes first.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsOpen, featureAt, featureSpans, LineIndex, utf8Length } from './text-position.ts';

describe('utf8Length', () => {
  it('counts what TextEncoder writes, for any text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { numRuns: 500, seed: 7 },
    );
    expect(utf8Length('國後 Kunashir 🏝')).toBe(new TextEncoder().encode('國後 Kunashir 🏝').length);
  });
});

describe('LineIndex', () => {
  it('gives the line and column an editor shows, for every offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', '\r') }), (text) => {
        const index = new LineIndex(text);
        for (let i = 0; i <= text.length; i++) {
          const before = text.slice(0, i).split('\n');
          expect(index.at(i)).toEqual({ line: before.length, column: before[before.length - 1].length + 1 });
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

// Any JSON values as features, some of them objects with strings that hold brackets, quotes
// and the word "features".
const tricky = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ type: fc.constant('Feature'), properties: fc.record({ note: fc.constantFrom('a "features": [1, 2]', '}]}', '\\', '[{') }), geometry: fc.constant(null) }),
);

describe('featureSpans', () => {
  it('finds where each feature begins, however the collection is written', () => {
    fc.assert(
      fc.property(
        fc.array(tricky, { maxLength: 6 }),
        fc.constantFrom(undefined, 0, 2, '\t'),
        fc.dictionary(fc.constantFrom('name', 'crs', 'bbox', 'note'), fc.jsonValue({ maxDepth: 2 })),
        (features, indent, extra) => {
          const text = JSON.stringify({ type: 'FeatureCollection', ...extra, features }, null, indent);
          const spans = featureSpans(text);
          if (!spans) throw new Error('no spans');
          expect(spans.starts).toHaveLength(features.length);
          // Each span, cut out of the text and stripped of its comma, is that feature.
          spans.starts.forEach((start, k) => {
            const end = k + 1 < spans.starts.length ? spans.starts[k + 1] : spans.end;
            const piece = text.slice(start, end).trim().replace(/,$/, '');
            expect(JSON.parse(piece)).toEqual(features[k]);
            expect(featureAt(spans, start)).toBe(k);
            expect(featureAt(spans, end - 1)).toBe(k);
          });
          expect(text[spans.end]).toBe(']');
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('reads the last of two features arrays, as JSON.parse does, and none in nested objects', () => {
    const text = '{"features": [1], "x": {"features": [2, 3]}, "features": [{"a": 1}, 4]}';
    expect(featureSpans(text)?.starts).toEqual([text.indexOf('{"a"'), text.indexOf('4]')]);
    expect(featureSpans('[{"features": [1]}]')).toBeNull();
    expect(featureSpans('{"type": "Feature", "geometry": null}')).toBeNull();
  });

  it('places the features of a text cut short, and nothing outside the array', () => {
    const text = '{"type": "FeatureCollection", "features": [{"a": 1}, {"b": [2, ';
    const spans = featureSpans(text);
    expect(spans?.starts).toEqual([text.indexOf('{"a"'), text.indexOf('{"b"')]);
    expect(featureAt(spans!, 3)).toBeUndefined();
    expect(featureAt(spans!, text.length - 1)).toBe(1);
  });
});

describe('endsOpen', () => {
  it('tells a text cut short from a whole one', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        expect(endsOpen(text)).toBe(false);
        // Cut inside the outermost array or object: it is open.
        if (text.length > 2 && (text[0] === '[' || text[0] === '{')) expect(endsOpen(text.slice(0, 1 + (cut % (text.length - 1))))).toBe(true);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

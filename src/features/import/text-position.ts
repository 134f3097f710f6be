/**
 * Where things are in the text of a file: its size in bytes without encoding it, the line and
 * column of an offset, and which feature of a FeatureCollection an offset falls in. One pass
 * each over the characters, done only when there is a problem to place.
 */

/**
 * The length in bytes of a string written as UTF-8 (what a file of it weighs), counted without
 * making the bytes. A lone surrogate counts 3, as TextEncoder writes it (U+FFFD).
 *
 * @example
 * utf8Length('國後 Kunashir'); // 6 + 1 + 8 = 15
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Line and column (both from 1) of offsets in one text. */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /**
   * @example
   * new LineIndex('{\n  "type": 1\n}').at(4); // { line: 2, column: 3 }
   */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** Where each feature of a FeatureCollection's text begins, and where the array ends. */
export interface FeatureSpans {
  /** Offset of the first character of each element of the root's `features` array. */
  starts: number[];
  /** Offset of the `]` that closes the array (the text's length if it never closes). */
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The elements of the root object's `features` array, found by scanning the text (strings,
 * nesting), without parsing values: works on text that JSON.parse would refuse further on.
 * Null when the root is no object or has no `features` array. As JSON.parse does, the last
 * `features` member counts when there are several.
 *
 * @example
 * featureSpans('{"type":"FeatureCollection","features":[{"a":1}, {"b":2}]}'); // { starts: [40, 49], end: 56 }
 */
export function featureSpans(text: string): FeatureSpans | null {
  const n = text.length;
  let depth = 0;
  let result: FeatureSpans | null = null;
  // The array being recorded: its depth once open, and whether an element has begun since the
  // last comma.
  let current: FeatureSpans | null = null;
  let arrayDepth = -1;
  let inElement = false;
  // Set when a root member named "features" was read and its value has not started yet.
  let featuresKey = false;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x7b) return null;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (current && depth === arrayDepth && !inElement && c !== COMMA && c !== 0x5d) {
      current.starts.push(i);
      inElement = true;
    }
    if (c === QUOTE) {
      const from = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      if (depth === 1) {
        // A root member's name when a colon follows.
        let j = i + 1;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === COLON) featuresKey = text.slice(from + 1, i) === 'features';
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (c === 0x5b && featuresKey && depth === 2) {
        current = { starts: [], end: n };
        arrayDepth = 2;
        inElement = false;
      }
      featuresKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      if (current && depth === arrayDepth && c === 0x5d) {
        current.end = i;
        result = current;
        current = null;
        arrayDepth = -1;
      }
      depth--;
    } else if (c === COMMA) {
      if (current && depth === arrayDepth) inElement = false;
    } else if (c !== COLON && depth === 1) featuresKey = false;
  }
  // An array left open by a text that ends early still places the features it began.
  return current ?? result;
}

/**
 * The index of the feature whose text holds `offset`, or undefined when the offset lies outside
 * the `features` array.
 */
export function featureAt(spans: FeatureSpans, offset: number): number | undefined {
  const s = spans.starts;
  if (!s.length || offset < s[0] || offset > spans.end) return undefined;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Whether the text ends inside a string or with brackets still open: a file cut short. Counts
 * brackets of both kinds together, so it says nothing of brackets that are mismatched.
 *
 * @example
 * endsOpen('{"features": [{"type": "Fea'); // true
 */
export function endsOpen(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
      if (i >= text.length) return true;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return depth > 0;
}

/**
 * The structure check: @placemarkio/check-geojson (RFC 7946 structure, with the place of each
 * problem in the text), its messages read into our codes. It reports in English words; we keep
 * its judgement and its place, and say it in the reader's language from our catalogue.
 *
 * It calls everything an error. Some things it refuses we import with a warning, because what is
 * wrong cannot mislead and we drop it on the way in: a key given twice, members that GeoJSON
 * forbids where they stand, a malformed `bbox`, a missing or malformed `properties` or `id`, and
 * positions with more than three values (the extra values are dropped, as heights are).
 */
import { getIssues, type HintIssue } from '@placemarkio/check-geojson';
import type { ImportProblem, ProblemCode, ProblemValues } from './problems.ts';

/** A structure problem at a range of the text. */
export interface PlacedProblem {
  problem: Omit<ImportProblem, 'feature' | 'line' | 'column'>;
  /** Offset in the text, when the check gives one. */
  offset?: number;
  /** Line and column, when the check gives them in its message and not as an offset. */
  line?: number;
  column?: number;
}

type Rule = [RegExp, (m: RegExpMatchArray) => { code: ProblemCode; values?: ProblemValues } | null];

// The check's messages (version pinned in package.json), one rule each. A message none of them
// matches is still reported, as geojson.other with the check's own words.
const RULES: Rule[] = [
  [/^Expected an object, but found an incorrect type\.$/, () => ({ code: 'geojson.notObjectHere' })],
  [/^This must be an object\.$/, () => ({ code: 'geojson.notObjectHere' })],
  [/^This GeoJSON object is missing its type member\.$/, () => ({ code: 'geojson.typeMissing' })],
  [/^The type member should have been a string\.$/, () => ({ code: 'geojson.typeNotString' })],
  [/^This type of GeoJSON object is not allowed here\.$/, () => ({ code: 'geojson.typeNotAllowed' })],
  [
    /^This GeoJSON object requires a (\w+) member but it is missing\.$/,
    (m) => (m[1] === 'properties' ? { code: 'feature.propertiesMissing' } : { code: 'geojson.memberMissing', values: { member: m[1] } }),
  ],
  [/^The properties member is missing\.$/, () => ({ code: 'feature.propertiesMissing' })],
  [/^The Feature properties member can be an object or null\.$/, () => ({ code: 'feature.badProperties' })],
  [/^The Feature id must be a string or number\.$/, () => ({ code: 'feature.badId' })],
  [/^This must be an array\.$/, () => ({ code: 'geojson.notArray' })],
  [
    /^A position should have 2 or 3 elements - found (\d+)\.$/,
    // More than three: imported with the extras dropped, which validate.ts counts and says.
    (m) => (Number(m[1]) > 3 ? null : { code: 'position.tooShort', values: { count: Number(m[1]) } }),
  ],
  [/^Each element in a position must be a number\.$/, () => ({ code: 'position.notNumber' })],
  [/^Each element in a bbox must be a number\.$/, () => ({ code: 'geojson.badBbox' })],
  [/^A bbox must have 4 or 6 positions$/, () => ({ code: 'geojson.badBbox' })],
  [/^Expected to find an array of positions here\.$/, () => ({ code: 'position.expected' })],
  [/^Expected to find a position here, found another type\.$/, () => ({ code: 'position.expected' })],
  [/^Expected to find two or more positions here\.$/, () => ({ code: 'line.tooShort' })],
  [/^Expected to find four or more positions here\.$/, () => ({ code: 'ring.tooShort' })],
  [/^First and last positions of a Polygon or MultiPolygon’s ring should be the same\.$/, () => ({ code: 'ring.unclosed' })],
  [/^Duplicate properties are ambiguous in GeoJSON$/, () => ({ code: 'geojson.duplicateKey' })],
  [
    /^(Feature|FeatureCollection|Geometry) objects cannot contain a member named (\S+)$/,
    (m) => ({ code: 'geojson.foreignMember', values: { object: m[1], member: m[2] } }),
  ],
];

const INVALID_JSON = /^Invalid JSON: ([\s\S]*)$/;
const AT_LINE_COLUMN = /\((\d+):(\d+)\)\s*$/;

/** One issue of the check as our problem (null for one we leave to validate.ts). */
function read(issue: HintIssue): PlacedProblem[] {
  const invalid = INVALID_JSON.exec(issue.message);
  if (invalid) {
    // The check reports a problem it throws on (an object expected where the root or a
    // geometry of a GeometryCollection is something else) as "Invalid JSON" with the issues
    // as JSON: those are read as the issues they are.
    try {
      const inner = JSON.parse(invalid[1]) as HintIssue[];
      if (Array.isArray(inner) && inner.every((i) => typeof i?.message === 'string')) return inner.flatMap(read);
    } catch {
      // A parser's message, not a list of issues.
    }
    const at = AT_LINE_COLUMN.exec(invalid[1]);
    const code = /^Unexpected end of input/.test(invalid[1]) ? 'json.truncated' : 'json.invalid';
    return [{ problem: { code, values: {} }, ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}) }];
  }
  for (const [pattern, make] of RULES) {
    const m = issue.message.match(pattern);
    if (!m) continue;
    const made = make(m);
    return made ? [{ problem: { code: made.code, values: made.values ?? {} }, offset: issue.from }] : [];
  }
  return [{ problem: { code: 'geojson.other', values: { detail: issue.message } }, offset: issue.from }];
}

/**
 * The structure problems of a text, in the order of the text. An unclosed ring is reported by
 * the check at both its ends; it is kept once, at its first position.
 *
 * @example
 * structureProblems('{"type":"Point","coordinates":"1,2"}'); // [{ problem: { code: 'geojson.notArray', values: {} }, offset: 30 }]
 */
export function structureProblems(text: string): PlacedProblem[] {
  const out: PlacedProblem[] = [];
  let lastRingEnd = false;
  for (const issue of getIssues(text)) {
    const ringEnd = issue.message.startsWith('First and last positions');
    // The check pushes the pair together: the ring's first position, then its last.
    if (ringEnd && lastRingEnd) {
      lastRingEnd = false;
      continue;
    }
    lastRingEnd = ringEnd;
    out.push(...read(issue));
  }
  return out;
}

/**
 * What can be wrong with an imported file, as codes the interface turns into words: the
 * catalogue (i18n/*.json) has one message `import.problem.<code>` for each, whose arguments are
 * the problem's `values`. Where it is: `feature` is the index in the file's `features` array
 * (0 for the first; absent when the file is a single Feature or geometry), `line` and `column`
 * count from 1, as editors do.
 */

/** Problems that refuse the file: nothing of it is imported. */
export const ERROR_CODES = [
  // The file as a whole.
  'file.tooLarge',
  'file.empty',
  'file.notText',
  'file.otherFormat',
  'xml.invalid',
  'xml.tooLarge',
  'json.invalid',
  'json.truncated',
  'limit.features',
  'limit.vertices',
  // Structure, as @placemarkio/check-geojson reports it.
  'geojson.notObject',
  'geojson.typeMissing',
  'geojson.typeNotString',
  'geojson.typeNotAllowed',
  'geojson.memberMissing',
  'geojson.notArray',
  'geojson.notObjectHere',
  'geojson.other',
  'position.expected',
  'position.notNumber',
  'position.tooShort',
  'line.tooShort',
  'ring.tooShort',
  'ring.unclosed',
  // Our own checks of what the structure holds.
  'coordinates.outOfRange',
  'coordinates.swapped',
  'coordinates.projected',
  'collection.empty',
  'collection.noGeometry',
] as const;

/** Problems the file is imported with: each says what was done about it. */
export const WARNING_CODES = [
  'file.converted',
  'file.notUtf8',
  'geometry.null',
  'geometry.empty',
  'geometry.collection',
  'coordinates.heightDropped',
  'coordinates.extraDropped',
  'polygon.selfIntersects',
  'geojson.duplicateKey',
  'geojson.foreignMember',
  'geojson.badBbox',
  'feature.propertiesMissing',
  'feature.badProperties',
  'feature.badId',
  'area.outsideMap',
] as const;

/** The line that stands for the problems of one kind left unlisted (limits.ts: MAX_LISTED_PER_CODE). */
export const MORE_CODE = 'more';

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type ProblemCode = ErrorCode | WarningCode | typeof MORE_CODE;

export type ProblemValues = Record<string, string | number>;

export interface ImportProblem {
  code: ProblemCode;
  /** The message's arguments (numbers stay numbers, for the language's own number format). */
  values: ProblemValues;
  /** Index in the file's `features` array (0 for the first). */
  feature?: number;
  /** 1-based line and column (in UTF-16 units, as browsers' editors count) of where it is. */
  line?: number;
  column?: number;
}

const errors: ReadonlySet<string> = new Set(ERROR_CODES);

export const isError = (code: ProblemCode): code is ErrorCode => errors.has(code);

/**
 * Problems as they are found, kept to `perCode` of each kind with a count of the rest, so that
 * a file with a hundred thousand bad positions costs a hundred thousand increments, not objects.
 */
export class ProblemList {
  private readonly listed: ImportProblem[] = [];
  private readonly counts = new Map<ProblemCode, number>();

  constructor(private readonly perCode: number) {}

  add(problem: ImportProblem): void {
    const n = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, n);
    if (n <= this.perCode) this.listed.push(problem);
  }

  /** How many problems of the code were added, listed or not. */
  count(code: ProblemCode): number {
    return this.counts.get(code) ?? 0;
  }

  get errorCount(): number {
    let n = 0;
    for (const [code, k] of this.counts) if (isError(code)) n += k;
    return n;
  }

  /**
   * The listed problems of one severity, each first passed through `place` (which may add where
   * it is), in the order given (by default as found); the last listed of a kind is followed by a
   * `more` line when some of it went unlisted.
   */
  take(
    severity: 'error' | 'warning',
    order?: (a: ImportProblem, b: ImportProblem) => number,
    place: (p: ImportProblem) => ImportProblem = (p) => p,
  ): ImportProblem[] {
    const wanted = this.listed.filter((p) => isError(p.code) === (severity === 'error')).map(place);
    if (order) wanted.sort(order);
    const out: ImportProblem[] = [];
    const seen = new Map<ProblemCode, number>();
    for (const p of wanted) {
      out.push(p);
      const k = (seen.get(p.code) ?? 0) + 1;
      seen.set(p.code, k);
      const total = this.count(p.code);
      if (k === this.perCode && total > k) out.push({ code: MORE_CODE, values: { count: total - k, kind: p.code } });
    }
    return out;
  }
}

/** File order: by line and column, then by feature; problems of the whole file (no line) first. */
export function byPlace(a: ImportProblem, b: ImportProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.feature ?? -1) - (b.feature ?? -1);
}

/**
 * A problem as the interface says it: the catalogue id of what is wrong and of where, with their
 * values (`formatMessage(problemMessage(p))`). The ids are typed (src/i18n/ids.ts): a code with
 * no message in the English catalogue fails the type check.
 */
import type { MessageId } from '../../i18n/ids.ts';
import type { ImportProblem, ProblemValues } from './problems.ts';

export interface Message {
  id: MessageId;
  values: ProblemValues;
}

/**
 * @example
 * problemMessage({ code: 'ring.unclosed', values: {} }); // { id: 'import.problem.ring.unclosed', values: {} }
 */
export function problemMessage(p: ImportProblem): Message {
  const id: MessageId = `import.problem.${p.code}`;
  return { id, values: p.values };
}

/**
 * Where the problem is, or null for one about the whole file. Features are counted from 1 for
 * the reader (`number`); `index` is the file's own, from 0.
 *
 * @example
 * whereMessage({ code: 'ring.unclosed', values: {}, feature: 2, line: 6, column: 110 });
 * // { id: 'import.where.featureLine', values: { number: 3, index: 2, line: 6, column: 110 } }
 */
export function whereMessage(p: ImportProblem): Message | null {
  const feature = p.feature === undefined ? null : { number: p.feature + 1, index: p.feature };
  const line = p.line === undefined ? null : { line: p.line, column: p.column ?? 1 };
  if (feature && line) return { id: 'import.where.featureLine', values: { ...feature, ...line } };
  if (feature) return { id: 'import.where.feature', values: feature };
  // A line without a column: the XML reader's columns are not to be trusted (xml.ts).
  if (line && p.column === undefined) return { id: 'import.where.lineOnly', values: { line: p.line! } };
  if (line) return { id: 'import.where.line', values: line };
  return null;
}

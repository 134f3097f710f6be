/**
 * A message with values that may be messages themselves (a notice's: src/state/store.ts
 * `NoticeMessage`) written out in one language: the nested messages first, lists of alternatives
 * joined as the language joins them ("a, b or c", "a、b、またはc", "a, b или c"). No React: the
 * app's notices and the command line's tests use it alike.
 */
import type { IntlShape } from 'react-intl';
import type { Notice, NoticeMessage, NoticeValue } from '../state/store.ts';

export function writeMessage(intl: IntlShape, m: NoticeMessage): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) values[k] = writeValue(intl, v);
  return intl.formatMessage({ id: m.message }, values);
}

function writeValue(intl: IntlShape, v: NoticeValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('or' in v) return intl.formatList(v.or, { type: 'disjunction' });
  return writeMessage(intl, v);
}

/** A notice as the reader sees it. */
export function noticeText(intl: IntlShape, n: Notice): string {
  return 'message' in n ? writeMessage(intl, n) : n.text;
}

/**
 * `?measure=<a>,<b>`: what a link asks the Measure tab to show, and the notice when a name in it
 * is not one the atlas knows (a catalogue message, written in the language on screen). A
 * half-good link keeps its good half, so the reader only has to pick the other place.
 */
import type { Language } from '../../geo/language.ts';
import { resolvePair, type ResolvedPlace } from '../../geo/places.ts';
import type { IslandFeature } from '../../geo/types.ts';
import type { NoticeMessage } from '../../state/store.ts';

/** The places a link names (null where a name did not resolve) and a notice when one did not. */
export interface MeasureLink {
  a: IslandFeature | null;
  b: IslandFeature | null;
  notice: NoticeMessage | null;
}

type Failed = Extract<ResolvedPlace, { ok: false }>;

/** What is wrong with one side: left empty, or no such place (with the closest names, in `lang`). */
function problem(r: Failed, lang: Language): NoticeMessage {
  if (!r.query) return { message: 'measure.link.empty' };
  const near = r.suggestions.map((f) => f.properties.name[lang]);
  return near.length
    ? { message: 'measure.link.noPlaceNear', values: { query: r.query, near: { or: near } } }
    : { message: 'measure.link.noPlace', values: { query: r.query } };
}

/**
 * Reads the value of `?measure=`; the closest names a notice offers are in `lang`.
 *
 * @example
 * readMeasureLink('kunashir,atlantis', islands, 'en');
 * // { a: kunashir, b: null, notice: { message: 'measure.link.unknown', values: { value: 'kunashir,atlantis', problems: { message: 'measure.link.noPlaceNear', … } } } }
 * // in English: 'The link asks to measure “kunashir,atlantis”, but the atlas has no place called “atlantis” (the closest names are Atlasov, Shibotsu or Akiyuri). Pick the places below.'
 */
export function readMeasureLink(value: string, islands: IslandFeature[], lang: Language = 'en'): MeasureLink {
  const pair = resolvePair(value, islands);
  if (pair.ok) return { a: pair.a, b: pair.b, notice: null };
  if (!pair.sides) return { a: null, b: null, notice: { message: 'measure.link.notPair', values: { value } } };
  const [ra, rb] = pair.sides;
  const [first, second] = pair.failed.map((f) => problem(f, lang));
  return {
    a: ra.ok ? ra.island : null,
    b: rb.ok ? rb.island : null,
    notice: { message: 'measure.link.unknown', values: { value, problems: second ? { message: 'measure.link.both', values: { first, second } } : first } },
  };
}

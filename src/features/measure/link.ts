/**
 * `?measure=<a>,<b>`: what a link asks the Measure tab to show, and the words of the notice when
 * a name in it is not one the atlas knows. A half-good link keeps its good half, so the reader
 * only has to pick the other place.
 */
import { resolvePair, type ResolvedPlace } from '../../geo/places.ts';
import type { IslandFeature } from '../../geo/types.ts';

/** The places a link names (null where a name did not resolve) and a notice when one did not. */
export interface MeasureLink {
  a: IslandFeature | null;
  b: IslandFeature | null;
  notice: string | null;
}

type Failed = Extract<ResolvedPlace, { ok: false }>;

function list(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function problem(r: Failed): string {
  if (!r.query) return 'a place is left empty';
  const near = r.suggestions.map((f) => f.properties.name.en);
  const hint = near.length ? ` (the closest names are ${list(near)})` : '';
  return `the atlas has no place called “${r.query}”${hint}`;
}

/**
 * Reads the value of `?measure=`.
 *
 * @example
 * readMeasureLink('kunashir,atlantis', islands);
 * // { a: kunashir, b: null, notice: 'The link asks to measure “kunashir,atlantis”, but the atlas has no place called “atlantis” (the closest names are Atlasov, Shibotsu or Akiyuri).' }
 */
export function readMeasureLink(value: string, islands: IslandFeature[]): MeasureLink {
  const pair = resolvePair(value, islands);
  if (pair.ok) return { a: pair.a, b: pair.b, notice: null };
  if (!pair.sides) {
    return { a: null, b: null, notice: `The link asks to measure “${value}”, but a measurement needs two places separated by a comma, as in ?measure=kunashir,hokkaido.` };
  }
  const [ra, rb] = pair.sides;
  return {
    a: ra.ok ? ra.island : null,
    b: rb.ok ? rb.island : null,
    notice: `The link asks to measure “${value}”, but ${pair.failed.map(problem).join(', and ')}. Pick the places below.`,
  };
}

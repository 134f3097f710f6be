/**
 * The source article's energy context as figures for the panel, each with its source: how close
 * Sakhalin's LNG is to Japan, how much of Japan's gas and oil came from Russia, and the cap some
 * in Tokyo would put on it. Where sources disagree both are kept; a claim only the article makes
 * says so.
 */
import type { Source } from '../../geo/types.ts';

const ARTICLE: Source = {
  publisher: 'Source article of the atlas (a 2020 web page on Japan–Russia relations; it names no original publisher for this passage)',
  title: 'Russian Oil and Gas and Japan',
};
const YOMIURI: Source = { publisher: 'Yomiuri Shimbun', title: 'Report on Russian energy and Japan, quoted in the source article', date: '2012-01-28' };
const MAINICHI: Source = {
  publisher: 'Mainichi Shimbun', date: '2009-04-06',
  title: '液化天然ガス「サハリン2」から初入港 6.7万トン (first LNG cargo from Sakhalin-2 arrives, 67,000 t)',
};

export interface ContextFigure {
  id: string;
  /** What the figure measures, as the panel heads it. */
  label: string;
  /** A single value, or the low and high ends of a range. */
  value: number | [number, number];
  unit: 'days' | '%';
  /** The year the figure describes, where it describes one. */
  year: number | null;
  group: 'voyage' | 'imports' | 'policy';
  source: Source;
  /** `article`: only the source article says it; `reported`: a named publisher does. */
  basis: 'article' | 'reported';
  note: string | null;
}

/** The context figures, in the order the panel shows them. */
export const ENERGY_CONTEXT: readonly ContextFigure[] = [
  {
    id: 'lng-voyage-sakhalin', label: 'LNG voyage, Sakhalin to Japan', value: [3, 4], unit: 'days', year: null, group: 'voyage',
    source: ARTICLE, basis: 'article', note: 'Mainichi (2009) says 2 to 3 days.',
  },
  {
    id: 'lng-voyage-sakhalin-mainichi', label: 'LNG voyage, Sakhalin to Japan', value: [2, 3], unit: 'days', year: 2009, group: 'voyage',
    source: MAINICHI, basis: 'reported', note: null,
  },
  {
    id: 'lng-voyage-middle-east', label: 'LNG voyage, Middle East to Japan', value: 14, unit: 'days', year: 2009, group: 'voyage',
    source: MAINICHI, basis: 'reported', note: 'Mainichi: “about two weeks”. The source article says only that it takes far longer.',
  },
  {
    id: 'russia-share-gas-2009', label: 'Russia’s share of Japan’s gas imports', value: 4.3, unit: '%', year: 2009, group: 'imports',
    source: YOMIURI, basis: 'reported', note: null,
  },
  {
    id: 'russia-share-gas-2010', label: 'Russia’s share of Japan’s gas imports', value: 8.6, unit: '%', year: 2010, group: 'imports',
    source: YOMIURI, basis: 'reported', note: 'Twice the 2009 share, with Sakhalin-2’s first full year.',
  },
  {
    id: 'russia-share-crude-2010', label: 'Russia’s share of Japan’s crude oil imports', value: 7, unit: '%', year: 2010, group: 'imports',
    source: YOMIURI, basis: 'reported', note: null,
  },
  {
    id: 'russia-cap-tokyo', label: 'Cap on reliance on Russia that some in Tokyo argue for', value: 15, unit: '%', year: 2012, group: 'policy',
    source: YOMIURI, basis: 'reported',
    note: 'A share of Japan’s energy imports, not of gas alone; diplomatic sources said the government was divided on it.',
  },
];

/**
 * The figures of one group, in panel order.
 *
 * @example
 * contextFigures('imports').map((f) => f.value); // [4.3, 8.6, 7]
 */
export function contextFigures(group: ContextFigure['group']): ContextFigure[] {
  return ENERGY_CONTEXT.filter((f) => f.group === group);
}

/**
 * A figure's value as text.
 *
 * @example
 * formatFigure(ENERGY_CONTEXT[0]); // '3–4 days'
 */
export function formatFigure(f: ContextFigure): string {
  const v = Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value);
  return f.unit === '%' ? `${v}%` : `${v} ${f.unit}`;
}

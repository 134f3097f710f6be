/**
 * The source article's energy context as figures for the panel, each with its source: how close
 * Sakhalin's LNG is to Japan, how much of Japan's gas and oil came from Russia, and the cap some
 * in Tokyo would put on it. Where sources disagree both are kept; a claim only the article makes
 * says so.
 */
import type { Source } from '../../geo/types.ts';
import type { MessageId } from '../../i18n/ids.ts';

/**
 * The source article. Its publisher is our description of it, so the panel writes it from the
 * catalogue (`energy.context.articlePublisher`); its title is the article's own.
 */
export const ARTICLE: Source = {
  publisher: 'Source article of the atlas (a 2020 web page on Japan–Russia relations; it names no original publisher for this passage)',
  title: 'Russian Oil and Gas and Japan',
};
/** The Yomiuri report; its title is our description, written from the catalogue (`energy.context.yomiuriTitle`). */
export const YOMIURI: Source = { publisher: 'Yomiuri Shimbun', title: 'Report on Russian energy and Japan, quoted in the source article', date: '2012-01-28' };
const MAINICHI: Source = {
  publisher: 'Mainichi Shimbun', date: '2009-04-06',
  title: '液化天然ガス「サハリン2」から初入港 6.7万トン (first LNG cargo from Sakhalin-2 arrives, 67,000 t)',
};

export interface ContextFigure {
  id: string;
  /** What the figure measures, as the panel heads it (a catalogue message). */
  label: MessageId;
  /** The figure's bar in its chart: what it measures and whose figure it is. */
  bar: MessageId;
  /** A single value, or the low and high ends of a range. */
  value: number | [number, number];
  unit: 'days' | '%';
  /** The year the figure describes, where it describes one. */
  year: number | null;
  group: 'voyage' | 'imports' | 'policy';
  source: Source;
  /** `article`: only the source article says it; `reported`: a named publisher does. */
  basis: 'article' | 'reported';
  /** A note on the figure (a catalogue message), or null. */
  note: MessageId | null;
}

/** The context figures, in the order the panel shows them. */
export const ENERGY_CONTEXT: readonly ContextFigure[] = [
  {
    id: 'lng-voyage-sakhalin', label: 'energy.context.voyageSakhalin', bar: 'energy.context.bar.sakhalinArticle', value: [3, 4], unit: 'days', year: null, group: 'voyage',
    source: ARTICLE, basis: 'article', note: 'energy.context.note.sakhalinArticle',
  },
  {
    id: 'lng-voyage-sakhalin-mainichi', label: 'energy.context.voyageSakhalin', bar: 'energy.context.bar.sakhalinMainichi', value: [2, 3], unit: 'days', year: 2009, group: 'voyage',
    source: MAINICHI, basis: 'reported', note: null,
  },
  {
    id: 'lng-voyage-middle-east', label: 'energy.context.voyageMiddleEast', bar: 'energy.context.bar.middleEast', value: 14, unit: 'days', year: 2009, group: 'voyage',
    source: MAINICHI, basis: 'reported', note: 'energy.context.note.middleEast',
  },
  {
    id: 'russia-share-gas-2009', label: 'energy.context.shareGas', bar: 'energy.context.bar.gas2009', value: 4.3, unit: '%', year: 2009, group: 'imports',
    source: YOMIURI, basis: 'reported', note: null,
  },
  {
    id: 'russia-share-gas-2010', label: 'energy.context.shareGas', bar: 'energy.context.bar.gas2010', value: 8.6, unit: '%', year: 2010, group: 'imports',
    source: YOMIURI, basis: 'reported', note: 'energy.context.note.gas2010',
  },
  {
    id: 'russia-share-crude-2010', label: 'energy.context.shareCrude', bar: 'energy.context.bar.crude2010', value: 7, unit: '%', year: 2010, group: 'imports',
    source: YOMIURI, basis: 'reported', note: null,
  },
  {
    id: 'russia-cap-tokyo', label: 'energy.context.cap', bar: 'energy.context.bar.cap', value: 15, unit: '%', year: 2012, group: 'policy',
    source: YOMIURI, basis: 'reported',
    note: 'energy.context.note.cap',
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

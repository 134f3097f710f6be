/**
 * How the eras' interface writes an era and an area in the reader's language: the era's label
 * and span from the catalogue, its treaty from src/geo/eras.ts, areas with the language's digits
 * and unit. Pure functions of a message function and a language, so the tests can give them the
 * real catalogues; `useEraWords` (use-era-words.ts) binds them to the interface language.
 */
import { eraMeta, type EraId } from '../../geo/eras.ts';
import type { Language } from '../../geo/language.ts';
import { formatNumber } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';

/** A catalogue lookup: `t('eras.caption', { span, treaty })`. */
export type Translate = (id: MessageId, values?: Record<string, string | number | Date>) => string;

/** Era areas are written in whole km², as their polygons are simplified for display. */
export const ERA_AREA_DECIMALS = 0;

export interface EraWords {
  lang: Language;
  t: Translate;
  /** The era's label on the timeline: "1855", "1945–today"; "1945年以降"; "с 1945 г.". */
  label(id: EraId): string;
  /** The years the era lasted: "1855–1875"; "1855～1875年"; "1855–1875 гг.". */
  span(id: EraId): string;
  /** The treaty (or, since 1945, the arrangement) in the language. */
  treaty(id: EraId): string;
  /** What the caption and screen readers say about an era: "1905–1945: Treaty of Portsmouth". */
  caption(id: EraId): string;
  /** An area in km², in whole km² unless `decimals` says otherwise: "32,755 km²"; "32 755 км²". */
  area(km2: number, decimals?: number): string;
}

/**
 * The era words of one language.
 *
 * @example
 * eraWords('ru', t).caption('1905'); // '1905–1945 гг.: Портсмутский мирный договор'
 * eraWords('ja', t).area(32754.6);   // '32,755 km²'
 */
export function eraWords(lang: Language, t: Translate): EraWords {
  const label = (id: EraId) => t(`eras.era.${id}.label`);
  const span = (id: EraId) => t(`eras.era.${id}.span`);
  const treaty = (id: EraId) => eraMeta(id).treaty[lang];
  return {
    lang, t, label, span, treaty,
    caption: (id) => t('eras.caption', { span: span(id), treaty: treaty(id) }),
    area: (km2, decimals = ERA_AREA_DECIMALS) => t('eras.unit.km2', {
      value: formatNumber(lang, km2, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    }),
  };
}

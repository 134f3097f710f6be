import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IslandCollection } from '../../geo/types.ts';
import { readMeasureLink } from './link.ts';
import { cliWords } from '../../cli/intl.ts';
import { writeMessage } from '../../i18n/write-message.ts';
import type { Language } from '../../geo/language.ts';

/** The link's notice as a reader sees it in a language. */
const noticeOf = (v: string, lang: Language = 'en') => {
  const n = readMeasureLink(v, islands, lang).notice;
  return n && writeMessage(cliWords(lang).intl, n);
};

const islands = (JSON.parse(readFileSync(new URL('../../../public/data/islands.geojson', import.meta.url), 'utf8')) as IslandCollection).features;
const ids = (v: string) => {
  const r = readMeasureLink(v, islands);
  return [r.a?.properties.id ?? null, r.b?.properties.id ?? null];
};

describe('readMeasureLink', () => {
  it.each([
    ['kunashir,hokkaido', ['kunashir', 'hokkaido']],
    ['Кунашир, Hokkaido', ['kunashir', 'hokkaido']],
    ['国後島、北海道', ['kunashir', 'hokkaido']],
    ['Tanfilyev,Nosappu', ['suisho', null]],
  ])('reads %s', (value, want) => {
    expect(ids(value)).toEqual(want);
  });

  it('a good pair gives no notice', () => {
    expect(readMeasureLink('iturup,urup', islands).notice).toBeNull();
  });

  it('an unknown name keeps the known place and names the closest ones', () => {
    const r = readMeasureLink('kunashir,atlantis', islands);
    expect(r.a?.properties.id).toBe('kunashir');
    expect(r.b).toBeNull();
    expect(r.notice?.message).toBe('measure.link.unknown');
    const text = noticeOf('kunashir,atlantis');
    expect(text).toMatch(/^The link asks to measure “kunashir,atlantis”, but the atlas has no place called “atlantis” \(the closest names are Atlasov[^)]* or [^)]+\)\. Pick the places below\.$/);
    expect(text).not.toContain('“kunashir”');
    // The closest names in the reader's language.
    expect(noticeOf('kunashir,atlantis', 'ja')).toMatch(/^リンクで指定された「kunashir,atlantis」は計測できない。「atlantis」.*（近い名前：阿頼度島、.*、または.*）。下で場所を選び直せる。$/);
  });

  it('names both problems when both names are unknown', () => {
    const r = readMeasureLink('atlantis,lemuria', islands);
    expect([r.a, r.b]).toEqual([null, null]);
    expect(noticeOf('atlantis,lemuria')).toMatch(/“atlantis”.*, and .*“lemuria”/);
    expect(noticeOf('atlantis,lemuria', 'ru')).toMatch(/«atlantis».*, а .*«lemuria».*\. Выберите места ниже\.$/);
  });

  it('a value without two places says how to write one', () => {
    const r = readMeasureLink('kunashir', islands);
    expect([r.a, r.b]).toEqual([null, null]);
    expect(r.notice).toEqual({ message: 'measure.link.notPair', values: { value: 'kunashir' } });
    expect(noticeOf('kunashir')).toContain('?measure=kunashir,hokkaido');
    expect(noticeOf('kunashir,')).toContain('left empty');
  });
});

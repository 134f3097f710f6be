/** The Energy tab's words, numbers and units, with the real catalogues in the three languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import type { Language } from '../../geo/language.ts';
import { LOCALES } from '../../i18n/locale.ts';
import type { MessageId } from '../../i18n/ids.ts';
import { ENERGY_CONTEXT, contextFigures } from './context-data.ts';
import { energyWords } from './words.ts';

function words(lang: Language) {
  const messages = JSON.parse(readFileSync(`src/features/energy/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
  const intl = createIntl({ locale: LOCALES[lang], messages });
  return energyWords(lang, (id: MessageId, values) => intl.formatMessage({ id }, values));
}
const [en, ja, ru] = (['en', 'ja', 'ru'] as const).map(words);
/** Intl's no-break and narrow spaces (Russian groups and sets off % with them) as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('energyWords', () => {
  it('writes capacities in each language\'s own large numbers, with the basis', () => {
    const gas = { value: 38, unit: 'bcm/yr', basis: 'design' } as const;
    expect(en.capacity(gas)).toBe('38 billion m³ a year (design)');
    expect(ja.capacity(gas)).toBe('年間380億m³（設計値）');
    expect(ru.capacity(gas)).toBe('38 миллиардов кубометров в год (проектная)');
    expect(ru.capacity({ value: 18.6, unit: 'bcm/yr', basis: 'design' })).toBe('18,6 миллиарда кубометров в год (проектная)');
    const oil = { value: 180000, unit: 'bbl/d', basis: 'design' } as const;
    expect([en, ja, ru].map((w) => w.capacity(oil))).toEqual([
      '180 thousand barrels a day (design)', '日量18万バレル（設計値）', '180 тысяч баррелей в сутки (проектная)',
    ]);
    expect(ja.capacity({ value: 80, unit: 'Mt/yr', basis: 'planned' })).toBe('年間8000万トン（計画値）');
  });

  it('writes lengths and percentages with the language\'s separators and unit, the sign a true minus', () => {
    expect(en.km(1822)).toBe('1,822.0 km');
    expect(ja.km(1427.04)).toBe('1,427.0 km');
    expect(plain(ru.km(1427.04))).toBe('1 427,0 км');
    expect(en.signedPercent(-21.7)).toBe('−21.7%');
    expect(plain(ru.signedPercent(3.5))).toBe('+3,5 %');
    expect(en.tolerance()).toBe('−20% to +5%');
    expect(ja.tolerance()).toBe('−20%～+5%');
    expect(plain(ru.tolerance())).toBe('от −20 % до +5 %');
  });

  it('names statuses, kinds and when a line opened', () => {
    expect(en.status('under-construction')).toBe('Under construction');
    expect(ru.status('operating')).toBe('Действует');
    expect(ja.kind('gas-field')).toBe('ガス田');
    expect(en.openedLong(2011, 'operating')).toBe('2011');
    expect(en.openedLong(null, 'under-construction')).toBe('Not yet: under construction');
    expect(ja.openedLong(null, 'proposed')).toBe('稼働に至らず');
    // A year is written as a year, never grouped as a number.
    expect(en.openedShort(2009)).toBe('opened 2009');
    expect(ru.openedShort(2009)).toBe('пуск в 2009 г.');
    expect(ja.openedShort(null)).toBe('未稼働');
  });

  it('writes the context figures with their units, Russian days by the plural of the upper end', () => {
    const voyage = contextFigures('voyage');
    expect(voyage.map(en.figure)).toEqual(['3–4 days', '2–3 days', '14 days']);
    expect(voyage.map(ja.figure)).toEqual(['3～4日', '2～3日', '14日']);
    expect(voyage.map(ru.figure)).toEqual(['3–4 дня', '2–3 дня', '14 дней']);
    const imports = contextFigures('imports');
    expect(imports.map(en.figure)).toEqual(['4.3%', '8.6%', '7%']);
    expect(imports.map((f) => plain(ru.figure(f)))).toEqual(['4,3 %', '8,6 %', '7 %']);
    expect(ru.figure({ ...voyage[2], value: 1 })).toBe('1 день');
    expect(ru.figure({ ...voyage[2], value: 21 })).toBe('21 день');
  });

  it('has every context figure\'s words in the catalogue', () => {
    for (const f of ENERGY_CONTEXT) {
      for (const id of [f.label, f.bar, ...(f.note ? [f.note] : [])]) {
        for (const w of [en, ja, ru]) expect(w.t(id, { value: '15%' }), `${w.lang}: ${id}`).not.toBe(id);
      }
    }
  });
});

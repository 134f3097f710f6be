/** The energy words (words.ts) in the interface language. */
import { useMemo } from 'react';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { energyWords, type EnergyWords } from './words.ts';

export function useEnergyWords(): EnergyWords {
  const lang = useLanguage();
  const t = useT();
  return useMemo(() => energyWords(lang, t), [lang, t]);
}

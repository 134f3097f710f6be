/** The eras' words (words.ts) in the interface language. */
import { useMemo } from 'react';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { eraWords, type EraWords } from './words.ts';

export function useEraWords(): EraWords {
  const lang = useLanguage();
  const t = useT();
  return useMemo(() => eraWords(lang, t), [lang, t]);
}

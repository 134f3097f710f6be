/**
 * The words index.html writes before the app exists (the heading, the tagline, the map's and the
 * panels' names, the description, the noscript note), rewritten in the interface language once
 * the app has mounted, and again on every switch. The document's title and `<html lang>` follow
 * the language in the i18n provider (src/i18n/provider.tsx).
 */
import { useEffect } from 'react';
import { useLanguage, useT } from '../i18n/provider.tsx';
import type { MessageId } from '../i18n/ids.ts';

/** What is rewritten: a selector, and the text or attribute its message goes into. */
const PARTS: readonly { selector: string; id: MessageId; attr?: string }[] = [
  { selector: '.app-header h1', id: 'app.title' },
  { selector: '.app-header .tagline', id: 'app.tagline' },
  { selector: '#map', id: 'app.map.label', attr: 'aria-label' },
  { selector: '#side', id: 'app.side.label', attr: 'aria-label' },
  { selector: 'meta[name="description"]', id: 'app.description', attr: 'content' },
  { selector: 'noscript', id: 'app.noscript' },
];

export function usePageText(doc: Document = document): void {
  const t = useT();
  const lang = useLanguage();
  useEffect(() => {
    for (const p of PARTS) {
      const el = doc.querySelector(p.selector);
      if (!el) continue;
      if (p.attr) el.setAttribute(p.attr, t(p.id));
      else el.textContent = t(p.id);
    }
  }, [doc, t, lang]);
}

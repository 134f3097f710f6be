/**
 * "Embed": the Share control's <iframe> snippet for the current screen. The snippet's address is
 * this screen's link with `embed=1` (the map, its legend, the era control and the selection,
 * without the header and panels: src/features/offline/embed.css), 100% wide and 480 px high, with
 * a title in the interface language for screen readers. It opens in a modal <dialog> (in the top
 * layer, so the header's fixed height does not clip it; Escape closes it and focus returns to
 * the button), with a button that copies it.
 */
import { useRef, useState } from 'react';
import { useT } from '../../i18n/provider.tsx';
import type { MessageId } from '../../i18n/ids.ts';
import { withEmbed } from './state.ts';

/** The height the snippet gives the frame: enough for the era control, the map and the legend's button. */
export const EMBED_HEIGHT = 480;

/** An attribute value, escaped for HTML. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> element that embeds the screen at `href`, titled `title`. */
export function embedSnippet(href: string, title: string): string {
  return `<iframe src="${attr(withEmbed(href, true))}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

type Result = 'idle' | 'copied' | 'failed';

export function EmbedSnippet() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Result>('idle');
  const open = () => {
    setCode(embedSnippet(window.location.href, t('offline.embed.frameTitle')));
    setResult('idle');
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setResult('copied');
    } catch {
      // No clipboard (a page without the permission): the code is selected for the reader to copy.
      field.current?.select();
      setResult('failed');
    }
  };
  const says: Record<Exclude<Result, 'idle'>, MessageId> = { copied: 'offline.embed.copied', failed: 'offline.embed.copyFailed' };
  return (
    <>
      <button type="button" className="offline-embed-button" onClick={open} aria-haspopup="dialog" title={t('offline.embed.buttonTitle')}>
        {t('offline.embed.button')}
      </button>
      <dialog ref={dialog} className="offline-embed-dialog" aria-labelledby="offline-embed-title">
        <h2 id="offline-embed-title">{t('offline.embed.title')}</h2>
        <p id="offline-embed-help">{t('offline.embed.help')}</p>
        <textarea ref={field} className="offline-embed-code" readOnly rows={4} value={code} aria-labelledby="offline-embed-title" aria-describedby="offline-embed-help" onFocus={(e) => e.currentTarget.select()} />
        <div className="offline-embed-actions">
          <button type="button" onClick={() => { void copy(); }}>{t('offline.embed.copy')}</button>
          <span role="status" aria-live="polite">{result === 'idle' ? '' : t(says[result])}</span>
          <button type="button" onClick={() => dialog.current?.close()}>{t('offline.embed.close')}</button>
        </div>
      </dialog>
    </>
  );
}

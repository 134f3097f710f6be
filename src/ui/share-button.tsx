/**
 * "Share": the address of this screen, which the store keeps in the address bar (src/main.tsx,
 * src/state/url.ts), so the link opens the same era, comparison, language, tab, selection,
 * filters, measurement and units, and the view in its hash. Where the browser has the Web Share
 * API (phones, mostly) it offers the system's share sheet; elsewhere it copies the link.
 */
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/provider.tsx';
import type { MessageId } from '../i18n/ids.ts';

type Result = 'idle' | 'copied' | 'shared' | 'failed';

/** `children`: the features' share items beside the button (src/ui/feature.ts, `ShareItems`). */
export function ShareButton({ children }: { children?: ReactNode }) {
  const [result, setResult] = useState<Result>('idle');
  const t = useT();
  const share = async () => {
    const url = window.location.href;
    try {
      if (typeof navigator.share === 'function' && navigator.canShare?.({ url })) {
        await navigator.share({ title: document.title, url });
        setResult('shared');
      } else {
        await navigator.clipboard.writeText(url);
        setResult('copied');
      }
    } catch (e) {
      // The reader closed the share sheet: nothing to report.
      if (e instanceof DOMException && e.name === 'AbortError') { setResult('idle'); return; }
      setResult('failed');
    }
  };
  const says: Record<Exclude<Result, 'idle'>, MessageId> = {
    copied: 'app.share.copied', shared: 'app.share.shared', failed: 'app.share.failed',
  };
  return (
    <div className="share">
      <button type="button" className="share-button" onClick={() => { void share(); }} title={t('app.share.title')}>
        {t('app.share.button')}
      </button>
      <span className="share-status" role="status" aria-live="polite">{result === 'idle' ? '' : t(says[result])}</span>
      {children}
    </div>
  );
}

/**
 * "Share": the address of this screen, which the store keeps in the address bar (src/main.tsx,
 * src/state/url.ts), so the link opens the same era, comparison, language, tab, selection,
 * filters, measurement and units, and the view in its hash. Where the browser has the Web Share
 * API (phones, mostly) it offers the system's share sheet; elsewhere it copies the link.
 */
import { useState } from 'react';

type Result = 'idle' | 'copied' | 'shared' | 'failed';

export function ShareButton() {
  const [result, setResult] = useState<Result>('idle');
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
  const says: Record<Result, string> = {
    idle: '', copied: 'Link copied', shared: 'Link shared', failed: 'Could not copy: the link is in the address bar',
  };
  return (
    <div className="share">
      <button type="button" className="share-button" onClick={() => { void share(); }} title="Copy a link to this exact screen">
        Share
      </button>
      <span className="share-status" role="status" aria-live="polite">{says[result]}</span>
    </div>
  );
}

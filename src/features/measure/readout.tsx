/**
 * The measurement readout: a status region that screen readers announce politely, and a Copy
 * button that puts the same text on the clipboard (or says plainly that the browser refused).
 * Copy is disabled until there is a result to copy (`copyable`): a path of one point, or none,
 * has only a hint.
 */
import { useRef, useState } from 'react';
import type { Readout } from '../../geo/readout.ts';
import { useT } from '../../i18n/provider.tsx';

type CopyState = 'idle' | 'copied' | 'refused';

export function MeasureReadout(props: { readout: Readout | null; copyable: boolean; empty: string }) {
  const { readout } = props;
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  const text = props.copyable ? readout?.text ?? null : null;
  // What was copied, and of which text: a new measurement is not the one that was copied.
  const [copied, setCopied] = useState<{ state: CopyState; of: string | null }>({ state: 'idle', of: null });
  const copy: CopyState = copied.of === text ? copied.state : 'idle';
  const setCopy = (state: CopyState) => setCopied({ state, of: text });

  const onCopy = async () => {
    if (!text) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // Select the text instead, so that Ctrl+C (or the menu) copies it.
      const sel = window.getSelection();
      if (sel && body.current) sel.selectAllChildren(body.current);
      setCopy('refused');
    }
  };

  return (
    <section className="panel measure-readout" aria-labelledby="measure-readout-title">
      <h2 id="measure-readout-title">{t('measure.result.title')}</h2>
      <div role="status" aria-live="polite" aria-label={t('measure.result.label')} ref={body} className="measure-readout-body">
        {readout ? (
          <>
            <p className="measure-readout-title">{readout.title}</p>
            {readout.lines.length > 1 && (
              <ul>{readout.lines.slice(1).map((l, i) => <li key={i}>{l}</li>)}</ul>
            )}
          </>
        ) : (
          <p className="measure-readout-empty">{props.empty}</p>
        )}
      </div>
      <div className="measure-copy">
        <button type="button" onClick={() => void onCopy()} disabled={!text}>{t('measure.copy')}</button>
        <span aria-live="polite" className="measure-copy-state">
          {copy === 'copied' && t('measure.copied')}
          {copy === 'refused' && t('measure.copyRefused')}
        </span>
      </div>
    </section>
  );
}

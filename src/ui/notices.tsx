/**
 * The notices of the store: a bad link, data that failed to load. Each can be dismissed. Long
 * values are quoted shortened where the notice is made (src/state/url.ts), and the text wraps
 * anywhere, so no notice pushes its dismiss button off screen. A notice made of a catalogue
 * message is written in the language on screen when shown, so it follows a language switch.
 */
import { useIntl } from 'react-intl';
import { dismiss } from '../state/store.ts';
import { useAtlas, useAtlasStore } from '../state/react.tsx';
import { noticeText } from '../i18n/write-message.ts';

export function Notices() {
  const store = useAtlasStore();
  const notices = useAtlas((s) => s.notices);
  const intl = useIntl();
  if (!notices.length) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{noticeText(intl, n)}</span>
          <button type="button" onClick={() => dismiss(store, n.id)} aria-label={intl.formatMessage({ id: 'app.notice.dismiss' })}>×</button>
        </p>
      ))}
    </div>
  );
}

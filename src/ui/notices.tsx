/**
 * The notices of the store: a bad link, data that failed to load. Each can be dismissed. Long
 * values are quoted shortened where the notice is made (src/state/url.ts), and the text wraps
 * anywhere, so no notice pushes its dismiss button off screen.
 */
import { dismiss } from '../state/store.ts';
import { useAtlas, useAtlasStore } from '../state/react.tsx';
import { useT } from '../i18n/provider.tsx';

export function Notices() {
  const store = useAtlasStore();
  const notices = useAtlas((s) => s.notices);
  const t = useT();
  if (!notices.length) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{'message' in n ? t(n.message, n.values) : n.text}</span>
          <button type="button" onClick={() => dismiss(store, n.id)} aria-label="Dismiss notice">×</button>
        </p>
      ))}
    </div>
  );
}

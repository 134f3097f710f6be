/** Whether a CSS media query matches, following changes (a phone turned, a window resized). */
import { useCallback, useSyncExternalStore } from 'react';

/**
 * The phone layout, where the panels are a bottom sheet and a selection opens in it. The embed
 * mode (`html.embed`, set by src/main.tsx from the link) has no panels, so it never takes that
 * layout: in a narrow <iframe> the selected incident still opens over the map.
 */
export const PHONE_QUERY = typeof document !== 'undefined' && document.documentElement.classList.contains('embed') ? 'not all' : '(max-width: 600px)';

export function useMedia(query: string): boolean {
  // One subscription per query for the component's life, not a new one on every render.
  const subscribe = useCallback((onChange: () => void) => {
    const m = window.matchMedia(query);
    m.addEventListener('change', onChange);
    return () => m.removeEventListener('change', onChange);
  }, [query]);
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

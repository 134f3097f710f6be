/** Whether a CSS media query matches, following changes (a phone turned, a window resized). */
import { useCallback, useSyncExternalStore } from 'react';

export const PHONE_QUERY = '(max-width: 600px)';

export function useMedia(query: string): boolean {
  // One subscription per query for the component's life, not a new one on every render.
  const subscribe = useCallback((onChange: () => void) => {
    const m = window.matchMedia(query);
    m.addEventListener('change', onChange);
    return () => m.removeEventListener('change', onChange);
  }, [query]);
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

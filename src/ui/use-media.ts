/** Whether a CSS media query matches, following changes (a phone turned, a window resized). */
import { useSyncExternalStore } from 'react';

export const PHONE_QUERY = '(max-width: 600px)';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

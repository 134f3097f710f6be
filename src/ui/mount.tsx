/**
 * Renders the React app into the static shell of index.html. Loaded by src/main.tsx once the
 * map's first view is drawn (or the map could not start), so that parsing and rendering the
 * interface never competes with the first view for the CPU.
 */
// The Japanese interface font comes with the app, not the page's first stylesheet: its 110 KB
// of @font-face rules would be parsed before the map could start, and nothing before the app
// writes Japanese.
import '@fontsource/noto-sans-jp/400.css';
// Bold Japanese (headings, the selected tab) from its own face rather than smeared by the browser.
import '@fontsource/noto-sans-jp/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './app.tsx';

export function mount(root: HTMLElement, props: AppProps): void {
  // index.html's own loading notice: the app shows the map's state from now on.
  document.getElementById('map-loading')?.remove();
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

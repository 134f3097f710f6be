/**
 * Renders the React app into the static shell of index.html. Loaded by src/main.tsx after the
 * map has started, so that React and the panels' code are parsed while the map's worker boots
 * and fetches its data, not before.
 */
// The Japanese interface font comes with the app, not the page's first stylesheet: its 110 KB
// of @font-face rules would be parsed before the map could start, and nothing before the app
// writes Japanese.
import '@fontsource/noto-sans-jp/400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './app.tsx';

export function mount(root: HTMLElement, props: AppProps): void {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

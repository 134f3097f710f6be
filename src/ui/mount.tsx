/**
 * Renders the React app into the static shell of index.html. Loaded by src/main.tsx after the
 * map has started, so that React and the panels' code are parsed while the map's worker boots
 * and fetches its data, not before.
 */
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

/**
 * The service worker's registration, from this feature's interface chunk (loaded after the map's
 * first view, so the first view never waits for it; workbox-window then waits for the page's
 * `load` too). The worker itself is generated at build time by vite-plugin-pwa (Workbox's
 * generateSW, vite.config.ts): it precaches the whole built app, its data and fonts, and serves
 * them with the network off. A new build's worker waits until the reader asks for it: the
 * `updateReady` flag shows the notice, and `applyUpdate` activates it and reloads the page.
 *
 * Not registered in dev (Vite's hot reload serves changing modules that a worker must not cache),
 * nor in the embed mode (an article's <iframe> should not install the whole atlas in its reader's
 * browser), nor where the browser has no service workers (an insecure origin).
 */
import type { Workbox } from 'workbox-window';
import { notify, setSlice, type AtlasStore } from '../../state/store.ts';
import { offlineSlice } from './state.ts';

let workbox: Workbox | null = null;

export function registerWorker(store: AtlasStore): void {
  // `import.meta.hot` is there only under the dev server (not `import.meta.env.DEV`, which a build
  // run with NODE_ENV=test, as the browser tests' is, also sets).
  if (import.meta.hot || workbox || !('serviceWorker' in navigator)) return;
  void import('workbox-window').then(({ Workbox }) => {
    if (workbox) return;
    // Relative to the page: the built app runs from any folder (vite.config.ts: base './').
    const wb = new Workbox(new URL('sw.js', window.location.href).href);
    workbox = wb;
    wb.addEventListener('installed', (e) => {
      // The first install: the atlas now opens with the network off.
      if (!e.isUpdate) notify(store, { id: 'offline-ready', message: 'offline.ready' });
    });
    // A new build's worker is installed and waits for the pages of the old one to close.
    wb.addEventListener('waiting', () => setSlice(store, offlineSlice, { updateReady: true }));
    // The registration failing (storage full, a browser that refuses it) leaves the online atlas as it was.
    wb.register().catch((e: unknown) => console.warn('service worker:', e));
  });
}

/**
 * Activates the waiting worker, then reloads the page into the new build. The worker that was
 * waiting when the notice came may have taken over on its own since (the browser activates it
 * once no page uses the old one, which a reload can be): then nothing waits, no takeover is to
 * come, and the reload alone brings the new build.
 */
export async function applyUpdate(): Promise<void> {
  const wb = workbox;
  const waiting = (await navigator.serviceWorker?.getRegistration())?.waiting;
  if (!wb || !waiting) {
    window.location.reload();
    return;
  }
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

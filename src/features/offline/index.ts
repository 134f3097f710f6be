/**
 * Take it with you: the embed mode (`?embed=1`, for an <iframe> in an article) and the installed,
 * offline atlas (the service worker the build makes with vite-plugin-pwa, registered by this
 * feature's interface chunk, so after the map's first view; and the "update ready" notice).
 * No layers and no tab: its interface is the embed's link out to the full atlas, the Share
 * control's <iframe> snippet and the update notice.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import { offlineParams, offlineSlice, type OfflineState } from './state.ts';

export { offlineSlice } from './state.ts';

export const offlineFeature: AtlasFeature<OfflineState> = {
  id: 'offline',
  slice: offlineSlice,
  params: offlineParams,
  ui: () => import('./ui.tsx').then((m) => m.offlineUi),
};

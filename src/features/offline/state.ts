/**
 * The offline feature's part of the state: whether the page is the embed mode (`?embed=1`), the
 * map with its legend, era control and selection, without the header and the side panel, for an
 * <iframe> in someone's article. It is in the link so that a snippet's address opens the embed
 * and the link out of it (the same address without `embed`) opens the full atlas.
 */
import { defineSlice } from '../../state/store.ts';
import { readFlag, type ParamSpec } from '../../state/url.ts';

export interface OfflineState {
  embed: boolean;
  /** Not in the link: a new build's service worker is installed and waits (src/features/offline/worker.ts). */
  updateReady: boolean;
}

export const offlineSlice = defineSlice<OfflineState>('offline', { embed: false, updateReady: false });

export const offlineParams: ParamSpec<OfflineState> = {
  keys: ['embed'],
  read(params, bad) {
    const embed = readFlag(params, 'embed', bad);
    return embed === undefined ? {} : { embed };
  },
  write: (s) => ({ embed: s.embed ? '1' : null }),
};

/** The address `href` as an embed (`embed=1`) or as the full atlas (no `embed`); the hash (the view) is kept. */
export function withEmbed(href: string, embed: boolean): string {
  const url = new URL(href);
  if (embed) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.href;
}

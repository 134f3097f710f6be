/**
 * The border eras: land coloured by holder, borders and Japan's claim for 1855, 1875, 1905 and
 * 1945–today; the timeline over the map; the Borders tab; the side-by-side comparison. The era
 * and the compared era are core state (every feature reads the era), so this feature has no
 * slice of its own.
 */
import type { AtlasFeature } from '../../ui/feature.ts';
import type { MapPicture } from '../../map/sync.ts';
import { ERA_PATTERN, ERA_STATE, eraOverlays, eraPatterns, PATTERN_PIXEL_RATIO } from './layers.ts';

let patterns: ReturnType<typeof eraPatterns> | null = null;
const pictures = new Map<string, MapPicture>();

export const erasFeature: AtlasFeature = {
  id: 'eras',
  overlay: (dataUrl) => eraOverlays(dataUrl),
  globalState: ERA_STATE,
  images: {
    early: Object.values(ERA_PATTERN),
    provide: (id) => {
      patterns ??= eraPatterns();
      return id in patterns ? { image: patterns[id as keyof typeof patterns], options: { pixelRatio: PATTERN_PIXEL_RATIO } } : null;
    },
  },
  picture: (s) => {
    let p = pictures.get(s.era);
    if (!p) { p = { global: { era: s.era } }; pictures.set(s.era, p); }
    return p;
  },
  tab: { id: 'borders', label: 'app.tab.borders', order: 3 },
  ui: () => import('./ui.tsx').then((m) => m.erasUi),
  exports: () => import('./export.ts').then((m) => m.erasExport),
};

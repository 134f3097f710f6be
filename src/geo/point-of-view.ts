/** The point of view on the four islands: a few bytes the first view's store and link need. */
/**
 * The point of view the map takes on the four islands from 1945 on: Japan's position (they are
 * Japan's, under Russian occupation), Russia's (they are Russia's, and there is no dispute), or
 * what is enforced on the water today (Russia administers them and their waters; Japan claims them).
 */
export type PointOfView = 'water' | 'japan' | 'russia';
export const POINTS_OF_VIEW: readonly PointOfView[] = ['water', 'japan', 'russia'];
export const DEFAULT_POV: PointOfView = 'water';
export const isPointOfView = (v: unknown): v is PointOfView => (POINTS_OF_VIEW as readonly unknown[]).includes(v);

/** Whose position draws the four islands, and so the sea zones: Japan's (Japanese) or Russia's (Russian). */
export type SeaView = 'japan' | 'russia';

/** Whose position the sea zones follow: on the water today, Russia's (it enforces them). */
export const seaViewOf = (pov: PointOfView): SeaView => (pov === 'japan' ? 'japan' : 'russia');

/** Base map colours. Feature layers (eras, incidents, energy) bring their own. */
export const PALETTE = {
  sea: '#d6e6f2',
  land: '#f4f1ea',
  landOutline: '#8c9aa6',
  water: '#c3dbee',
  coastline: '#52657a',
  hover: '#2d6a9f',
  labelSea: '#3f6a8c',
  labelStrait: '#4b7394',
  labelLand: '#2b2b2b',
  halo: '#ffffff',
} as const;

/**
 * The two states' colours wherever the map tells them apart (land by holder, sea zones):
 * Okabe–Ito vermillion and blue, told apart with the common colour-vision deficiencies.
 */
export const STATE_COLORS = { japan: '#D55E00', russia: '#0072B2' } as const;

/**
 * Where the atlas draws sea zones and answers "which waters is this?": the frontier's seas,
 * 135–167.9°E and 40–60.5°N. West and south of it Korea's coasts would enter the EEZs'
 * delimitation, which the atlas does not draw. One definition for the build's grid, the Sea tab
 * and the command line; a few bytes, so the first view's link codec can use it.
 */
export const SEA_BOX = { west: 135, south: 40, east: 167.9, north: 60.5 } as const;

export const inSeaBox = ([lon, lat]: readonly number[]): boolean =>
  lon >= SEA_BOX.west && lon <= SEA_BOX.east && lat >= SEA_BOX.south && lat <= SEA_BOX.north;

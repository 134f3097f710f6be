import { describe, expect, it } from 'vitest';
import { FLOW_LINE_WIDTH_PX, FLOW_PIXEL_RATIO, FLOW_SPACING_PX, flowPattern } from './flow-pattern.ts';

/** The x ranges of the pixels of row y whose colour is the ink's (not the white halo's). */
function inkRuns(img: ReturnType<typeof flowPattern>, y: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let x = 0; x < img.width; x++) {
    const i = (y * img.width + x) * 4;
    const ink = img.data[i + 3] === 255 && img.data[i] < 120;
    if (ink && (runs.length === 0 || runs[runs.length - 1][1] !== x - 1)) runs.push([x, x]);
    else if (ink) runs[runs.length - 1][1] = x;
  }
  return runs;
}

describe('flow pattern', () => {
  const gas = flowPattern('#1e3a5f', 1);
  const oil = flowPattern('#1e3a5f', 2);

  it('is one repeat long and one line wide, at its pixel ratio', () => {
    expect(gas.width).toBe(FLOW_SPACING_PX * FLOW_PIXEL_RATIO);
    expect(gas.height).toBe(FLOW_LINE_WIDTH_PX * FLOW_PIXEL_RATIO);
    expect(gas.data).toHaveLength(gas.width * gas.height * 4);
  });

  it('draws one chevron for gas and two for oil, across the middle of the line', () => {
    const mid = gas.height / 2;
    expect(inkRuns(gas, mid)).toHaveLength(1);
    expect(inkRuns(oil, mid)).toHaveLength(2);
    // Transparent at both ends, so the line below shows between chevrons.
    expect(gas.data[3]).toBe(0);
    expect(gas.data[(mid * gas.width + gas.width - 1) * 4 + 3]).toBe(0);
  });

  it('points its chevron to +x, the way MapLibre lays a pattern from a line\'s first coordinate to its last', () => {
    const mid = gas.height / 2;
    const tip = inkRuns(gas, mid)[0][1];
    // The arms sweep back from the tip: above and below the middle, the ink lies further left.
    for (const y of [mid - 6, mid + 5]) expect(inkRuns(gas, y)[0][1], `row ${y}`).toBeLessThan(tip - 3);
  });

  it('rings the ink with a white halo that reads on any line colour', () => {
    const mid = gas.height / 2;
    const [start] = inkRuns(gas, mid)[0];
    // Within the halo's 1.2 CSS px left of the ink, some pixel is pure, visible white.
    const white = [1, 2, 3, 4].map((k) => (mid * gas.width + start - k) * 4)
      .filter((i) => gas.data[i] === 255 && gas.data[i + 1] === 255 && gas.data[i + 2] === 255 && gas.data[i + 3] > 0);
    expect(white.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeTooltip, TOOLTIP_GAP } from './map-tooltip.tsx';

const MAP = { width: 800, height: 600 };
const TIP = { width: 180, height: 24 };

describe('placeTooltip', () => {
  it('puts the tooltip below and right of the pointer where it fits', () => {
    expect(placeTooltip({ x: 100, y: 100 }, TIP, MAP)).toEqual({ left: 100 + TOOLTIP_GAP, top: 100 + TOOLTIP_GAP });
  });

  it('flips it left of the pointer near the right edge (the side panel), and above it near the bottom', () => {
    expect(placeTooltip({ x: 700, y: 100 }, TIP, MAP)).toEqual({ left: 700 - TOOLTIP_GAP - 180, top: 112 });
    expect(placeTooltip({ x: 100, y: 590 }, TIP, MAP)).toEqual({ left: 112, top: 590 - TOOLTIP_GAP - 24 });
  });

  it('keeps a tooltip wider than the room on either side against the map\'s left edge', () => {
    expect(placeTooltip({ x: 150, y: 10 }, { width: 700, height: 24 }, MAP).left).toBe(0);
  });

  it('always lies inside the map when it is smaller than the map', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 600 }),
      fc.integer({ min: 1, max: 800 }), fc.integer({ min: 1, max: 600 }),
      (x, y, width, height) => {
        const { left, top } = placeTooltip({ x, y }, { width, height }, MAP);
        return left >= 0 && top >= 0 && left + width <= MAP.width && top + height <= MAP.height;
      },
    ));
  });
});

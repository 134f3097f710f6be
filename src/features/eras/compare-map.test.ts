import { describe, expect, it } from 'vitest';
import type { JumpToOptions, LngLatLike } from 'maplibre-gl';
import { clampSwipe, defaultCompareEra, syncCameras, type SyncableCamera } from './compare-map.ts';
import { ERA_IDS } from '../../geo/eras.ts';


/** A camera that fires `move` synchronously inside `jumpTo`, as MapLibre does. */
class FakeCamera implements SyncableCamera {
  center: [number, number];
  zoom: number;
  jumps = 0;
  private listeners = new Set<() => void>();
  constructor(center: [number, number], zoom: number) { this.center = center; this.zoom = zoom; }
  getCenter(): LngLatLike { return this.center; }
  getZoom() { return this.zoom; }
  getBearing() { return 0; }
  getPitch() { return 0; }
  jumpTo(o: JumpToOptions) {
    this.jumps++;
    if (o.center) this.center = o.center as [number, number];
    if (o.zoom !== undefined) this.zoom = o.zoom;
    for (const l of this.listeners) l();
  }
  on(_: 'move', l: () => void) { this.listeners.add(l); }
  off(_: 'move', l: () => void) { this.listeners.delete(l); }
  get listening() { return this.listeners.size; }
}

describe('syncCameras', () => {
  it('starts the second map on the first one’s camera', () => {
    const a = new FakeCamera([145, 47], 5);
    const b = new FakeCamera([0, 0], 1);
    syncCameras(a, b);
    expect([b.center, b.zoom]).toEqual([[145, 47], 5]);
  });

  it('copies a move either way exactly once, with no echo back', () => {
    const a = new FakeCamera([145, 47], 5);
    const b = new FakeCamera([145, 47], 5);
    syncCameras(a, b);
    a.jumps = 0; b.jumps = 0;
    a.jumpTo({ center: [143, 50], zoom: 6 });
    expect([b.center, b.zoom, b.jumps, a.jumps]).toEqual([[143, 50], 6, 1, 1]);
    b.jumpTo({ center: [150, 45], zoom: 4.5 });
    expect([a.center, a.zoom, a.jumps, b.jumps]).toEqual([[150, 45], 4.5, 2, 2]);
  });

  it('unbinds both listeners', () => {
    const a = new FakeCamera([145, 47], 5);
    const b = new FakeCamera([145, 47], 5);
    const off = syncCameras(a, b);
    off();
    expect([a.listening, b.listening]).toEqual([0, 0]);
    a.jumpTo({ center: [143, 50] });
    expect(b.center).toEqual([145, 47]);
  });
});

describe('defaultCompareEra', () => {
  it('compares with the era before, and the first era with the next', () => {
    expect(ERA_IDS.map((e) => defaultCompareEra(e, ERA_IDS))).toEqual(['1875', '1855', '1875', '1905']);
  });
});

describe('clampSwipe', () => {
  it('keeps the divider on the map', () => {
    expect([clampSwipe(-1), clampSwipe(0.5), clampSwipe(2)]).toEqual([0.02, 0.5, 0.98]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawFirstViewComplete } from './complete-first-view.ts';

/**
 * A map with the public methods the hold uses. `frame()` is one frame of MapLibre's render loop:
 * drawn at the current pixel ratio, then the `render` event.
 */
class FakeMap {
  styleLoaded = false;
  pixelRatio: number | null = 1 / 8;
  /** The pixel ratio of each frame drawn. */
  drawn: (number | null)[] = [];
  canvas = { style: { visibility: '' } };
  private listeners = new Map<string, ((e: { originalEvent?: unknown }) => void)[]>();
  isStyleLoaded() { return this.styleLoaded; }
  getCanvas() { return this.canvas; }
  setPixelRatio(r: number) { this.pixelRatio = r; this.fire('movestart', {}); }
  on(type: string, l: (e: { originalEvent?: unknown }) => void) { this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]); }
  off(type: string, l: (e: { originalEvent?: unknown }) => void) { this.listeners.set(type, (this.listeners.get(type) ?? []).filter((x) => x !== l)); }
  once(type: string, l: () => void) {
    const wrapped = () => { this.off(type, wrapped); l(); };
    this.on(type, wrapped);
  }
  fire(type: string, e: { originalEvent?: unknown } = {}) { for (const l of [...(this.listeners.get(type) ?? [])]) l(e); }
  frame() { this.drawn.push(this.pixelRatio); this.fire('render'); }
}

describe('drawFirstViewComplete', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('draws small and hidden while the sources load, then the complete view at full size', () => {
    const map = new FakeMap();
    const hold = drawFirstViewComplete(map);
    expect(hold.held).toBe(true);
    expect(map.canvas.style.visibility).toBe('hidden');
    map.frame(); map.frame(); map.frame();
    expect(map.drawn).toEqual([1 / 8, 1 / 8, 1 / 8]);
    map.styleLoaded = true; // the last tile came in: this frame is the first complete one, still small
    map.frame();
    expect(hold.skipped()).toBe(4);
    // null: the screen's ratio again (MapLibre's setPixelRatio documents it)
    expect(map.pixelRatio).toBe(null);
    expect(map.canvas.style.visibility).toBe('');
    map.frame();
    expect(map.drawn.at(-1)).toBe(null);
  });

  it('draws at the given pixel ratio once complete, and stops counting', () => {
    const map = new FakeMap();
    const hold = drawFirstViewComplete(map, { pixelRatio: 2 });
    map.styleLoaded = true;
    map.frame(); map.frame();
    expect(map.pixelRatio).toBe(2);
    expect(hold.skipped()).toBe(1);
  });

  it('lets go at the first idle whatever the sources say', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map);
    map.fire('idle');
    expect(map.pixelRatio).toBe(null);
    expect(map.canvas.style.visibility).toBe('');
  });

  it('lets go when a reader moves the map, not when its own resize does', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map);
    map.fire('movestart', {}); // a resize or a camera call: no original event
    expect(map.pixelRatio).toBe(1 / 8);
    map.fire('movestart', { originalEvent: new Event('mousedown') });
    expect(map.pixelRatio).toBe(null);
  });

  it('never keeps the map hidden past maxWaitMs, whatever the tiles do', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map, { maxWaitMs: 3000 });
    vi.advanceTimersByTime(2999);
    expect(map.canvas.style.visibility).toBe('hidden');
    vi.advanceTimersByTime(1);
    expect(map.canvas.style.visibility).toBe('');
    expect(map.pixelRatio).toBe(null);
  });
});

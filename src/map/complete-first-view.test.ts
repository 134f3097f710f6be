import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawFirstViewComplete } from './complete-first-view.ts';

/** A map with MapLibre's painter shape: `frame()` is one frame of the render loop. */
class FakeMap {
  styleLoaded = true;
  tilesLoaded = false;
  drawn = 0;
  repaints = 0;
  painter = { render: () => { this.drawn++; } };
  private listeners = new Map<string, (() => void)[]>();
  isStyleLoaded() { return this.styleLoaded && this.tilesLoaded; }
  once(type: string, l: () => void) { this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]); }
  fire(type: string) { const ls = this.listeners.get(type) ?? []; this.listeners.delete(type); for (const l of ls) l(); }
  triggerRepaint() { this.repaints++; }
  frame() { this.painter.render(); }
}

describe('drawFirstViewComplete', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('skips the frames drawn while tiles load, then draws the complete view', () => {
    const map = new FakeMap();
    const hold = drawFirstViewComplete(map);
    expect(hold.held).toBe(true);
    map.frame(); map.frame(); map.frame();
    expect(map.drawn).toBe(0);
    expect(hold.skipped()).toBe(3);
    map.tilesLoaded = true;
    map.frame();
    expect(map.drawn).toBe(1);
  });

  it('holds the frames before any source has its data, when no tile is asked for yet', () => {
    const map = new FakeMap();
    const hold = drawFirstViewComplete(map);
    map.styleLoaded = false;
    map.tilesLoaded = true; // no tile asked for: every one of none is loaded
    map.frame(); map.frame();
    expect(map.drawn).toBe(0);
    expect(hold.skipped()).toBe(2);
    map.styleLoaded = true;
    map.frame();
    expect(map.drawn).toBe(1);
  });

  it('lets go at the first idle: later loads draw frame by frame again', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map);
    map.tilesLoaded = true;
    map.frame();
    map.fire('idle');
    map.tilesLoaded = false; // a source filled after the first view
    map.frame();
    expect(map.drawn).toBe(2);
  });

  it('lets go as soon as the camera moves, and repaints', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map);
    map.frame();
    map.fire('movestart');
    expect(map.repaints).toBe(1);
    map.frame();
    expect(map.drawn).toBe(1);
  });

  it('never keeps the map blank past maxWaitMs, whatever the tiles do', () => {
    const map = new FakeMap();
    drawFirstViewComplete(map, { maxWaitMs: 3000 });
    map.frame();
    vi.advanceTimersByTime(2999);
    map.frame();
    expect(map.drawn).toBe(0);
    vi.advanceTimersByTime(1);
    map.frame();
    expect(map.drawn).toBe(1);
  });

  it('does nothing on a map without the painter it expects', () => {
    const map = new FakeMap();
    (map as unknown as { painter: unknown }).painter = {};
    expect(drawFirstViewComplete(map).held).toBe(false);
  });
});

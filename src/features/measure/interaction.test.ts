import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bindPathTool, CLOSE_RADIUS_PX, closesPath, type PathToolEvents } from './interaction.ts';
import type { PathPoint } from './state.ts';

// A plane where a degree is 100 px: [lon, lat] → (lon·100, −lat·100), north up as on a map.
const project = (p: readonly [number, number]) => ({ x: p[0] * 100, y: -p[1] * 100 });
const unproject = (x: number, y: number): [number, number] => [x / 100, -y / 100];
const triangle: PathPoint[] = [[1, 1], [3, 1], [2, 3]];
const FIRST_PX = project(triangle[0]); // (100, -100)

describe('closesPath', () => {
  it('is true within the radius of the first point, once the path has three points', () => {
    expect(closesPath(triangle, FIRST_PX, project, 12)).toBe(true);
    expect(closesPath(triangle, { x: FIRST_PX.x + 8, y: FIRST_PX.y - 8 }, project, 12)).toBe(true); // 11.3 px away
    expect(closesPath(triangle, { x: FIRST_PX.x + 12, y: FIRST_PX.y }, project, 12)).toBe(true); // on the edge
  });

  it('is false beyond the radius, or on another point', () => {
    expect(closesPath(triangle, { x: FIRST_PX.x + 10, y: FIRST_PX.y + 10 }, project, 12)).toBe(false); // 14.1 px away
    expect(closesPath(triangle, project(triangle[1]), project, 12)).toBe(false);
    expect(closesPath(triangle, project(triangle[2]), project, 12)).toBe(false);
  });

  it('is false for a path of fewer than three points, even on its first point', () => {
    expect(closesPath([], FIRST_PX, project, 12)).toBe(false);
    expect(closesPath(triangle.slice(0, 1), FIRST_PX, project, 12)).toBe(false);
    expect(closesPath(triangle.slice(0, 2), FIRST_PX, project, 12)).toBe(false);
  });

  it('gives a finger a wider target than a mouse pointer, both wider than the drawn start circle', () => {
    expect(CLOSE_RADIUS_PX.touch).toBeGreaterThan(CLOSE_RADIUS_PX.mouse);
    // The start circle is drawn with radius 6 and a 2 px ring (layers.ts).
    expect(CLOSE_RADIUS_PX.mouse).toBeGreaterThanOrEqual(8);
    // A touch target of at least 44 px across.
    expect(CLOSE_RADIUS_PX.touch * 2).toBeGreaterThanOrEqual(44);
  });
});

describe('bindPathTool', () => {
  // Node has no DOM: just enough of it for the tool's type checks on events and their targets.
  class FakeNode {}
  class FakeElement extends FakeNode { isContentEditable = false; tagName = 'DIV'; }
  class FakePointerEvent { constructor(readonly pointerType: string) {} }
  beforeAll(() => {
    vi.stubGlobal('Node', FakeNode);
    vi.stubGlobal('HTMLElement', FakeElement);
    vi.stubGlobal('PointerEvent', FakePointerEvent);
  });
  afterAll(() => vi.unstubAllGlobals());

  function setUp(points: PathPoint[], centre: [number, number] = [5, 5]) {
    const clicks: ((e: unknown) => void)[] = [];
    let keydown: ((e: unknown) => void) | null = null;
    const container = new FakeElement();
    const map = {
      getCanvasContainer: () => ({ classList: { add() {}, remove() {} }, contains: (n: unknown) => n === container }),
      doubleClickZoom: { isEnabled: () => true, disable() {}, enable() {} },
      on: (type: string, f: (e: unknown) => void) => { if (type === 'click') clicks.push(f); },
      off: () => {},
      getCenter: () => ({ lng: centre[0], lat: centre[1] }),
      project: (p: [number, number]) => project(p),
    } as unknown as MapLibreMap;
    const ev: PathToolEvents = { points: () => points, onPoint: vi.fn(), onClose: vi.fn(), onUndo: vi.fn(), onEnd: vi.fn() };
    const keys = { addEventListener: (_: string, f: (e: unknown) => void) => { keydown = f; }, removeEventListener: () => {} };
    bindPathTool(map, ev, keys as unknown as Window);
    const click = (x: number, y: number, pointerType = 'mouse') => {
      const [lng, lat] = unproject(x, y);
      for (const f of clicks) f({ point: { x, y }, lngLat: { lng, lat }, originalEvent: new FakePointerEvent(pointerType) });
    };
    const key = (k: string) => keydown?.({ key: k, target: container, defaultPrevented: false, ctrlKey: false, metaKey: false, altKey: false, preventDefault() {} });
    return { ev, click, key };
  }

  it('closes the path on a click on its first point, instead of adding a point', () => {
    const { ev, click } = setUp(triangle);
    click(FIRST_PX.x + 5, FIRST_PX.y + 5);
    expect(ev.onClose).toHaveBeenCalledTimes(1);
    expect(ev.onPoint).not.toHaveBeenCalled();
  });

  it('adds a point on a click elsewhere, and on the first point of a path too short to close', () => {
    const far = setUp(triangle);
    far.click(FIRST_PX.x + 15, FIRST_PX.y);
    expect(far.ev.onPoint).toHaveBeenCalledWith([1.15, 1]);
    expect(far.ev.onClose).not.toHaveBeenCalled();
    const short = setUp(triangle.slice(0, 2));
    short.click(FIRST_PX.x, FIRST_PX.y);
    expect(short.ev.onPoint).toHaveBeenCalledWith([1, 1]);
    expect(short.ev.onClose).not.toHaveBeenCalled();
  });

  it('takes a tap 18 px away as closing, where a mouse click there adds a point', () => {
    const tap = setUp(triangle);
    tap.click(FIRST_PX.x + 18, FIRST_PX.y, 'touch');
    expect(tap.ev.onClose).toHaveBeenCalledTimes(1);
    const mouse = setUp(triangle);
    mouse.click(FIRST_PX.x + 18, FIRST_PX.y, 'mouse');
    expect(mouse.ev.onClose).not.toHaveBeenCalled();
    expect(mouse.ev.onPoint).toHaveBeenCalledTimes(1);
  });

  it('closes the path from the keyboard when the centre is on the first point (Enter on the map, or P)', () => {
    for (const k of ['Enter', 'p', 'P']) {
      const on = setUp(triangle, [1.05, 0.95]);
      on.key(k);
      expect(on.ev.onClose, k).toHaveBeenCalledTimes(1);
      expect(on.ev.onPoint, k).not.toHaveBeenCalled();
    }
    const off = setUp(triangle, [2, 2]);
    off.key('Enter');
    expect(off.ev.onPoint).toHaveBeenCalledWith([2, 2]);
    expect(off.ev.onClose).not.toHaveBeenCalled();
  });
});

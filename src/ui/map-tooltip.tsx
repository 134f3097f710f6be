/**
 * A tooltip drawn over the map beside the pointer, kept wholly inside the map: it sits below and
 * right of the pointer, and flips to the left (or above) where it would cross the map's edge,
 * which on a laptop is the side panel's edge. Hidden from screen readers: what it names is in
 * the panels.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Space between the pointer and the tooltip, in CSS pixels. */
export const TOOLTIP_GAP = 12;

type Size = { width: number; height: number };

/** One axis: after the pointer if it fits, else before it, and never past either end. */
function along(at: number, size: number, room: number, gap: number): number {
  const after = at + gap;
  const pos = after + size <= room ? after : at - gap - size;
  return Math.max(0, Math.min(pos, room - size));
}

/**
 * Where the tooltip's top-left corner goes, in the map's pixels.
 *
 * @example
 * placeTooltip({ x: 790, y: 40 }, { width: 180, height: 24 }, { width: 800, height: 600 });
 * // { left: 598, top: 52 }: left of the pointer, since right of it would cross the edge at 800
 */
export function placeTooltip(pointer: { x: number; y: number }, tip: Size, map: Size, gap = TOOLTIP_GAP): { left: number; top: number } {
  return { left: along(pointer.x, tip.width, map.width, gap), top: along(pointer.y, tip.height, map.height, gap) };
}

export function MapTooltip(props: { container: HTMLElement; x: number; y: number; className?: string; children: ReactNode }) {
  const { container, x, y } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Placed before the browser paints, once the tooltip's own size is known.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const at = placeTooltip({ x, y }, { width: el.offsetWidth, height: el.offsetHeight }, { width: container.clientWidth, height: container.clientHeight });
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
  });
  return createPortal(
    <div ref={ref} className={`tooltip${props.className ? ` ${props.className}` : ''}`} aria-hidden="true">{props.children}</div>,
    container,
  );
}

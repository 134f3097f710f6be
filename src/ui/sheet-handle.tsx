/**
 * On a phone the side panel is a bottom sheet under the map with three heights: peek (the tabs
 * and a line of the panel), half and full. Its handle: a tap or Enter steps it up (from full
 * back to peek), the arrow keys move it up and down, and a swipe on the handle moves it the way
 * of the swipe. Choosing a tab, or a selection that opens one, lifts a peeking sheet to half.
 * The height is the layout's, not the screen's content: it is not in the link.
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../state/react.tsx';

export type SheetSize = 'peek' | 'half' | 'full';
const SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];
const SIZE_WORDS: Record<SheetSize, string> = { peek: 'lowered', half: 'half raised', full: 'raised' };
/** A swipe shorter than this, in CSS pixels, is a tap. */
const SWIPE_PX = 24;

export function SheetHandle({ onSize }: { onSize: (size: SheetSize) => void }) {
  const [size, setSize] = useState<SheetSize>('peek');
  const tab = useAtlas((s) => s.tab);
  const [seenTab, setSeenTab] = useState(tab);
  const start = useRef<number | null>(null);
  /** Set by a swipe, so that the click the browser sends after it does not step the sheet again. */
  const swiped = useRef(false);
  // A new tab lifts a peeking sheet (state adjusted while rendering, as React advises).
  if (tab !== seenTab) {
    setSeenTab(tab);
    if (size === 'peek') setSize('half');
  }
  useEffect(() => { onSize(size); }, [onSize, size]);
  const step = (by: number) => setSize((s) => SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(s) + by))]);
  return (
    <button
      type="button" className="sheet-handle"
      aria-label={`Panels: ${SIZE_WORDS[size]}. Tap to ${size === 'full' ? 'lower' : 'raise'}; arrow keys or a swipe move it.`}
      onClick={() => {
        if (swiped.current) { swiped.current = false; return; }
        setSize((s) => SIZES[(SIZES.indexOf(s) + 1) % SIZES.length]);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') { e.preventDefault(); step(1); }
        else if (e.key === 'ArrowDown') { e.preventDefault(); step(-1); }
      }}
      onPointerDown={(e) => {
        start.current = e.clientY;
        swiped.current = false;
        // The finger leaves the handle as it swipes: keep its events here until it lifts.
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerUp={(e) => {
        const from = start.current;
        start.current = null;
        if (from === null || Math.abs(e.clientY - from) < SWIPE_PX) return;
        swiped.current = true;
        step(e.clientY < from ? 1 : -1);
      }}
      onPointerCancel={() => { start.current = null; }}
    >
      <span aria-hidden="true" className="sheet-grip" />
    </button>
  );
}

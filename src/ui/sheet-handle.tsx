/**
 * On a phone the side panel is a bottom sheet under the map with three heights: peek (the tabs
 * and a line of the panel), half and full. Its handle: a tap or Enter steps it up (from full
 * back to peek), the arrow keys move it up and down, and a swipe on the handle moves it the way
 * of the swipe. Choosing a tab, or a selection that opens one, lifts a peeking sheet to half.
 * The height is the layout's, not the screen's content: it is not in the link.
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../state/react.tsx';
import { useT } from '../i18n/provider.tsx';

export type SheetSize = 'peek' | 'half' | 'full';
const SIZES: readonly SheetSize[] = ['peek', 'half', 'full'];
/** A swipe shorter than this, in CSS pixels, is a tap. */
const SWIPE_PX = 24;

export function SheetHandle({ onSize }: { onSize: (size: SheetSize) => void }) {
  const [size, setSize] = useState<SheetSize>('peek');
  const tab = useAtlas((s) => s.tab);
  const t = useT();
  const [seenTab, setSeenTab] = useState(tab);
  /**
   * Set when a pointer's lift has moved the sheet (a tap or a swipe), so that the click the
   * browser may send after it does not move it again. The lift, not the click, answers a tap:
   * a browser sends no click for a touch it takes for a long press.
   */
  const handled = useRef(false);
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
      aria-label={t('app.sheet.label', { size })}
      onClick={() => {
        if (handled.current) { handled.current = false; return; }
        setSize((s) => SIZES[(SIZES.indexOf(s) + 1) % SIZES.length]);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') { e.preventDefault(); step(1); }
        else if (e.key === 'ArrowDown') { e.preventDefault(); step(-1); }
      }}
      onPointerDown={(e) => {
        const from = e.clientY;
        handled.current = false;
        // The finger leaves the handle as it swipes: its lift is heard on the window.
        const up = (u: PointerEvent) => {
          window.removeEventListener('pointerup', up);
          window.removeEventListener('pointercancel', cancel);
          handled.current = true;
          if (Math.abs(u.clientY - from) < SWIPE_PX) setSize((s) => SIZES[(SIZES.indexOf(s) + 1) % SIZES.length]);
          else step(u.clientY < from ? 1 : -1);
        };
        const cancel = () => {
          window.removeEventListener('pointerup', up);
          window.removeEventListener('pointercancel', cancel);
        };
        window.addEventListener('pointerup', up);
        window.addEventListener('pointercancel', cancel);
      }}
    >
      <span aria-hidden="true" className="sheet-grip" />
    </button>
  );
}

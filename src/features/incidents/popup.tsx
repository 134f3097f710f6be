/**
 * The incident popup: a MapLibre Popup whose content is a DOM node that React renders into
 * through a portal, so every text from the data goes in as text. Non-modal: the map stays usable;
 * Esc (anywhere over the map or in the popup) and the close button close it. When it was opened
 * from the keyboard, focus moves into it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import { useT } from '../../i18n/provider.tsx';

export interface IncidentPopupProps {
  map: MapLibreMap;
  /** The element the popup's content is rendered into: one per section, reused (see IncidentSection). */
  node: HTMLElement;
  /** [lon, lat] the popup points at. */
  at: [number, number];
  /** Id of the element naming the popup, or, failing that, a label. */
  labelledBy?: string;
  label?: string;
  /** Move focus into the popup as it opens: it was opened from the keyboard. */
  focus: boolean;
  /** Pan the map, if need be, so that the popup opens wholly in view (not while the map flies there). */
  fit?: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function IncidentPopup(props: IncidentPopupProps) {
  const { map, at, focus, node } = props;
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  const popup = useRef<Popup | null>(null);
  const onClose = useRef(props.onClose);
  useEffect(() => { onClose.current = props.onClose; }, [props.onClose]);
  const [lon, lat] = at;
  // Where the popup opens; a new position moves it (below) rather than re-making it.
  const openAt = useRef<[number, number]>([lon, lat]);

  useEffect(() => {
    const p = new Popup({
      closeButton: false, closeOnClick: false, focusAfterOpen: false,
      maxWidth: 'min(28rem, calc(100vw - 2rem))', className: 'incident-popup', offset: 14,
    }).setDOMContent(node).setLngLat(openAt.current).addTo(map);
    popup.current = p;
    return () => { p.remove(); popup.current = null; };
  }, [map, node]);

  useEffect(() => { popup.current?.setLngLat([lon, lat]); }, [lon, lat]);

  useEffect(() => {
    const el = map.getContainer();
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose.current();
    };
    el.addEventListener('keydown', key);
    return () => el.removeEventListener('keydown', key);
  }, [map]);

  useEffect(() => { if (focus) body.current?.focus(); }, [focus]);

  const fit = props.fit ?? false;
  useEffect(() => {
    if (!fit) return;
    const place = () => {
      const el = popup.current?.getElement();
      if (!el) return;
      const [dx, dy] = fitOffset(el.getBoundingClientRect(), map.getContainer());
      if (dx || dy) map.panBy([dx, dy]);
    };
    // Opened while the map flies there (from the list, or a link): place it where the flight ends.
    if (map.isMoving()) { map.once('moveend', place); return () => { map.off('moveend', place); }; }
    place();
    return undefined;
  }, [map, fit]);

  return createPortal(
    <div ref={body} className="incident-popup-body" role="dialog" aria-labelledby={props.labelledBy} aria-label={props.labelledBy ? undefined : props.label} tabIndex={-1}>
      <button type="button" className="close incident-popup-close" onClick={() => onClose.current()} aria-label={t('incidents.popup.close')}>×</button>
      {props.children}
    </div>,
    node,
  );
}

/** Keep this far from the map's edges and the controls over it, px. */
const MARGIN = 8;

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * How far to pan the map ([dx, dy] for `panBy`) so that a popup at `r` lies inside the map and
 * clear of the controls drawn over it (elements marked `data-map-overlay`, such as the era
 * timeline), whose buttons it would otherwise cover. Pure DOM geometry.
 */
export function fitOffset(r: DOMRect, container: HTMLElement): [number, number] {
  const box = container.getBoundingClientRect();
  let dx = r.left < box.left + MARGIN ? r.left - box.left - MARGIN : r.right > box.right - MARGIN ? Math.min(r.right - box.right + MARGIN, r.left - box.left - MARGIN) : 0;
  let dy = r.top < box.top + MARGIN ? r.top - box.top - MARGIN : r.bottom > box.bottom - MARGIN ? Math.min(r.bottom - box.bottom + MARGIN, r.top - box.top - MARGIN) : 0;
  const wrap = container.parentElement ?? container;
  for (const o of wrap.querySelectorAll<HTMLElement>('[data-map-overlay]')) {
    const ob = o.getBoundingClientRect();
    const moved = new DOMRect(r.left - dx, r.top - dy, r.width, r.height);
    if (!overlaps(moved, ob)) continue;
    // Below the control if the popup still fits there, else beside it.
    const down = ob.bottom + MARGIN - moved.top;
    if (moved.bottom + down <= box.bottom - MARGIN) dy -= down;
    else dx -= ob.right + MARGIN - moved.left;
  }
  return [dx, dy];
}

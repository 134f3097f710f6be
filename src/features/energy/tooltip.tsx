/** The name of the pipeline or site under the pointer, drawn over the map beside it. */
import { createPortal } from 'react-dom';

export function EnergyTooltip(props: { container: HTMLElement; x: number; y: number; text: string }) {
  return createPortal(
    <div className="tooltip energy-tooltip" style={{ left: props.x + 12, top: props.y + 12 }} aria-hidden="true">{props.text}</div>,
    props.container,
  );
}

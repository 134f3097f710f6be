/** The name of the pipeline or site under the pointer, drawn over the map beside it (kept inside the map). */
import { MapTooltip } from '../../ui/map-tooltip.tsx';

export function EnergyTooltip(props: { container: HTMLElement; x: number; y: number; text: string }) {
  return <MapTooltip container={props.container} x={props.x} y={props.y} className="energy-tooltip">{props.text}</MapTooltip>;
}

/** The names of the hovered island in all three languages, drawn over the map (kept inside the map). */
import type { Names } from '../../geo/types.ts';
import { MapTooltip } from '../../ui/map-tooltip.tsx';

export function HoverTooltip(props: { container: HTMLElement; x: number; y: number; names: Names }) {
  const { names } = props;
  return (
    <MapTooltip container={props.container} x={props.x} y={props.y}>
      <span lang="en">{names.en}</span> · <span lang="ja">{names.ja}</span> · <span lang="ru">{names.ru}</span>
    </MapTooltip>
  );
}

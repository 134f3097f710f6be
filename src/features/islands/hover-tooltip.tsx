/** The names of the hovered island in all three languages, drawn over the map. */
import { createPortal } from 'react-dom';
import type { Names } from '../../geo/types.ts';

export function HoverTooltip(props: { container: HTMLElement; x: number; y: number; names: Names }) {
  const { names } = props;
  return createPortal(
    <div className="tooltip" style={{ left: props.x + 12, top: props.y + 12 }} aria-hidden="true">
      <span lang="en">{names.en}</span> · <span lang="ja">{names.ja}</span> · <span lang="ru">{names.ru}</span>
    </div>,
    props.container,
  );
}

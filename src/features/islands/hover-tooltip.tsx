/**
 * The names of the hovered island drawn over the map (kept inside the map): the name in the
 * interface language first, then the other two, each marked with its language.
 */
import { Fragment } from 'react';
import type { Names } from '../../geo/types.ts';
import { useLanguage } from '../../i18n/provider.tsx';
import { MapTooltip } from '../../ui/map-tooltip.tsx';
import { namesInOrder } from './names.ts';

export function HoverTooltip(props: { container: HTMLElement; x: number; y: number; names: Names }) {
  const lang = useLanguage();
  return (
    <MapTooltip container={props.container} x={props.x} y={props.y}>
      {namesInOrder(props.names, lang).map(([l, name], i) => (
        <Fragment key={l}>{i > 0 && ' · '}<span lang={l}>{name}</span></Fragment>
      ))}
    </MapTooltip>
  );
}

/** The imports' rows of the on-map legend: each layer shown, by its name, with its colour and shapes. */
import { useT } from '../../i18n/provider.tsx';
import { useSlice } from '../../state/react.tsx';
import { PALETTE } from './layers.ts';
import { importSlice } from './state.ts';

export function ImportLegendItems() {
  const { layers } = useSlice(importSlice);
  const t = useT();
  const shown = layers.filter((l) => l.visible);
  if (!shown.length) return null;
  return (
    <li className="map-legend-group">
      <span className="map-legend-group-name">{t('import.legend.group')}</span>
      <ul>
        {shown.map((l) => (
          <li key={l.id}>
            <span className="import-swatch import-swatch-dashed" aria-hidden="true" style={{ borderColor: PALETTE[l.colour % PALETTE.length] }} />
            <span>{l.name}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}

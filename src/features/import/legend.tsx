/**
 * The imports' rows of the on-map legend: each layer shown, by its name, with its colour and the
 * shapes it draws (a lightly filled area with a dashed outline, a line, a dot), as an SVG, which
 * the exported picture and the print sheet draw as the map legend shows it.
 */
import { useT } from '../../i18n/provider.tsx';
import { useSlice } from '../../state/react.tsx';
import { PALETTE } from './layers.ts';
import { importSlice, type ImportedLayer } from './state.ts';

type Kinds = { area: boolean; line: boolean; point: boolean };
const kindsOf = new WeakMap<ImportedLayer['collection'], Kinds>();

/** Which of the three kinds of shape a layer holds (worked out once per file: it may hold 50,000 features). */
function kinds(layer: ImportedLayer): Kinds {
  const known = kindsOf.get(layer.collection);
  if (known) return known;
  const types = new Set(layer.collection.features.map((f) => f.geometry.type));
  const k = {
    area: types.has('Polygon') || types.has('MultiPolygon'),
    line: types.has('LineString') || types.has('MultiLineString'),
    point: types.has('Point') || types.has('MultiPoint'),
  };
  kindsOf.set(layer.collection, k);
  return k;
}

function ImportSymbol({ layer }: { layer: ImportedLayer }) {
  const c = PALETTE[layer.colour % PALETTE.length];
  const k = kinds(layer);
  return (
    <svg width="32" height="16" viewBox="0 0 32 16" aria-hidden="true">
      {k.area ? <rect x="2" y="2" width="28" height="12" fill={c} fillOpacity="0.22" stroke={c} strokeWidth="2" strokeDasharray="4 2" /> : null}
      {k.line ? <line x1="3" y1={k.area ? 8 : 12} x2={k.point ? 22 : 29} y2={k.area ? 8 : 4} stroke={c} strokeWidth="2.5" strokeLinecap="round" /> : null}
      {k.point ? <circle cx="26" cy="8" r="4.5" fill={c} stroke="#ffffff" strokeWidth="1.5" /> : null}
    </svg>
  );
}

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
            <ImportSymbol layer={l} />
            <span>{l.name}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}

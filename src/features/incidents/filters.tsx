/**
 * The type filter (a checkbox per type, with the marker's glyph beside it so that the shape, not
 * only the colour, ties it to the map), the switch to incidents in disputed waters only, and the
 * "all years" switch against following the era.
 */
import { INCIDENT_TYPES, type IncidentType } from './model.ts';
import { INCIDENT_MARKERS } from './layers.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { typeName } from './words.ts';
import { sentenceGap } from '../../i18n/locale.ts';

export interface IncidentFiltersProps {
  types: ReadonlySet<IncidentType>;
  /** How many incidents of each type the data has, for the labels. */
  totals: Readonly<Record<IncidentType, number>>;
  onTypes: (types: ReadonlySet<IncidentType>) => void;
  allYears: boolean;
  onAllYears: (all: boolean) => void;
  disputedOnly: boolean;
  onDisputedOnly: (only: boolean) => void;
  /** How many incidents in the data lie in disputed waters, for the label. */
  disputedTotal: number;
  /** The era's years in words ("1945–today"). */
  eraSpan: string;
}

export function IncidentFilters(props: IncidentFiltersProps) {
  const { types, totals } = props;
  const t = useT();
  const gap = sentenceGap(useLanguage());
  const toggle = (type: IncidentType, on: boolean) => {
    const next = new Set(types);
    if (on) next.add(type);
    else next.delete(type);
    props.onTypes(next);
  };
  const present = INCIDENT_TYPES.filter((k) => totals[k] > 0);
  return (
    <>
      <fieldset className="incident-types">
        <legend>{t('incidents.filters.types')}</legend>
        {present.map((type) => {
          const m = INCIDENT_MARKERS[type];
          return (
            <label key={type}>
              <input type="checkbox" checked={types.has(type)} onChange={(e) => toggle(type, e.target.checked)} />
              <MarkerGlyph className="incident-glyph" shape={m.shape} colour={m.colour} />
              <span>{typeName(t, type)}{gap}<small>{t('incidents.filters.total', { count: totals[type] })}</small></span>
            </label>
          );
        })}
        <div className="incident-type-actions">
          <button type="button" onClick={() => props.onTypes(new Set(INCIDENT_TYPES))} disabled={present.every((k) => types.has(k))}>{t('incidents.filters.allTypes')}</button>
          <button type="button" onClick={() => props.onTypes(new Set())} disabled={present.every((k) => !types.has(k))}>{t('incidents.filters.noTypes')}</button>
        </div>
      </fieldset>
      <label className="incident-disputed-only">
        <input type="checkbox" checked={props.disputedOnly} onChange={(e) => props.onDisputedOnly(e.target.checked)} />
        {t('incidents.filters.disputedOnly')}{gap}<small>{t('incidents.filters.disputedNote', { count: props.disputedTotal })}</small>
      </label>
      <label className="incident-all-years">
        <input type="checkbox" checked={props.allYears} onChange={(e) => props.onAllYears(e.target.checked)} />
        {t('incidents.filters.allYears')}{gap}<small>{props.allYears ? t('incidents.filters.allYearsOn') : t('incidents.filters.allYearsOff', { span: props.eraSpan })}</small>
      </label>
    </>
  );
}

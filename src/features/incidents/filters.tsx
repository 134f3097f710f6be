/**
 * The type filter (a checkbox per type, with the marker's glyph beside it so that the shape, not
 * only the colour, ties it to the map), the switch to incidents in disputed waters only, and the
 * "all years" switch against following the era.
 */
import { INCIDENT_TYPES, type IncidentType } from './model.ts';
import { INCIDENT_MARKERS } from './layers.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';

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
  /** The era's span as the era control words it ("1945–today"). */
  eraSpan: string;
}

export function IncidentFilters(props: IncidentFiltersProps) {
  const { types, totals } = props;
  const toggle = (t: IncidentType, on: boolean) => {
    const next = new Set(types);
    if (on) next.add(t);
    else next.delete(t);
    props.onTypes(next);
  };
  const present = INCIDENT_TYPES.filter((t) => totals[t] > 0);
  return (
    <>
      <fieldset className="incident-types">
        <legend>Types</legend>
        {present.map((t) => {
          const m = INCIDENT_MARKERS[t];
          return (
            <label key={t}>
              <input type="checkbox" checked={types.has(t)} onChange={(e) => toggle(t, e.target.checked)} />
              <MarkerGlyph className="incident-glyph" shape={m.shape} colour={m.colour} />
              <span>{m.label} <small>({totals[t]})</small></span>
            </label>
          );
        })}
        <div className="incident-type-actions">
          <button type="button" onClick={() => props.onTypes(new Set(INCIDENT_TYPES))} disabled={present.every((t) => types.has(t))}>All types</button>
          <button type="button" onClick={() => props.onTypes(new Set())} disabled={present.every((t) => !types.has(t))}>None</button>
        </div>
      </fieldset>
      <label className="incident-disputed-only">
        <input type="checkbox" checked={props.disputedOnly} onChange={(e) => props.onDisputedOnly(e.target.checked)} />
        Only incidents in disputed waters <small>({props.disputedTotal}: where Japan’s and Russia’s positions give the sea to different states)</small>
      </label>
      <label className="incident-all-years">
        <input type="checkbox" checked={props.allYears} onChange={(e) => props.onAllYears(e.target.checked)} />
        All years <small>{props.allYears ? '(not only the era on the map)' : `(else only ${props.eraSpan}, the era on the map)`}</small>
      </label>
    </>
  );
}

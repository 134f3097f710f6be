/**
 * The unit switch of the Measure tab (km, mi, nmi) as a radio group, and the remembered choice.
 */
import { useId } from 'react';
import { DISTANCE_UNITS, parseUnit, UNIT_NAMES, type DistanceUnit } from '../../geo/units.ts';
import { readStored, writeStored } from '../../ui/storage.ts';

const KEY = 'kuril-atlas:unit';

/** The unit chosen last time, else km (storage refused: km, and the choice lasts for the visit). */
export function initialUnit(): DistanceUnit {
  return parseUnit(readStored(KEY)) ?? 'km';
}

export function rememberUnit(unit: DistanceUnit): void {
  writeStored(KEY, unit);
}

export function MeasureUnits(props: { value: DistanceUnit; onChange: (u: DistanceUnit) => void }) {
  const name = useId();
  return (
    <fieldset className="measure-units">
      <legend>Units</legend>
      {DISTANCE_UNITS.map((u) => (
        <label key={u} className={u === props.value ? 'is-selected' : undefined}>
          <input type="radio" name={name} value={u} checked={u === props.value} onChange={() => props.onChange(u)} />
          {u}
          <span className="visually-hidden"> ({UNIT_NAMES[u]})</span>
        </label>
      ))}
    </fieldset>
  );
}

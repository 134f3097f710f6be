/**
 * The unit switch of the Measure tab (km, mi, nmi) as a radio group, and the remembered choice.
 */
import { useId } from 'react';
import { DISTANCE_UNITS, parseUnit, type DistanceUnit } from '../../geo/units.ts';
import { useT } from '../../i18n/provider.tsx';
import type { MessageId } from '../../i18n/ids.ts';
import { readStored, writeStored } from '../../ui/storage.ts';

const KEY = 'kuril-atlas:unit';

/** The unit chosen last time, else km (storage refused: km, and the choice lasts for the visit). */
export function initialUnit(): DistanceUnit {
  return parseUnit(readStored(KEY)) ?? 'km';
}

export function rememberUnit(unit: DistanceUnit): void {
  writeStored(KEY, unit);
}

/** Each unit's short form, and its name in full for screen readers. */
const UNIT_WORDS: Record<DistanceUnit, { short: MessageId; name: MessageId }> = {
  km: { short: 'measure.unit.short.km', name: 'measure.unit.name.km' },
  mi: { short: 'measure.unit.short.mi', name: 'measure.unit.name.mi' },
  nmi: { short: 'measure.unit.short.nmi', name: 'measure.unit.name.nmi' },
};

export function MeasureUnits(props: { value: DistanceUnit; onChange: (u: DistanceUnit) => void }) {
  const name = useId();
  const t = useT();
  return (
    <fieldset className="measure-units">
      <legend>{t('measure.units.legend')}</legend>
      {DISTANCE_UNITS.map((u) => (
        <label key={u} className={u === props.value ? 'is-selected' : undefined}>
          <input type="radio" name={name} value={u} checked={u === props.value} onChange={() => props.onChange(u)} />
          {t(UNIT_WORDS[u].short)}
          <span className="visually-hidden">{t(UNIT_WORDS[u].name)}</span>
        </label>
      ))}
    </fieldset>
  );
}

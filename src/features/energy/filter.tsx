/**
 * The year-opened filter: a slider (arrow keys step a year, Home and End jump to the ends) for
 * "in service by the end of", a switch for the routes and sites that never opened, and how many
 * of each the map now shows.
 */
import { FormattedMessage } from 'react-intl';
import { sliderYear, stateYear, type ShownCounts } from './view.ts';
import { useT } from '../../i18n/provider.tsx';

export interface EnergyFilterProps {
  range: [number, number];
  /** The `energyYear` state (the slider's top end is every year). */
  year: number;
  showUnbuilt: boolean;
  counts: ShownCounts | null;
  onChange: (year: number, showUnbuilt: boolean) => void;
}

const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;

export function EnergyFilter({ range, year, showUnbuilt, counts, onChange }: EnergyFilterProps) {
  const t = useT();
  const at = sliderYear(year, range);
  const all = at >= range[1];
  return (
    <fieldset className="energy-filter">
      <legend>{t('energy.filter.legend')}</legend>
      <label className="energy-year">
        <span>
          <FormattedMessage
            id="energy.filter.year"
            values={{ year: <output htmlFor="energy-year-input" data-testid="energy-year">{t(all ? 'energy.filter.allYears' : 'energy.filter.yearValue', { year: String(all ? range[1] : at) })}</output> }}
          />
        </span>
        <input
          id="energy-year-input" type="range" min={range[0]} max={range[1]} step={1} value={at}
          aria-valuetext={t(all ? 'energy.filter.allYearsValue' : 'energy.filter.yearValue', { year: String(all ? range[1] : at) })}
          onChange={(e) => onChange(stateYear(Number(e.target.value), range), showUnbuilt)}
        />
        <span className="energy-year-ends" aria-hidden="true"><span>{range[0]}</span><span>{range[1]}</span></span>
      </label>
      <label className="energy-unbuilt">
        <input type="checkbox" checked={showUnbuilt} onChange={(e) => onChange(year, e.target.checked)} />
        {t('energy.filter.unbuilt')}
      </label>
      <p className="energy-count" role="status" aria-live="polite" data-testid="energy-count">
        {counts
          ? <FormattedMessage id="energy.filter.count" values={{ ...counts, b: strong }} />
          : t('energy.filter.counting')}
      </p>
    </fieldset>
  );
}

/**
 * The year-opened filter: a slider (arrow keys step a year, Home and End jump to the ends) for
 * "in service by the end of", a switch for the routes and sites that never opened, and how many
 * of each the map now shows.
 */
import { sliderYear, stateYear, type ShownCounts } from './view.ts';

export interface EnergyFilterProps {
  range: [number, number];
  /** The `energyYear` state (the slider's top end is every year). */
  year: number;
  showUnbuilt: boolean;
  counts: ShownCounts | null;
  onChange: (year: number, showUnbuilt: boolean) => void;
}

export function EnergyFilter({ range, year, showUnbuilt, counts, onChange }: EnergyFilterProps) {
  const at = sliderYear(year, range);
  const all = at >= range[1];
  return (
    <fieldset className="energy-filter">
      <legend>Filter by year opened</legend>
      <label className="energy-year">
        <span>In service by the end of <output htmlFor="energy-year-input" data-testid="energy-year">{all ? `${range[1]} (everything built)` : at}</output></span>
        <input
          id="energy-year-input" type="range" min={range[0]} max={range[1]} step={1} value={at}
          aria-valuetext={all ? `${range[1]}, everything built` : String(at)}
          onChange={(e) => onChange(stateYear(Number(e.target.value), range), showUnbuilt)}
        />
        <span className="energy-year-ends" aria-hidden="true"><span>{range[0]}</span><span>{range[1]}</span></span>
      </label>
      <label className="energy-unbuilt">
        <input type="checkbox" checked={showUnbuilt} onChange={(e) => onChange(year, e.target.checked)} />
        Also show routes and sites not in service: proposed, cancelled or being built
      </label>
      <p className="energy-count" role="status" aria-live="polite" data-testid="energy-count">
        {counts
          ? <>Showing <strong>{counts.routes}</strong> of {counts.routesTotal} routes and <strong>{counts.sites}</strong> of {counts.sitesTotal} sites</>
          : 'Counting routes…'}
      </p>
    </fieldset>
  );
}

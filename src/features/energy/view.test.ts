import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FacilityCollection, PipelineCollection, PipelineFeature } from './model.ts';
import { checkFacilities, checkPipelines } from './contract.ts';
import {
  ALL_YEARS, axisMax, compareLength, energyIndex, extentOf, shownCounts, shownFeatures, sliderYear, stateYear, yearRange,
  type EnergyData,
} from './view.ts';

const data: EnergyData = {
  pipelines: JSON.parse(readFileSync('public/data/pipelines.geojson', 'utf8')) as PipelineCollection,
  facilities: JSON.parse(readFileSync('public/data/facilities.geojson', 'utf8')) as FacilityCollection,
};
const pipeline = (id: string) => data.pipelines.features.find((f) => f.properties.id === id) as PipelineFeature;

describe('energy view', () => {
  it('reads the committed data, which passes its contracts', () => {
    expect(checkPipelines(data.pipelines)).toEqual([]);
    expect(checkFacilities(data.facilities)).toEqual([]);
  });

  it('indexes every pipeline and site by id, with no id shared between the files', () => {
    const index = energyIndex(data);
    expect(index.size).toBe(data.pipelines.features.length + data.facilities.features.length);
    expect(index.get('sakhalin-khabarovsk-vladivostok')?.type).toBe('pipeline');
    expect(index.get('prigorodnoye-lng')?.type).toBe('facility');
  });

  it('spans the year control from the first opening (Piltun-Astokhskoye, 1999) to the last (Kovykta, 2022)', () => {
    expect(yearRange(data)).toEqual([1999, 2022]);
  });

  it('maps the top of the slider to every year and back', () => {
    const range = yearRange(data);
    expect(stateYear(2022, range)).toBe(ALL_YEARS);
    expect(stateYear(2008, range)).toBe(2008);
    expect(sliderYear(ALL_YEARS, range)).toBe(2022);
    expect(sliderYear(2008, range)).toBe(2008);
    expect(sliderYear(1900, range)).toBe(1999);
  });

  it('counts what the filter leaves: 2008 drops the Sakhalin–Khabarovsk–Vladivostok line (2011)', () => {
    expect(shownCounts(data, ALL_YEARS, true)).toEqual({ routes: 11, routesTotal: 11, sites: 13, sitesTotal: 13 });
    expect(shownCounts(data, ALL_YEARS, false)).toEqual({ routes: 8, routesTotal: 11, sites: 12, sitesTotal: 13 });
    const in2008 = shownFeatures(data, 2008, false).pipelines.map((f) => f.properties.id);
    expect(in2008).toEqual(['sakhalin-1-chayvo-de-kastri', 'sakhalin-2-tsps-oil']);
    expect(shownCounts(data, 2008, true).routes).toBe(5);
    expect(shownCounts(data, 2010, false).routes).toBe(4);
    expect(shownCounts(data, 2011, false).routes).toBe(5);
    expect(shownFeatures(data, 2011, false).pipelines.map((f) => f.properties.id)).toContain('sakhalin-khabarovsk-vladivostok');
    expect(shownCounts(data, 2008, false)).toEqual({ routes: 2, routesTotal: 11, sites: 5, sitesTotal: 13 });
  });

  it('measures each drawn line on the ellipsoid to the build\'s figure, and compares it with the published length', () => {
    for (const f of data.pipelines.features) {
      const c = compareLength(f);
      expect(c.computedKm, f.properties.id).toBeCloseTo(f.properties.length_km_computed, 1);
      expect(c.diffPct, f.properties.id).toBe(f.properties.length_diff_pct);
      // Outside the tolerance the data must say why.
      if (c.within === false) expect(c.note, f.properties.id).toBeTruthy();
    }
    const skv = compareLength(pipeline('sakhalin-khabarovsk-vladivostok'));
    expect(skv.publishedKm).toBe(1822);
    expect(skv.computedKm).toBeCloseTo(1427, 0);
    expect(skv.diffPct).toBe(-21.7);
    expect(skv.within).toBe(false);
    expect(skv.note).toMatch(/Amur/);
    expect(compareLength(pipeline('sakhalin-1-chayvo-de-kastri')).within).toBe(true);
  });

  it('finds the extent of a line and of a point', () => {
    const [[w, s], [e, n]] = extentOf(pipeline('espo-2-skovorodino-kozmino').geometry);
    expect(w).toBeCloseTo(123.9401, 4);
    expect(e).toBeGreaterThan(133);
    expect(s).toBeCloseTo(42.7161, 4);
    expect(n).toBeCloseTo(53.9837, 4);
    expect(extentOf({ type: 'Point', coordinates: [142.9, 46.6] })).toEqual([[142.9, 46.6], [142.9, 46.6]]);
    expect(extentOf({ type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[-1, 5], [0, 0]]] })).toEqual([[-1, 0], [3, 5]]);
  });

  it('rounds a chart axis up to its step', () => {
    expect(axisMax([4.3, 8.6, 7, 15], 5)).toBe(15);
    expect(axisMax([4.3, 8.6, 7, 15.1], 5)).toBe(20);
    expect(axisMax([3, 4, 14], 5)).toBe(15);
    expect(axisMax([0], 5)).toBe(5);
  });
});

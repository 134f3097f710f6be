/**
 * Data tests for pipelines.geojson and facilities.geojson: the routes end at their real terminals,
 * their lengths agree with the published ones or say why not, the sites sit where their notes
 * say, and every feature cites its sources.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LENGTH_TOLERANCE, lengthAgreement, type FacilityFeature, type PipelineFeature } from '../src/features/energy/model.ts';
import { checkFacilities, checkPipelines } from '../src/features/energy/contract.ts';
import { geodesicDistanceKm, geodesicLengthKm } from '../src/geo/geodesic.ts';
import { pointInShell } from './lib/geometry.ts';
import { serializeCollection } from './lib/write.ts';
import { buildFacilities, buildPipelines, readNameTranslations, type NameTranslations } from './build-energy.ts';
import { pipelineSources } from './sources/pipelines.ts';
import { facilitySources } from './sources/facilities.ts';

const pipelines = buildPipelines();
const facilities = buildFacilities();
const pipe = (id: string): PipelineFeature => {
  const f = pipelines.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no pipeline ${id}`);
  return f;
};
const site = (id: string): FacilityFeature => {
  const f = facilities.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no facility ${id}`);
  return f;
};
const lines = (f: PipelineFeature): Position[][] => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates);
const start = (f: PipelineFeature): Position => lines(f)[0][0];
const end = (f: PipelineFeature): Position => { const l = lines(f); const last = l[l.length - 1]; return last[last.length - 1]; };

// Reference points that are not in this data: towns placed by another author (labels.geojson)
// and GeoNames positions, so an end that drifted from its terminal fails.
const labels = JSON.parse(readFileSync('public/data/labels.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: { coordinates: Position } }[] };
const town = (id: string): Position => {
  const f = labels.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no label ${id}`);
  return f.geometry.coordinates;
};
const GEONAMES: Record<string, Position> = {
  taishet: [97.9896, 55.9328], skovorodino: [123.9401, 53.9837], belogorsk: [128.5124, 50.9124], hitachi: [140.65, 36.6],
  lensk: [114.9345, 60.7238], vitim: [112.5699, 59.4433], zhigalovo: [105.1593, 54.8101], irkutsk: [104.2964, 52.2978],
};
const islands = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: Polygon }[] };
const sakhalin = islands.features.find((f) => f.properties.id === 'sakhalin')!.geometry.coordinates;

/** Distance in km from a point to Sakhalin's coast (its outer ring), on a local flat projection. */
function kmToSakhalinCoast(pt: Position): number {
  const kx = 111.32 * Math.cos((pt[1] * Math.PI) / 180), ky = 110.57;
  let best = Infinity;
  const ring = sakhalin[0];
  for (let i = 1; i < ring.length; i++) {
    const ax = (ring[i - 1][0] - pt[0]) * kx, ay = (ring[i - 1][1] - pt[1]) * ky;
    const bx = (ring[i][0] - pt[0]) * kx, by = (ring[i][1] - pt[1]) * ky;
    const dx = bx - ax, dy = by - ay;
    const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

describe('pipelines.geojson and facilities.geojson', () => {
  it('meet their property contracts', () => {
    expect(checkPipelines(pipelines)).toEqual([]);
    expect(checkFacilities(facilities)).toEqual([]);
  });

  it('have unique ids across both files', () => {
    const ids = [...pipelines.features, ...facilities.features].map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cite at least one source for every feature, and a source for every published length', () => {
    for (const f of [...pipelines.features, ...facilities.features]) expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
    for (const f of pipelines.features) {
      if (f.properties.length_km_published !== null) expect(f.properties.length_source?.publisher, f.properties.id).toBeTruthy();
    }
  });

  it('are committed as a fresh build', () => {
    expect(readFileSync('public/data/pipelines.geojson', 'utf8')).toBe(serializeCollection(pipelines));
    expect(readFileSync('public/data/facilities.geojson', 'utf8')).toBe(serializeCollection(facilities));
  });
});

describe('routes end at their real terminals, upstream first', () => {
  // [pipeline, which end, the terminal, how far it may be in km]
  const cases: [string, 'from' | 'to', () => Position, number][] = [
    ['sakhalin-1-chayvo-de-kastri', 'from', () => site('chayvo-opf').geometry.coordinates, 2],
    ['sakhalin-1-chayvo-de-kastri', 'to', () => site('de-kastri-terminal').geometry.coordinates, 2],
    ['sakhalin-2-tsps-oil', 'to', () => site('prigorodnoye-lng').geometry.coordinates, 2],
    ['sakhalin-2-tsps-gas', 'to', () => site('prigorodnoye-lng').geometry.coordinates, 2],
    ['sakhalin-khabarovsk-vladivostok', 'from', () => town('nogliki'), 10],
    ['sakhalin-khabarovsk-vladivostok', 'to', () => town('vladivostok'), 5],
    ['power-of-siberia-chayanda-blagoveshchensk', 'from', () => site('chayanda-field').geometry.coordinates, 2],
    ['power-of-siberia-chayanda-blagoveshchensk', 'to', () => town('blagoveshchensk'), 5],
    ['power-of-siberia-kovykta-chayanda', 'from', () => site('kovykta-field').geometry.coordinates, 2],
    ['power-of-siberia-kovykta-chayanda', 'to', () => site('chayanda-field').geometry.coordinates, 2],
    ['power-of-siberia-2012-plan', 'from', () => site('chayanda-field').geometry.coordinates, 2],
    ['power-of-siberia-2012-plan', 'to', () => town('vladivostok'), 5],
    ['belogorsk-khabarovsk', 'from', () => GEONAMES.belogorsk, 5],
    ['belogorsk-khabarovsk', 'to', () => town('khabarovsk'), 5],
    ['espo-1-taishet-skovorodino', 'from', () => GEONAMES.taishet, 5],
    ['espo-1-taishet-skovorodino', 'to', () => GEONAMES.skovorodino, 5],
    ['espo-2-skovorodino-kozmino', 'from', () => GEONAMES.skovorodino, 5],
    ['espo-2-skovorodino-kozmino', 'to', () => site('kozmino-terminal').geometry.coordinates, 2],
    ['sakhalin-hokkaido', 'to', () => GEONAMES.hitachi, 5],
  ];
  it.each(cases)('%s: the %s end is at its terminal', (id, which, terminal, km) => {
    const f = pipe(id);
    expect(geodesicDistanceKm(which === 'from' ? start(f) : end(f), terminal())).toBeLessThan(km);
  });

  it('names a facility for an end only where the end is at that facility', () => {
    for (const f of pipelines.features) {
      for (const [key, pt] of [['from_facility', start(f)], ['to_facility', end(f)]] as const) {
        const id = f.properties[key];
        if (id) expect(geodesicDistanceKm(pt, site(id).geometry.coordinates), `${f.properties.id} ${key}`).toBeLessThan(2);
      }
    }
  });

  it('starts the Sakhalin–Hokkaido line at the southern tip of Sakhalin', () => {
    const south = sakhalin[0].reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(geodesicDistanceKm(start(pipe('sakhalin-hokkaido')), south)).toBeLessThan(10);
  });

  it('brings the Sakhalin-2 lines ashore on the north-east coast', () => {
    const landfall = start(pipe('sakhalin-2-tsps-oil'));
    expect(landfall[1]).toBeGreaterThan(52.5);
    expect(kmToSakhalinCoast(landfall)).toBeLessThan(8);
  });

  it('joins the sections of a system end to start', () => {
    expect(end(pipe('espo-1-taishet-skovorodino'))).toEqual(start(pipe('espo-2-skovorodino-kozmino')));
    expect(end(pipe('power-of-siberia-kovykta-chayanda'))).toEqual(start(pipe('power-of-siberia-chayanda-blagoveshchensk')));
  });

  it('follows corridors, not straight lines between the ends', () => {
    for (const f of pipelines.features) {
      const direct = geodesicDistanceKm(start(f), end(f));
      expect(f.properties.via.length, f.properties.id).toBeGreaterThan(0);
      expect(f.properties.length_km_computed, f.properties.id).toBeGreaterThan(direct * 1.02);
    }
  });
});

describe('lengths', () => {
  it('stores the geodesic length of the drawn line', () => {
    for (const f of pipelines.features) {
      expect(f.properties.length_km_computed, f.properties.id).toBeCloseTo(geodesicLengthKm(f.geometry.coordinates), 1);
    }
  });

  it('agree with the published lengths within the tolerance, or say why not', () => {
    for (const f of pipelines.features) {
      const p = f.properties;
      if (p.length_km_published === null) continue;
      const { within, diffPct } = lengthAgreement(p.length_km_published, p.length_km_computed);
      expect(p.length_diff_pct, p.id).toBe(diffPct);
      if (!within) expect(p.length_note, `${p.id} is ${diffPct}% off`).toMatch(/\d/);
    }
  });

  it('keeps the well-documented routes within the tolerance', () => {
    for (const id of ['sakhalin-1-chayvo-de-kastri', 'sakhalin-2-tsps-oil', 'power-of-siberia-chayanda-blagoveshchensk',
      'espo-1-taishet-skovorodino', 'espo-2-skovorodino-kozmino', 'power-of-siberia-2012-plan', 'sakhalin-hokkaido']) {
      const p = pipe(id).properties;
      expect(lengthAgreement(p.length_km_published!, p.length_km_computed).within, `${id}: ${p.length_diff_pct}%`).toBe(true);
    }
  });

  it('matches the published Trans-Sakhalin sections: landfall–OPF 172 km, OPF–booster station 2 319 km, OPF–Prigorodnoye 637 km', () => {
    const wps = pipelineSources.find((s) => s.id === 'sakhalin-2-tsps-oil')!.parts[0];
    const at = (prefix: string) => wps.findIndex((w) => w.name.startsWith(prefix));
    const km = (a: number, b: number) => geodesicLengthKm(wps.slice(a, b + 1).map((w) => w.at));
    const opf = at('Sakhalin-2 onshore'), bs2 = at('Gastello'), last = wps.length - 1;
    expect(opf).toBeGreaterThan(0);
    expect(lengthAgreement(172, km(0, opf)).within).toBe(true);
    expect(lengthAgreement(319, km(opf, bs2)).within).toBe(true);
    expect(lengthAgreement(637, km(opf, last)).within).toBe(true);
    expect(LENGTH_TOLERANCE.longer).toBeLessThan(LENGTH_TOLERANCE.shorter);
  });
});

describe('facilities sit where their notes say', () => {
  it('places Prigorodnoye and Kozmino at their published coordinates', () => {
    expect(site('prigorodnoye-lng').geometry.coordinates).toEqual([142.9028, 46.6275]);
    expect(site('kozmino-terminal').geometry.coordinates).toEqual([133.0172, 42.7161]);
    expect(site('prigorodnoye-lng').properties.location_precision).toBe('exact');
  });

  it('places Chayanda about 150 km from Lensk and 130 km from Vitim', () => {
    const at = site('chayanda-field').geometry.coordinates;
    expect(geodesicDistanceKm(at, GEONAMES.lensk)).toBeCloseTo(150, -1);
    expect(geodesicDistanceKm(at, GEONAMES.vitim)).toBeCloseTo(130, -1);
    expect(site('chayanda-field').properties.location_precision).not.toBe('exact');
  });

  it('places Kovykta within the published distances of Zhigalovo and Irkutsk', () => {
    const at = site('kovykta-field').geometry.coordinates;
    expect(geodesicDistanceKm(at, GEONAMES.zhigalovo)).toBeLessThan(112);
    const fromIrkutsk = geodesicDistanceKm(at, GEONAMES.irkutsk);
    expect(fromIrkutsk).toBeGreaterThan(340);
    expect(fromIrkutsk).toBeLessThan(460);
  });

  // Offshore distances the operators publish, with the allowance our coastline and rounding need.
  it.each([
    ['piltun-astokhskoye-field', 16, 4], ['arkutun-dagi-field', 25, 4], ['chayvo-field', 8, 4], ['odoptu-field', 8, 4], ['lunskoye-field', 15, 5],
  ] as const)('puts %s offshore, about %i km from the coast', (id, km, tol) => {
    const at = site(id).geometry.coordinates;
    expect(pointInShell(at, sakhalin)).toBe(false);
    expect(Math.abs(kmToSakhalinCoast(at) - km)).toBeLessThan(tol);
  });

  it.each(['sakhalin-2-opf', 'chayvo-opf'])('puts %s on Sakhalin', (id) => {
    expect(pointInShell(site(id).geometry.coordinates, sakhalin)).toBe(true);
  });

  it('carries the article’s figures where they belong', () => {
    const figs = (id: string) => site(id).properties.figures.map((f) => `${f.label}: ${f.value}`).join('\n');
    expect(figs('prigorodnoye-lng')).toMatch(/First LNG cargo to Japan: .*April 2009/);
    expect(figs('prigorodnoye-lng')).toMatch(/earmarked for Japan: About 60%/);
    expect(figs('chayanda-field')).toMatch(/Recoverable gas reserves: 1\.24 trillion m³/);
    expect(site('chayanda-field').properties.figures[0].source.publisher).toBe('Yomiuri Shimbun');
  });
});

describe('the names in Japanese and Russian', () => {
  const allNames = [...pipelineSources, ...facilitySources].map((s) => s.name);
  /** Made-up translations of every name but `except`: the build must take them, not invent them. */
  const tables = (except = ''): NameTranslations => ({
    ja: new Map(allNames.filter((n) => n !== except).map((n) => [n, `ja:${n}`])),
    ru: new Map(allNames.filter((n) => n !== except).map((n) => [n, `ru:${n}`])),
  });

  it('come from the translations for every pipeline and site, and land in name_ja and name_ru', () => {
    const named = [...buildPipelines(tables()).features, ...buildFacilities(tables()).features];
    expect(named).toHaveLength(allNames.length);
    for (const f of named) expect([f.properties.name_ja, f.properties.name_ru]).toEqual([`ja:${f.properties.name}`, `ru:${f.properties.name}`]);
  });

  it('fail the build where one has no translation, naming it', () => {
    const pipe = pipelineSources[3].name;
    expect(() => buildPipelines(tables(pipe))).toThrow(new RegExp(`ja: “${pipe}”.*ru: “${pipe}”`));
    const siteName = facilitySources[0].name;
    expect(() => buildFacilities(tables(siteName))).toThrow(siteName);
    expect(() => buildPipelines(tables(siteName))).not.toThrow();
  });

  it('are read from the translators\' files, every file of a language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kuril-names-'));
    try {
      for (const lang of ['ja', 'ru']) {
        mkdirSync(join(dir, lang));
        writeFileSync(join(dir, lang, 'energy.json'), JSON.stringify({ 'Kovykta gas field': lang === 'ja' ? 'コビクタ・ガス田' : 'Ковыктинское газовое месторождение' }));
        writeFileSync(join(dir, lang, 'other.json'), JSON.stringify({ 'Odoptu oil field (Sakhalin-1)': `${lang}: Odoptu` }));
      }
      const names = readNameTranslations(dir);
      expect(names.ja.get('Kovykta gas field')).toBe('コビクタ・ガス田');
      expect(names.ru.get('Odoptu oil field (Sakhalin-1)')).toBe('ru: Odoptu');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

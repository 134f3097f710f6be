/**
 * maritime.geojson against the exact distances it was traced from: every vertex of every line
 * and zone, not a sample, lies on the line it claims to within 0.1 km.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import {
  coastDistances, nearStraitEdge, seaCoasts, SEA_VIEWS, sidesInView, viewsDifferField, zoneAt, zoneLimitKm, ZONE_KINDS,
  type SeaState, type SeaView,
} from '../src/geo/sea.ts';
import { checkMaritime, type MaritimeFeature } from '../src/features/sea/contract.ts';
import type { IslandCollection } from '../src/geo/types.ts';
import { SEA_GRID, runsOf } from './build-maritime.ts';
import { crossCheck } from './crosscheck-maritime.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as T;
const coasts = seaCoasts(read<FeatureCollection>('land.geojson'), read<IslandCollection>('islands.geojson'));
const maritime = read<{ type: 'FeatureCollection'; features: MaritimeFeature[] }>('maritime.geojson');
const TOL_KM = 0.1;

const viewsOf = (v: SeaView | 'both'): SeaView[] => (v === 'both' ? [...SEA_VIEWS] : [v]);
const other = (s: SeaState): SeaState => (s === 'japan' ? 'russia' : 'japan');
const onFrame = ([x, y]: Position) => {
  const [w, s, e, n] = SEA_GRID.box;
  return Math.abs(x - w) < 1e-6 || Math.abs(x - e) < 1e-6 || Math.abs(y - s) < 1e-6 || Math.abs(y - n) < 1e-6;
};
const lineVertices = (f: MaritimeFeature): Position[] =>
  f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : [];

describe('maritime.geojson', () => {
  it('passes its contract', () => {
    expect(checkMaritime(maritime)).toEqual([]);
  });

  it('has every zone of both states, their limits and the median line, in both positions', () => {
    const keys = new Set(maritime.features.map((f) => `${f.properties.kind}/${f.properties.state ?? '-'}/${f.properties.view}`));
    for (const kind of ZONE_KINDS) {
      for (const state of ['japan', 'russia']) {
        expect(keys.has(`${kind}/${state}/both`), `${kind} of ${state}, both`).toBe(true);
        expect(keys.has(`limit/${state}/both`), `${state}'s limits, both`).toBe(true);
      }
    }
    for (const view of ['both', 'japan', 'russia']) expect(keys.has(`median-line/-/${view}`), `median line, ${view}`).toBe(true);
  });

  it('puts every vertex of a limit line at the zone breadth from its state\'s nearest coast, within 0.1 km', () => {
    let checked = 0, straitJoins = 0, worst = 0;
    for (const f of maritime.features.filter((x) => x.properties.kind === 'limit')) {
      const { state, zone, view } = f.properties;
      for (const p of lineVertices(f)) {
        const d = coastDistances(p, coasts);
        for (const v of viewsOf(view)) {
          const err = Math.abs(sidesInView(d, v)[state!] - zoneLimitKm(state!, zone!, p));
          if (err > TOL_KM && zone === 'territorial-sea' && state === 'japan' && nearStraitEdge(p)) {
            straitJoins++;
            continue;
          }
          expect(err, `${state} ${zone} limit (${v}) at ${p.join(',')}`).toBeLessThanOrEqual(TOL_KM);
          worst = Math.max(worst, err);
          checked++;
        }
      }
    }
    console.log(`limit lines: ${checked} vertex checks, largest error ${(worst * 1000).toFixed(1)} m; ${straitJoins} on the edges of the 3-mile straits`);
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts every vertex of the median line equally far from the two sides\' nearest coasts, within 0.1 km', () => {
    let checked = 0, worst = 0;
    for (const f of maritime.features.filter((x) => x.properties.kind === 'median-line')) {
      for (const p of lineVertices(f)) {
        const d = coastDistances(p, coasts);
        for (const v of viewsOf(f.properties.view)) {
          const s = sidesInView(d, v);
          const err = Math.abs(s.japan - s.russia);
          expect(err, `median (${v}) at ${p.join(',')}`).toBeLessThanOrEqual(TOL_KM);
          worst = Math.max(worst, err);
          checked++;
        }
      }
    }
    console.log(`median line: ${checked} vertex checks, largest error ${(worst * 1000).toFixed(1)} m`);
    expect(checked).toBeGreaterThan(100);
  });

  it('bounds every zone by its limit, the median line, the seam between the positions, the straits or the grid\'s edge', () => {
    const counts = { limit: 0, median: 0, seam: 0, strait: 0, frame: 0 };
    for (const f of maritime.features.filter((x) => x.geometry.type === 'MultiPolygon' || x.geometry.type === 'Polygon')) {
      const { state, kind, view } = f.properties;
      const rings = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : (f.geometry.coordinates as Position[][]);
      for (const p of rings.flat()) {
        if (onFrame(p)) { counts.frame++; continue; }
        const d = coastDistances(p, coasts);
        const mask = Math.abs(viewsDifferField(d, state));
        const s = sidesInView(d, view === 'both' ? 'japan' : view);
        const limitErr = Math.abs(s[state!] - zoneLimitKm(state!, kind as (typeof ZONE_KINDS)[number], p));
        const medianErr = Math.abs(s[state!] - s[other(state!)]);
        if (limitErr <= TOL_KM) counts.limit++;
        else if (medianErr <= TOL_KM) counts.median++;
        else if (mask <= TOL_KM) counts.seam++;
        else if (nearStraitEdge(p)) counts.strait++;
        else expect.fail(`${state} ${kind} (${view}) vertex ${p.join(',')} is on no line: limit ${limitErr.toFixed(3)}, median ${medianErr.toFixed(3)}, seam ${mask.toFixed(3)} km off`);
      }
    }
    console.log(`zone vertices: ${JSON.stringify(counts)}`);
    expect(counts.limit).toBeGreaterThan(1000);
    expect(counts.median).toBeGreaterThan(100);
  });

  it('never lets the two states\' zones overlap within one position', () => {
    const zones = maritime.features.filter((f) => f.properties.kind === 'territorial-sea' || f.properties.kind === 'eez');
    let overlaps = 0, tested = 0;
    // A lattice over the frontier's straits and seas, offset from the grid's own nodes.
    for (let lon = 139.013; lon < 156; lon += 0.31) {
      for (let lat = 41.017; lat < 52; lat += 0.23) {
        for (const view of SEA_VIEWS) {
          for (const kind of ['territorial-sea', 'eez']) {
            const holders = zones.filter((f) => f.properties.kind === kind && (f.properties.view === 'both' || f.properties.view === view)
              && booleanPointInPolygon([lon, lat], f.geometry as never)).map((f) => f.properties.state);
            if (new Set(holders).size > 1) overlaps++;
            tested++;
          }
        }
      }
    }
    expect(tested).toBeGreaterThan(5000);
    expect(overlaps).toBe(0);
  });
});

describe('which waters (the exact test the zones are traced from)', () => {
  it('puts a point 10 km off Kunashir in Russia\'s territorial sea in Russia\'s view and in Japan\'s in Japan\'s', () => {
    // Off Kunashir's Pacific coast, 9.8 km from its nearest shore.
    const p: Position = [146.0, 44.02];
    const d = coastDistances(p, coasts);
    expect(d.disputed).toBeGreaterThan(8);
    expect(d.disputed).toBeLessThan(12);
    expect(zoneAt(p, d, 'russia')).toEqual({ state: 'russia', kind: 'territorial-sea' });
    expect(zoneAt(p, d, 'japan')).toEqual({ state: 'japan', kind: 'territorial-sea' });
  });

  it('leaves the middle of La Pérouse Strait outside both territorial seas: Japan keeps 3 miles there', () => {
    // 16 km off Cape Sōya's side and 27 km off Sakhalin's: the corridor between Japan's 3-mile
    // limit and the median line.
    const p: Position = [142.05, 45.65];
    const d = coastDistances(p, coasts);
    for (const view of SEA_VIEWS) {
      const z = zoneAt(p, d, view);
      expect(z?.kind, `${view}: ${JSON.stringify(z)}`).not.toBe('territorial-sea');
    }
    // Without the strait rule, Japan's 12 miles would reach it.
    expect(d.japan).toBeLessThan(22.224);
  });

  it('agrees in both positions everywhere north of Urup', () => {
    let n = 0;
    for (let lon = 149.5; lon < 158; lon += 0.37) {
      for (let lat = 46.3; lat < 51; lat += 0.29) {
        const d = coastDistances([lon, lat], coasts);
        expect(zoneAt([lon, lat], d, 'japan'), `${lon},${lat}`).toEqual(zoneAt([lon, lat], d, 'russia'));
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });
});

describe('runsOf', () => {
  it('cuts a closed ring into the runs that hold, joined across the ring\'s start', () => {
    expect(runsOf([1, 1, 0, 1, 1, 1, 0, 1, 1], (x) => x === 1)).toEqual([[1, 1, 1], [1, 1, 1]]);
    expect(runsOf([1, 1, 1, 1], (x) => x === 1)).toEqual([[1, 1, 1, 1]]);
    expect(runsOf([0, 1, 0, 0], (x) => x === 1)).toEqual([]);
  });
});

describe('the cross-check against OpenStreetMap\'s published 12-mile lines', () => {
  it('puts most published vertices within 0.2 km of the computed limit, and explains the rest by straight baselines', () => {
    const [japan, russia] = crossCheck(coasts);
    for (const c of [japan, russia]) {
      console.log(`${c.state}: ${c.n} vertices, mean ${c.meanKm.toFixed(2)} km, median ${c.medianKm.toFixed(2)} km, 95% ${c.p95Km.toFixed(2)} km, largest ${c.maxKm.toFixed(1)} km at ${c.maxAt.join(', ')}`);
      expect(c.n).toBeGreaterThan(500);
      expect(c.medianKm).toBeLessThan(0.2);
      expect(c.meanKm).toBeLessThan(2.5);
    }
  });
});

describe('between the vertices', () => {
  it('keeps the segments of the limits and the median line on their line at their midpoints: all but a few at sharp cusps within 0.2 km', () => {
    let checked = 0, worst = 0, where = '';
    const wide: string[] = [];
    for (const f of maritime.features.filter((x) => x.properties.kind === 'limit' || x.properties.kind === 'median-line')) {
      const { kind, state, zone, view } = f.properties;
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
      for (const line of lines) {
        for (let i = 1; i < line.length; i++) {
          const m: Position = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
          if (kind === 'limit' && zone === 'territorial-sea' && state === 'japan' && (nearStraitEdge(line[i - 1], 0.5) || nearStraitEdge(line[i], 0.5))) continue;
          const d = coastDistances(m, coasts);
          const s = sidesInView(d, view === 'both' ? 'japan' : view);
          // The field's value: the distance off a limit, twice at most the distance off the median line.
          const off = kind === 'limit' ? Math.abs(s[state!] - zoneLimitKm(state!, zone!, m)) : Math.abs(s.japan - s.russia) / 2;
          if (off > worst) { worst = off; where = `${kind} ${state ?? ''} ${zone ?? ''} (${view}) at ${m.join(',')}`; }
          if (off > 0.2) wide.push(`${kind} ${zone ?? ''} ${m.map((x) => x.toFixed(3)).join(',')} ${off.toFixed(2)}`);
          checked++;
        }
      }
    }
    console.log(`segment midpoints: ${checked} checked, largest ${(worst * 1000).toFixed(0)} m off (${where}); over 0.2 km: ${wide.length}\n${wide.join('\n')}`);
    expect(checked).toBeGreaterThan(5000);
    // Where two coasts' limits meet at a sharp angle (Moneron's territorial sea against
    // Sakhalin's), the refinement's splits can land on the cusp's other arm: a handful of chords
    // stay up to 2 km off. Everything else is within 0.2 km.
    expect(wide.length, wide.join('; ')).toBeLessThanOrEqual(10);
    expect(worst, where).toBeLessThanOrEqual(2.5);
  });
});

/**
 * The Measure tab: the shortest coast-to-coast distance between two places (searched by any name,
 * or one of the classic presets), a path clicked or keyed on the map with its lengths and, closed,
 * its area, and an island's area beside the published figure. One measurement is shown at a
 * time, in one status readout, in the unit chosen. `?measure=<a>,<b>` opens on a distance, and
 * measuring a distance writes it back.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import turfBbox from '@turf/bbox';
import { coastToCoast, type CoastToCoast } from '../../geo/nearest.ts';
import { MEASURE_PRESETS } from '../../geo/places.ts';
import { addPoint, measurePath, removeLastPoint } from '../../geo/path.ts';
import { areaReadout, distanceReadout, pathReadout, type Readout } from '../../geo/readout.ts';
import type { IslandCollection, IslandFeature } from '../../geo/types.ts';
import type { DistanceUnit } from '../../geo/units.ts';
import { distanceFeatures, emptyMeasure, pathFeatures } from './layers.ts';
import { bindPathTool } from './interaction.ts';
import { fitMeasurement, setMeasureData } from './view.ts';
import type { Notice } from '../../ui/notices.tsx';
import { readParam, writeParam } from '../../ui/url-params.ts';
import { readMeasureLink } from './link.ts';
import { MeasurePlaceBox } from './place-box.tsx';
import { MeasureReadout } from './readout.tsx';
import { initialUnit, MeasureUnits, rememberUnit } from './units.tsx';
import { MeasureCentreMark, MeasurePathTool } from './path-tool.tsx';

type Shown =
  | { kind: 'none' }
  | { kind: 'distance'; a: IslandFeature; b: IslandFeature; result: CoastToCoast }
  | { kind: 'area'; island: IslandFeature }
  | { kind: 'path'; points: Position[]; closed: boolean };

const NONE: Shown = { kind: 'none' };
const NEW_PATH: Shown = { kind: 'path', points: [], closed: false };
const NO_ISLANDS: IslandFeature[] = [];

export interface MeasureSectionProps {
  map: MapLibreMap | null;
  islands: IslandCollection | null;
  notify: (n: Notice) => void;
  /** False while another tab is shown: the path tool lets go of the map's clicks then. */
  active?: boolean;
}

export function MeasureSection(props: MeasureSectionProps) {
  const { map, notify, active = true } = props;
  const islands = props.islands?.features ?? NO_ISLANDS;
  const [unit, setUnit] = useState<DistanceUnit>(initialUnit);
  const [shown, setShown] = useState<Shown>(NONE);
  const [from, setFrom] = useState<IslandFeature | null>(null);
  const [to, setTo] = useState<IslandFeature | null>(null);
  const [areaOf, setAreaOf] = useState<IslandFeature | null>(null);
  const [pathOn, setPathOn] = useState(false);
  // The ?measure= of the address, until the islands have arrived to resolve it.
  const [linked, setLinked] = useState(() => readParam(window.location.search, 'measure'));

  const measured = useMemo(() => (shown.kind === 'path' ? measurePath(shown.points, { closed: shown.closed }) : null), [shown]);
  const readout: Readout | null = useMemo(() => {
    if (shown.kind === 'distance') return distanceReadout(shown.a, shown.b, shown.result, { unit });
    if (shown.kind === 'area') return areaReadout(shown.island, { unit });
    if (measured) return pathReadout(measured, { unit });
    return null;
  }, [shown, measured, unit]);

  const measurePair = useCallback((a: IslandFeature, b: IslandFeature, opts: { jump?: boolean } = {}) => {
    const result = coastToCoast(a, b);
    setPathOn(false);
    setShown({ kind: 'distance', a, b, result });
    writeParam('measure', `${a.properties.id},${b.properties.id}`);
    if (map) fitMeasurement(map, result.points, opts);
  }, [map]);

  const chooseFrom = (f: IslandFeature) => { setFrom(f); if (to) measurePair(f, to); };
  const chooseTo = (f: IslandFeature) => { setTo(f); if (from) measurePair(from, f); };
  const preset = (a: string, b: string) => {
    const fa = islands.find((f) => f.properties.id === a);
    const fb = islands.find((f) => f.properties.id === b);
    if (!fa || !fb) return;
    setFrom(fa);
    setTo(fb);
    measurePair(fa, fb);
  };
  const chooseArea = (f: IslandFeature) => {
    setAreaOf(f);
    setPathOn(false);
    setShown({ kind: 'area', island: f });
    writeParam('measure', null);
    if (map) {
      const [w, s, e, n] = turfBbox(f);
      fitMeasurement(map, [[w, s], [e, n]], { maxZoom: 9 });
    }
  };

  // The path: every change goes through these, from the map, the keys and the buttons alike.
  const addAt = useCallback((p: Position) => {
    setShown((s) => (s.kind === 'path' && !s.closed ? { ...s, points: addPoint(s.points, p) } : { kind: 'path', points: [[p[0], p[1]]], closed: false }));
  }, []);
  const undo = useCallback(() => setShown((s) => (s.kind === 'path' && !s.closed ? { ...s, points: removeLastPoint(s.points) } : s)), []);
  const togglePath = () => {
    if (pathOn) { setPathOn(false); return; }
    setShown(NEW_PATH);
    setPathOn(true);
    writeParam('measure', null);
  };
  const closePath = () => {
    setShown((s) => (s.kind === 'path' && s.points.length >= 3 ? { ...s, closed: true } : s));
    setPathOn(false);
  };
  const clearPath = () => setShown(pathOn ? NEW_PATH : NONE);
  const addCentre = () => {
    if (!map) return;
    const c = map.getCenter();
    addAt([c.lng, c.lat]);
  };

  // Every tab stays mounted: leaving this one ends the path, so clicks go back to the other tabs.
  useEffect(() => { if (!active) setPathOn(false); }, [active]);

  useEffect(() => {
    if (!map || !pathOn) return;
    return bindPathTool(map, { onPoint: addAt, onUndo: undo, onEnd: () => setPathOn(false) });
  }, [map, pathOn, addAt, undo]);

  // The map draws what the readout says, in the same unit.
  useEffect(() => {
    if (!map) return;
    setMeasureData(map, 'distance', shown.kind === 'distance' ? distanceFeatures(shown.result, unit) : emptyMeasure());
    setMeasureData(map, 'path', measured ? pathFeatures(measured, unit) : emptyMeasure());
  }, [map, shown, measured, unit]);

  useEffect(() => {
    if (!map) return;
    return () => {
      // The section is going (tabs stay mounted, so only with the app): its drawing and link go too.
      try {
        setMeasureData(map, 'distance', emptyMeasure());
        setMeasureData(map, 'path', emptyMeasure());
      } catch { /* removed with the app */ }
      writeParam('measure', null);
    };
  }, [map]);

  // Resolve ?measure= once the islands are in; an unknown name is reported and the rest kept.
  useEffect(() => {
    if (!linked || !map || !islands.length) return;
    setLinked(null);
    const r = readMeasureLink(linked, islands);
    setFrom(r.a);
    setTo(r.b);
    if (r.notice) {
      notify({ id: 'measure', text: r.notice });
      writeParam('measure', null);
    }
    if (r.a && r.b) measurePair(r.a, r.b, { jump: true });
  }, [linked, map, islands, notify, measurePair]);

  const pathCount = shown.kind === 'path' ? shown.points.length : 0;
  return (
    <div className="measure-section">
      <p className="measure-intro">Distances are the shortest between the coasts, and areas are on the WGS84 ellipsoid.</p>
      <MeasureUnits value={unit} onChange={(u) => { setUnit(u); rememberUnit(u); }} />
      <MeasureReadout
        readout={readout}
        // A link's measurement waits for the islands, which load after the first view.
        empty={linked ? 'Measuring the link’s two places…' : 'Nothing measured yet. Choose two places, a preset, a path or an island below.'}
      />

      <section className="measure-group" aria-labelledby="measure-between-title">
        <h3 id="measure-between-title">Between two places</h3>
        <MeasurePlaceBox label="From" islands={islands} value={from} onChange={chooseFrom} />
        <MeasurePlaceBox label="To" islands={islands} value={to} onChange={chooseTo} />
        <h4>Classic questions</h4>
        <ul className="measure-presets">
          {MEASURE_PRESETS.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              <button type="button" onClick={() => preset(p.a, p.b)} disabled={!islands.length}>{p.label}</button>
            </li>
          ))}
        </ul>
      </section>

      <MeasurePathTool
        active={pathOn} count={pathCount} closed={shown.kind === 'path' && shown.closed}
        onToggle={togglePath} onAddCentre={addCentre} onUndo={undo} onClose={closePath} onClear={clearPath}
      />

      <section className="measure-group" aria-labelledby="measure-area-title">
        <h3 id="measure-area-title">Area of…</h3>
        <MeasurePlaceBox label="Island" islands={islands} value={areaOf} onChange={chooseArea} />
      </section>
      {map && pathOn && <MeasureCentreMark container={map.getContainer()} />}
    </div>
  );
}

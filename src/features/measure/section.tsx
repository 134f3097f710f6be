/**
 * The Measure tab: the readout, the unit, two places coast to coast (boxes that take names in
 * English, Japanese and Russian, and presets), a path clicked on the map, and an island's area.
 * What is measured lives in the store (and so in the link); this panel reads it and dispatches.
 */
import { useMemo } from 'react';
import { MEASURE_PRESETS } from '../../geo/places.ts';
import { areaReadout, distanceReadout, pathReadout, type Readout, type Words } from '../../geo/readout.ts';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import type { MessageId } from '../../i18n/ids.ts';
import type { IslandFeature } from '../../geo/types.ts';
import { setCore, setSlice } from '../../state/store.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { CLOSE_RADIUS_PX, closesPath, PATH_TOOL } from './interaction.ts';
import { hasResult, measureSlice, NONE, withPathClosed, withPoint, type PathPoint } from './state.ts';
import { computedOf, showMeasurement } from './computed.ts';
import { MeasurePlaceBox } from './place-box.tsx';
import { MeasureReadout } from './readout.tsx';
import { MeasureUnits, rememberUnit } from './units.tsx';
import { MeasureCentreMark, MeasurePathTool } from './path-tool.tsx';

const NO_ISLANDS: IslandFeature[] = [];

/** Each preset's label: the two islands' names and the strait or cape between them. */
const PRESET_LABEL: Record<string, MessageId> = {
  'kunashir-hokkaido': 'measure.preset.kunashir-hokkaido',
  'suisho-hokkaido': 'measure.preset.suisho-hokkaido',
  'iturup-urup': 'measure.preset.iturup-urup',
  'sakhalin-hokkaido': 'measure.preset.sakhalin-hokkaido',
  'shumshu-kamchatka': 'measure.preset.shumshu-kamchatka',
};

export function MeasureSection({ map, islands: collection }: SectionProps) {
  const store = useAtlasStore();
  const islands = collection?.features ?? NO_ISLANDS;
  const { shown, from, to, areaOf, unit } = useSlice(measureSlice);
  const computed = useAtlas(computedOf);
  const pathOn = useAtlas((s) => s.tool === PATH_TOOL);
  const find = (id: string | null) => (id ? islands.find((f) => f.properties.id === id) ?? null : null);
  const t = useT();
  const lang = useLanguage();
  const words: Words = useMemo(() => ({ say: t, lang }), [t, lang]);

  const readout: Readout | null = useMemo(() => {
    if (computed.kind === 'distance') return distanceReadout(words, computed.a, computed.b, computed.result, { unit });
    if (computed.kind === 'area') return areaReadout(words, computed.island, { unit });
    if (computed.kind === 'path') return pathReadout(words, computed.path, { unit });
    return null;
  }, [computed, unit, words]);
  const presetLabel = (a: string, b: string) => {
    const id = PRESET_LABEL[`${a}-${b}`];
    const name = (x: string) => find(x)?.properties.name[lang] ?? x;
    return id ? t(id, { a: name(a), b: name(b) }) : `${name(a)} – ${name(b)}`;
  };

  const measurePair = (a: IslandFeature, b: IslandFeature) => {
    setCore(store, { tool: null });
    setSlice(store, measureSlice, { from: a.properties.id, to: b.properties.id, shown: { kind: 'pair', a: a.properties.id, b: b.properties.id } });
    showMeasurement(store, computedOf(store.getState()));
  };
  const chooseFrom = (f: IslandFeature) => { const b = find(to); if (b) measurePair(f, b); else setSlice(store, measureSlice, { from: f.properties.id }); };
  const chooseTo = (f: IslandFeature) => { const a = find(from); if (a) measurePair(a, f); else setSlice(store, measureSlice, { to: f.properties.id }); };
  const preset = (a: string, b: string) => {
    const fa = find(a);
    const fb = find(b);
    if (fa && fb) measurePair(fa, fb);
  };
  const chooseArea = (f: IslandFeature) => {
    setCore(store, { tool: null });
    setSlice(store, measureSlice, { areaOf: f.properties.id, shown: { kind: 'area', island: f.properties.id } });
    showMeasurement(store, computedOf(store.getState()));
  };

  const togglePath = () => {
    if (pathOn) { setCore(store, { tool: null }); return; }
    setSlice(store, measureSlice, { shown: { kind: 'path', points: [], closed: false } });
    setCore(store, { tool: PATH_TOOL });
  };
  const editPath = (edit: (points: readonly PathPoint[]) => readonly PathPoint[]) =>
    setSlice(store, measureSlice, (m) => (m.shown.kind === 'path' && !m.shown.closed ? { shown: { ...m.shown, points: edit(m.shown.points) } } : {}));
  const closePath = () => {
    setSlice(store, measureSlice, (m) => ({ shown: withPathClosed(m.shown) }));
    setCore(store, { tool: null });
  };
  const clearPath = () => setSlice(store, measureSlice, { shown: pathOn ? { kind: 'path', points: [], closed: false } : NONE });
  const addCentre = () => {
    if (!map) return;
    const c = map.getCenter();
    // As Enter and P do: the centre on the first point closes the path.
    const open = shown.kind === 'path' && !shown.closed ? shown.points : [];
    if (closesPath(open, map.project(c), (p) => map.project(p), CLOSE_RADIUS_PX.mouse)) { closePath(); return; }
    setSlice(store, measureSlice, (m) => ({ shown: withPoint(m.shown, c.lng, c.lat) }));
  };

  // A link's places are resolved once the islands are in (./ui.tsx); until then, say so.
  const waiting = (shown.kind === 'pair' || shown.kind === 'area') && computed.kind === 'none';
  const pathCount = shown.kind === 'path' ? shown.points.length : 0;
  return (
    <div className="measure-section">
      <p className="measure-intro">{t('measure.intro')}</p>
      <MeasureUnits value={unit} onChange={(u) => { setSlice(store, measureSlice, { unit: u }); rememberUnit(u); }} />
      <MeasureReadout
        readout={readout} copyable={readout !== null && hasResult(shown)}
        empty={t(waiting ? 'measure.empty.waiting' : 'measure.empty.none')}
      />

      <section className="measure-group" aria-labelledby="measure-between-title">
        <h2 id="measure-between-title">{t('measure.between.title')}</h2>
        <MeasurePlaceBox label={t('measure.from')} islands={islands} value={find(from)} onChange={chooseFrom} />
        <MeasurePlaceBox label={t('measure.to')} islands={islands} value={find(to)} onChange={chooseTo} />
        <h3>{t('measure.presets.title')}</h3>
        <ul className="measure-presets">
          {MEASURE_PRESETS.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              <button type="button" onClick={() => preset(p.a, p.b)} disabled={!islands.length}>{presetLabel(p.a, p.b)}</button>
            </li>
          ))}
        </ul>
      </section>

      <MeasurePathTool
        active={pathOn} count={pathCount} closed={shown.kind === 'path' && shown.closed}
        onToggle={togglePath} onAddCentre={addCentre} onUndo={() => editPath((pts) => pts.slice(0, -1))} onClose={closePath} onClear={clearPath}
      />

      <section className="measure-group" aria-labelledby="measure-area-title">
        <h2 id="measure-area-title">{t('measure.area.title')}</h2>
        <MeasurePlaceBox label={t('measure.area.island')} islands={islands} value={find(areaOf)} onChange={chooseArea} />
      </section>
      {map && pathOn && <MeasureCentreMark container={map.getContainer()} />}
    </div>
  );
}

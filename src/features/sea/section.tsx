/**
 * The Sea tab: the point of view, the key to the zones' lines, and "which waters is this?" for a
 * point clicked, tapped or asked for with W.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { prepareWaters, watersAt, type WatersIndex } from '../../geo/waters.ts';
import type { IslandCollection, Source } from '../../geo/types.ts';
import { STATE_COLORS } from '../../map/palette.ts';
import { setCore, setSlice } from '../../state/store.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import { loadDataFile } from '../../ui/data-file.ts';
import type { SectionProps } from '../../ui/feature.ts';
import { PovControl } from '../../ui/pov-control.tsx';
import { SourceCite } from '../../ui/source-cite.tsx';
import { checkLand, type MaritimeCollection } from './contract.ts';
import { LIMIT_WIDTH, MEDIAN_STYLE, TERRITORIAL_OPACITY } from './layers.ts';
import { watersReadout } from './readout.ts';
import { round5, seaSlice } from './state.ts';
import { inSeaBox as inBounds, SEA_BOX as SEA_BOUNDS } from '../../geo/sea-box.ts';
import './sea.css';

let land: Promise<FeatureCollection> | null = null;
/** land.geojson, fetched once when the first question is asked (the map has it cached). */
const loadLand = () => (land ??= loadDataFile<FeatureCollection>('land.geojson', checkLand).catch((e: unknown) => { land = null; throw e; }));

let prepared: { islands: IslandCollection; maritime: MaritimeCollection; index: WatersIndex } | null = null;

function useWatersIndex(islands: IslandCollection | null, maritime: MaritimeCollection | null, wanted: boolean): { index: WatersIndex | null; error: string | null } {
  const [state, setState] = useState<{ index: WatersIndex | null; error: string | null }>({ index: null, error: null });
  const ready = prepared && prepared.islands === islands && prepared.maritime === maritime ? prepared.index : null;
  useEffect(() => {
    if (!wanted || !islands || !maritime || ready) return;
    let cancelled = false;
    loadLand()
      .then((l) => {
        if (cancelled) return;
        const index = prepareWaters(l, islands, maritime);
        prepared = { islands, maritime, index };
        setState({ index, error: null });
      })
      .catch((e: unknown) => { if (!cancelled) setState({ index: null, error: e instanceof Error ? e.message : String(e) }); });
    return () => { cancelled = true; };
  }, [islands, maritime, wanted, ready]);
  return ready ? { index: ready, error: null } : state;
}


export function SeaSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  const { data, point } = useSlice(seaSlice);
  const era = useAtlas((s) => s.era);
  const pov = useAtlas((s) => s.pov);
  const maritime = data.kind === 'ready' ? data.data : null;
  const { index, error } = useWatersIndex(islands, maritime, point !== null);
  const nameOf = useMemo(() => {
    const names = new Map((islands?.features ?? []).map((f) => [f.properties.id, f.properties.name.en]));
    return (id: string) => names.get(id) ?? id;
  }, [islands]);
  const readout = useMemo(() => {
    if (!index || !point || !inBounds(point)) return null;
    return watersReadout(watersAt(index, point), pov, nameOf);
  }, [index, point, pov, nameOf]);
  const sources = useMemo(() => uniqueSources(maritime), [maritime]);

  const askCentre = () => {
    if (!map) return;
    const c = map.getCenter();
    setSlice(store, seaSlice, { point: [round5(c.lng), round5(c.lat)] });
  };

  return (
    <>
      <p className="intro">
        Where does one side’s sea end and the other’s begin? The lines are measured from the coasts
        the atlas draws: the territorial sea reaches 12 nautical miles (22.2 km) out, the contiguous
        zone 24, the exclusive economic zone 200, and where two sides’ zones meet, the median line
        divides them. Around the four islands the answer depends on whose they are.
      </p>
      <PovControl id="sea" />
      {era !== '1945' && (
        <div className="sea-era-note" role="note">
          <p>
            These zones belong to 1945–today. Before, the two sides measured the sea differently:
            Japan held to a 3-mile territorial sea until 1977, while the Soviet Union claimed 12
            miles from 1927, a standing cause of seizures of Japanese boats. Neither claimed a
            200-mile zone before 1976–77: the Soviet Union then set a 200-mile fishing zone, and
            Japan widened its territorial sea to 12 miles and set its own fishing zone in 1977.
          </p>
          <ul className="sources">
            {HISTORY_SOURCES.map((s) => <li key={s.title}><SourceCite source={s} /></li>)}
          </ul>
          <button type="button" onClick={() => setCore(store, { era: '1945' })}>Show 1945–today</button>
        </div>
      )}
      <section className="panel sea-key" aria-labelledby="sea-key-title">
        <h2 id="sea-key-title">What the lines mean</h2>
        <ul>
          <li><Swatch fill={STATE_COLORS.japan} />Japan’s territorial sea (12 miles; 3 in the Sōya and Tsugaru straits)</li>
          <li><Swatch fill={STATE_COLORS.russia} />Russia’s territorial sea (12 miles)</li>
          <li><Swatch line={LIMIT_WIDTH['contiguous-zone']} />Contiguous zone limit, 24 miles (thin line, each side’s colour)</li>
          <li><Swatch line={LIMIT_WIDTH.eez} />EEZ limit, 200 miles (medium line, each side’s colour)</li>
          <li><Swatch dashed />Median line between the two sides (dotted)</li>
        </ul>
      </section>
      <section className="panel sea-waters" aria-labelledby="sea-waters-title">
        <h2 id="sea-waters-title">Which waters is this?</h2>
        <p>Click or tap the sea on the map, or press W, for the point at the map’s centre.</p>
        <div className="sea-waters-actions">
          <button type="button" onClick={askCentre} disabled={!map}>Ask about the map’s centre</button>
          {point && <button type="button" onClick={() => setSlice(store, seaSlice, { point: null })}>Clear</button>}
        </div>
        <div role="status" aria-live="polite" aria-label="Which waters" className="sea-waters-body">
          {point && !inBounds(point) && <p>That point lies outside the frontier’s seas the atlas computes zones for ({SEA_BOUNDS.west}–{SEA_BOUNDS.east}°E, {SEA_BOUNDS.south}–{SEA_BOUNDS.north}°N).</p>}
          {point && inBounds(point) && !readout && (error ? <p className="error">The coasts could not be loaded ({error}).</p> : data.kind === 'error' ? <p className="error">{data.message}</p> : <p>Measuring…</p>)}
          {readout && (
            <>
              <p className="sea-waters-title">{readout.title}</p>
              <p className="sea-waters-headline">{readout.headline}</p>
              {readout.coasts && <p>{readout.coasts}</p>}
              {readout.positions.length > 0 && (
                <dl>
                  {readout.positions.map((p) => (
                    <div key={p.label}><dt>{p.label}</dt><dd>{p.text}</dd></div>
                  ))}
                </dl>
              )}
              {readout.dispute && <p className="sea-waters-dispute">{readout.dispute}</p>}
            </>
          )}
        </div>
      </section>
      <section className="panel sea-method" aria-labelledby="sea-method-title">
        <h2 id="sea-method-title">How the lines were drawn</h2>
        <p>
          Every vertex lies within 0.1 km of the exact line, measured on the WGS84 ellipsoid from the
          coastline as OpenStreetMap draws it (about the low-water line). Neither side’s straight
          baselines are in the data, so the official limits lie farther out where a baseline closes
          a bay or runs outside islets (across the Kuril chain, off western Kamchatka). These are
          not the official charts of either state.
        </p>
        {sources.length > 0 && (
          <ul className="sources">
            {sources.map((s) => <li key={`${s.publisher}|${s.title}`}><SourceCite source={s} /></li>)}
          </ul>
        )}
      </section>
    </>
  );
}

/** Where the note on the zones' history comes from. */
const HISTORY_SOURCES: Source[] = [
  { publisher: 'Nippon Foundation (Japan Maritime Public Relations Center)', title: '領海法と漁業水域に関する暫定措置法 (the 1977 Territorial Sea Law and the provisional fishing zone law)', date: '1996', url: 'https://nippon.zaidan.info/seikabutsu/1996/00165/02/contents/02-018.htm' },
  { publisher: 'Central Executive Committee and Council of People’s Commissars of the USSR', title: 'Положение об охране государственных границ Союза ССР (regulation on the protection of the state borders: a 12-mile belt of territorial waters)', date: '1927-06-15' },
  { publisher: 'Presidium of the Supreme Soviet of the USSR', title: 'Указ «О временных мерах по сохранению живых ресурсов и регулированию рыболовства в морских районах, прилегающих к побережью СССР» (the 200-mile fishing zone, in force 1 March 1977)', date: '1976-12-10' },
];

function uniqueSources(m: MaritimeCollection | null): Source[] {
  const seen = new Map<string, Source>();
  for (const f of m?.features ?? []) for (const s of f.properties.sources) seen.set(`${s.publisher}|${s.title}`, s);
  return [...seen.values()];
}

/** A key's sample of a fill, a line or the dashed median, drawn as the map draws it. */
export function Swatch(props: { fill?: string; line?: number; dashed?: boolean }) {
  return (
    <svg className="swatch" width="28" height="14" aria-hidden="true">
      {props.fill && <rect x="1" y="1" width="26" height="12" fill={props.fill} fillOpacity={TERRITORIAL_OPACITY} stroke={props.fill} strokeWidth={LIMIT_WIDTH['territorial-sea']} />}
      {props.line !== undefined && (
        <>
          <line x1="1" y1="4" x2="27" y2="4" stroke={STATE_COLORS.japan} strokeWidth={props.line} />
          <line x1="1" y1="10" x2="27" y2="10" stroke={STATE_COLORS.russia} strokeWidth={props.line} />
        </>
      )}
      {props.dashed && <line x1="3" y1="7" x2="27" y2="7" stroke={MEDIAN_STYLE.color} strokeWidth={MEDIAN_STYLE.width} strokeLinecap="round" strokeDasharray={MEDIAN_STYLE.dash.map((d) => d * MEDIAN_STYLE.width).join(' ')} />}
    </svg>
  );
}

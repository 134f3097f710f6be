/**
 * The Sea tab: the point of view, the key to the zones' lines, and "which waters is this?" for a
 * point clicked, tapped or asked for with W.
 */
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { FeatureCollection } from 'geojson';
import { prepareWaters, watersAt, type WatersIndex } from '../../geo/waters.ts';
import type { IslandCollection, Source } from '../../geo/types.ts';
import { STATE_COLORS } from '../../map/palette.ts';
import { setCore, setSlice } from '../../state/store.ts';
import { useAtlas, useAtlasStore, useSlice } from '../../state/react.tsx';
import { loadDataFile, reasonOf } from '../../ui/data-file.ts';
import { useLanguage, useLocalised, useT } from '../../i18n/provider.tsx';
import { writeMessage } from '../../i18n/write-message.ts';
import type { Words } from '../../geo/readout.ts';
import type { NoticeValue } from '../../state/store.ts';
import type { SectionProps } from '../../ui/feature.ts';
import { PovControl } from '../../ui/pov-control.tsx';
import { SourceCite } from '../../ui/source-cite.tsx';
import { checkLand, type MaritimeCollection } from './contract.ts';
import { LIMIT_WIDTH, MEDIAN_STYLE, TERRITORIAL_OPACITY } from './layers.ts';
import { KIND_KEY, watersReadout } from './readout.ts';
import { round5, seaSlice } from './state.ts';
import { inSeaBox as inBounds, SEA_BOX as SEA_BOUNDS } from '../../geo/sea-box.ts';
import './sea.css';

let land: Promise<FeatureCollection> | null = null;
/** land.geojson, fetched once when the first question is asked (the map has it cached). */
const loadLand = () => (land ??= loadDataFile<FeatureCollection>('land.geojson', checkLand).catch((e: unknown) => { land = null; throw e; }));

let prepared: { islands: IslandCollection; maritime: MaritimeCollection; index: WatersIndex } | null = null;

function useWatersIndex(islands: IslandCollection | null, maritime: MaritimeCollection | null, wanted: boolean): { index: WatersIndex | null; error: NoticeValue | null } {
  const [state, setState] = useState<{ index: WatersIndex | null; error: NoticeValue | null }>({ index: null, error: null });
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
      .catch((e: unknown) => { if (!cancelled) setState({ index: null, error: reasonOf(e) }); });
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
  const t = useT();
  const intl = useIntl();
  const lang = useLanguage();
  const words: Words = useMemo(() => ({ say: t, lang }), [t, lang]);
  const nameOf = useMemo(() => {
    const names = new Map((islands?.features ?? []).map((f) => [f.properties.id, f.properties.name[lang]]));
    return (id: string) => names.get(id) ?? id;
  }, [islands, lang]);
  const readout = useMemo(() => {
    if (!index || !point || !inBounds(point)) return null;
    return watersReadout(words, watersAt(index, point), pov, nameOf);
  }, [index, point, pov, nameOf, words]);
  const sources = useMemo(() => uniqueSources(maritime), [maritime]);
  const methods = useMethods(maritime);
  const dataError = data.kind === 'error' ? (data.notice ? writeMessage(intl, data.notice) : data.message) : null;

  const askCentre = () => {
    if (!map) return;
    const c = map.getCenter();
    setSlice(store, seaSlice, { point: [round5(c.lng), round5(c.lat)] });
  };

  return (
    <>
      <p className="intro">{t('sea.intro')}</p>
      <PovControl id="sea" />
      {era !== '1945' && (
        <div className="sea-era-note" role="note">
          <p>{t('sea.eraNote')}</p>
          <ul className="sources">
            {HISTORY_SOURCES.map((s) => <li key={s.title}><SourceCite source={s} /></li>)}
          </ul>
          <button type="button" onClick={() => setCore(store, { era: '1945' })}>{t('sea.showToday')}</button>
        </div>
      )}
      <section className="panel sea-key" aria-labelledby="sea-key-title">
        <h2 id="sea-key-title">{t('sea.key.title')}</h2>
        <ul>
          <li><Swatch fill={STATE_COLORS.japan} />{t('sea.key.japanSea')}</li>
          <li><Swatch fill={STATE_COLORS.russia} />{t('sea.key.russiaSea')}</li>
          <li><Swatch line={LIMIT_WIDTH['contiguous-zone']} />{t('sea.key.contiguous')}</li>
          <li><Swatch line={LIMIT_WIDTH.eez} />{t('sea.key.eez')}</li>
          <li><Swatch dashed />{t('sea.key.median')}</li>
        </ul>
      </section>
      <section className="panel sea-waters" aria-labelledby="sea-waters-title">
        <h2 id="sea-waters-title">{t('sea.waters.title')}</h2>
        <p>{t('sea.waters.how')}</p>
        <div className="sea-waters-actions">
          <button type="button" onClick={askCentre} disabled={!map}>{t('sea.waters.askCentre')}</button>
          {point && <button type="button" onClick={() => setSlice(store, seaSlice, { point: null })}>{t('sea.waters.clear')}</button>}
        </div>
        <div role="status" aria-live="polite" aria-label={t('sea.waters.label')} className="sea-waters-body">
          {point && !inBounds(point) && <p>{t('sea.waters.outside', { west: SEA_BOUNDS.west, east: SEA_BOUNDS.east, south: SEA_BOUNDS.south, north: SEA_BOUNDS.north })}</p>}
          {point && inBounds(point) && !readout && (error !== null
            ? <p className="error">{writeMessage(intl, { message: 'sea.waters.coastsFailed', values: { reason: error } })}</p>
            : dataError !== null ? <p className="error">{dataError}</p> : <p>{t('sea.waters.measuring')}</p>)}
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
        <h2 id="sea-method-title">{t('sea.method.title')}</h2>
        <p>{t('sea.method.text')}</p>
        {methods.length > 0 && (
          <details className="sea-methods">
            <summary>{t('sea.method.each')}</summary>
            <dl>
              {methods.map((m) => <div key={m.kind}><dt>{t('sea.method.kind', { kind: m.kind })}</dt><dd>{m.method}</dd></div>)}
            </dl>
          </details>
        )}
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

/** Each kind of line's method, from the data, in the interface language (the data's own texts, translated at build time). */
function useMethods(maritime: MaritimeCollection | null): { kind: string; method: string }[] {
  const localised = useLocalised('maritime.geojson', maritime);
  return useMemo(() => {
    const seen = new Map<string, string>();
    for (const f of localised?.features ?? []) {
      const p = f.properties;
      const kind = p.kind === 'limit' ? 'limit' : p.kind === 'median-line' ? 'median' : KIND_KEY[p.kind];
      if (!seen.has(kind)) seen.set(kind, p.method);
    }
    return ['territorial', 'contiguous', 'eez', 'limit', 'median'].flatMap((k) => (seen.has(k) ? [{ kind: k, method: seen.get(k)! }] : []));
  }, [localised]);
}

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

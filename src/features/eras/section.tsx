/**
 * The Borders tab: the era panel and legend for the chosen era, and the switch into the
 * side-by-side comparison. It loads eras.geojson itself (the map has its own copy in the
 * worker) to measure the land that changed hands.
 */
import { useDeferredValue, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import turfBbox from '@turf/bbox';
import { ERA_IDS, type EraId, type EraLandCollection, type EraTexts } from '../../geo/eras.ts';
import { checkEraTexts } from '../../geo/era-texts.ts';
import { eraPanel, type EraPanel } from './panel-data.ts';
import { checkEraLand } from './contract.ts';
import { defaultCompareEra } from './compare-map.ts';
import { notify, requestCamera, setCore, type AtlasStore } from '../../state/store.ts';
import { useAtlas, useAtlasStore } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { EraPanelView } from './panel.tsx';
import { EraLegend } from './legend.tsx';
import { PovControl } from '../../ui/pov-control.tsx';
import { loadDataFile, useDataFile, type DataState } from '../../ui/data-file.ts';
import { islandNamer } from '../../geo/island-names.ts';
import { useLocalised } from '../../i18n/provider.tsx';
import { useEraWords } from './use-era-words.ts';

/**
 * eras.geojson and era-texts.json, for the panels (the map loads its own copy), once `start` is
 * true. A failure is told in a notice in the reader's language; the state keeps the reason.
 */
function useEraLand(store: AtlasStore, start: boolean): DataState<{ land: EraLandCollection; texts: EraTexts }> {
  return useDataFile({
    start, noticeId: 'eras',
    failure: 'eras.notice.loadFailed', notify: (n) => notify(store, n),
    load: async () => {
      const [land, texts] = await Promise.all([
        loadDataFile<EraLandCollection>('eras.geojson', checkEraLand),
        loadDataFile<EraTexts>('era-texts.json', checkEraTexts),
      ]);
      return { land, texts };
    },
    describe: (reason) => reason,
  });
}

export function EraSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  // The panel follows a switch a moment later: the map's frame comes first.
  const era = useDeferredValue(useAtlas((s) => s.era));
  const compare = useAtlas((s) => s.compare);
  const onEra = (e: EraId) => setCore(store, { era: e });
  const onCompare = (e: EraId | null) => setCore(store, { compare: e });
  const w = useEraWords();
  const { t, lang } = w;
  const land = useEraLand(store, map !== null);
  const name = useMemo(() => islandNamer(islands, lang), [islands, lang]);
  const texts = useLocalised('era-texts.json', land.kind === 'ready' ? land.data.texts : null);
  // All four at once, when the data arrives: switching eras then costs a lookup, not a measurement.
  const panels = useMemo(() => {
    if (land.kind !== 'ready' || !texts) return null;
    return new Map<EraId, EraPanel>(ERA_IDS.map((id) => [id, eraPanel(id, land.data.land, texts)]));
  }, [land, texts]);
  const panel = panels?.get(era) ?? null;

  const showChange = () => {
    if (!panel?.change || land.kind !== 'ready') return;
    const moved = new Set(panel.change.transfers.map((t) => t.part));
    const features = land.data.land.features.filter((f) => f.properties.era === era && moved.has(f.properties.part));
    const [w, s, e, n] = turfBbox({ type: 'FeatureCollection', features });
    requestCamera(store, { kind: 'fit', bounds: [[w, s], [e, n]], padding: 60, maxZoom: 8 });
  };

  const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;
  return (
    <>
      <section className="panel era-compare-toggle" aria-label={t('eras.section.label')}>
        <p className="era-section-now"><FormattedMessage id="eras.section.showing" values={{ span: w.span(era), treaty: w.treaty(era), b: strong }} /></p>
        <div className="era-section-actions">
          <button
            type="button" aria-pressed={compare !== null}
            onClick={() => onCompare(compare === null ? defaultCompareEra(era, ERA_IDS) : null)}
          >
            {t(compare === null ? 'eras.section.compare' : 'eras.section.closeCompare')}
          </button>
          {panel?.change && map && <button type="button" onClick={showChange}>{t('eras.section.showChange')}</button>}
          {compare !== null && (
            <button type="button" onClick={() => { onEra(compare); onCompare(era); }}>{t('eras.section.swap')}</button>
          )}
        </div>
        {compare !== null && <p className="era-section-hint"><FormattedMessage id="eras.section.compareHint" values={{ span: w.span(compare), treaty: w.treaty(compare), b: strong }} /></p>}
      </section>
      {era === '1945' && <PovControl id="borders" />}
      {land.kind === 'loading' && <p role="status">{t('eras.section.loading')}</p>}
      {panel && <EraPanelView panel={panel} islandName={name} />}
      <EraLegend era={era} texts={texts} />
    </>
  );
}

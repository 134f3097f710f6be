/**
 * The Borders tab: the era panel and legend for the chosen era, and the switch into the
 * side-by-side comparison. It loads eras.geojson itself (the map has its own copy in the
 * worker) to measure the land that changed hands.
 */
import { useDeferredValue, useMemo } from 'react';
import turfBbox from '@turf/bbox';
import { ERA_IDS, type EraId, type EraLandCollection, type EraTexts } from '../../geo/eras.ts';
import { checkEraTexts } from '../../geo/era-texts.ts';
import { eraPanel, type EraPanel } from './panel-data.ts';
import { checkEraLand } from './contract.ts';
import { defaultCompareEra } from './compare-map.ts';
import { notify, requestCamera, setCore, type Notice } from '../../state/store.ts';
import { useAtlas, useAtlasStore } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { EraPanelView } from './panel.tsx';
import { EraLegend } from './legend.tsx';
import { PovControl } from '../../ui/pov-control.tsx';
import { eraCaption } from './control.tsx';
import { loadDataFile, useDataFile, type DataState } from '../../ui/data-file.ts';
import { islandNamer } from '../../geo/island-names.ts';

/** eras.geojson, for the panels (the map loads its own copy), once `start` is true. */
function useEraLand(notify: (n: Notice) => void, start: boolean): DataState<{ land: EraLandCollection; texts: EraTexts }> {
  return useDataFile({
    start, notify, noticeId: 'eras',
    load: async () => {
      const [land, texts] = await Promise.all([
        loadDataFile<EraLandCollection>('eras.geojson', checkEraLand),
        loadDataFile<EraTexts>('era-texts.json', checkEraTexts),
      ]);
      return { land, texts };
    },
    describe: (reason) => `The border-era data could not be loaded (${reason}); the map still shows the eras, the panel cannot.`,
  });
}

export function EraSection({ map, islands }: SectionProps) {
  const store = useAtlasStore();
  // The panel follows a switch a moment later: the map's frame comes first.
  const era = useDeferredValue(useAtlas((s) => s.era));
  const compare = useAtlas((s) => s.compare);
  const onEra = (e: EraId) => setCore(store, { era: e });
  const onCompare = (e: EraId | null) => setCore(store, { compare: e });
  const land = useEraLand((n) => notify(store, n), map !== null);
  const name = useMemo(() => islandNamer(islands), [islands]);
  // All four at once, when the data arrives: switching eras then costs a lookup, not a measurement.
  const panels = useMemo(() => {
    if (land.kind !== 'ready') return null;
    return new Map<EraId, EraPanel>(ERA_IDS.map((id) => [id, eraPanel(id, land.data.land, land.data.texts, name)]));
  }, [land, name]);
  const panel = panels?.get(era) ?? null;

  const showChange = () => {
    if (!panel?.change || land.kind !== 'ready') return;
    const moved = new Set(panel.change.transfers.map((t) => t.part));
    const features = land.data.land.features.filter((f) => f.properties.era === era && moved.has(f.properties.part));
    const [w, s, e, n] = turfBbox({ type: 'FeatureCollection', features });
    requestCamera(store, { kind: 'fit', bounds: [[w, s], [e, n]], padding: 60, maxZoom: 8 });
  };

  return (
    <>
      <section className="panel era-compare-toggle" aria-label="Compare eras">
        <p className="era-section-now">Showing <strong>{eraCaption(era)}</strong>. Choose the era with the timeline over the map.</p>
        <div className="era-section-actions">
          <button
            type="button" aria-pressed={compare !== null}
            onClick={() => onCompare(compare === null ? defaultCompareEra(era, ERA_IDS) : null)}
          >
            {compare === null ? 'Compare two eras side by side' : 'Close the comparison'}
          </button>
          {panel?.change && map && <button type="button" onClick={showChange}>Show the land that changed</button>}
          {compare !== null && (
            <button type="button" onClick={() => { onEra(compare); onCompare(era); }}>Swap the two sides</button>
          )}
        </div>
        {compare !== null && <p className="era-section-hint">Right of the divider: <strong>{eraCaption(compare)}</strong>. Drag the divider, or focus it and use the arrow keys.</p>}
      </section>
      {era === '1945' && <PovControl id="borders" />}
      {land.kind === 'loading' && <p role="status">Loading the border eras…</p>}
      {panel && <EraPanelView panel={panel} islandName={name} />}
      <EraLegend era={era} texts={land.kind === 'ready' ? land.data.texts : null} />
    </>
  );
}

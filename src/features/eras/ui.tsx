/** The eras' interface: the Borders tab, and over the map the era timeline and the comparison. */
import { setCore } from '../../state/store.ts';
import { useAtlas, useAtlasStore } from '../../state/react.tsx';
import type { FeatureUi, SectionProps } from '../../ui/feature.ts';
import { EraControl } from './control.tsx';
import { EraCompare } from './compare.tsx';
import { EraSection } from './section.tsx';
import { EraLegendItems } from './legend.tsx';

function EraMapOverlay(props: SectionProps) {
  const store = useAtlasStore();
  const era = useAtlas((s) => s.era);
  const comparing = useAtlas((s) => s.compare !== null);
  return (
    <>
      {props.map && comparing && <EraCompare {...props} map={props.map} />}
      <EraControl era={era} onChange={(e) => setCore(store, { era: e })} />
    </>
  );
}

export const erasUi: FeatureUi = { Section: EraSection, MapOverlay: EraMapOverlay, LegendItems: EraLegendItems };

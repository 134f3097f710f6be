/**
 * The point of view on the four islands (1945–today), as a radio group: the land's colours and
 * the sea zones follow it. Shared by the tabs that draw what it changes.
 */
import { POINTS_OF_VIEW, type PointOfView } from '../geo/point-of-view.ts';
import { setCore } from '../state/store.ts';
import { useAtlas, useAtlasStore } from '../state/react.tsx';
import { useLanguage, useT } from '../i18n/provider.tsx';
import { sentenceGap } from '../i18n/locale.ts';
import type { MessageId } from '../i18n/ids.ts';

/** Each point of view's name (catalogue ids), for the control and the legend. */
export const POV_LABEL: Record<PointOfView, MessageId> = {
  water: 'app.pov.water',
  japan: 'app.pov.japan',
  russia: 'app.pov.russia',
};

const POV_NOTE: Record<PointOfView, MessageId> = {
  water: 'app.pov.note.water',
  japan: 'app.pov.note.japan',
  russia: 'app.pov.note.russia',
};

export function PovControl({ id }: { id: string }) {
  const gap = sentenceGap(useLanguage());
  const store = useAtlasStore();
  const pov = useAtlas((s) => s.pov);
  const era = useAtlas((s) => s.era);
  const t = useT();
  return (
    <fieldset className="pov-control">
      <legend>{t('app.pov.legend')}</legend>
      {POINTS_OF_VIEW.map((p) => (
        <label key={p} className={pov === p ? 'is-selected' : undefined}>
          <input type="radio" name={`pov-${id}`} value={p} checked={pov === p} onChange={() => setCore(store, { pov: p })} />
          {t(POV_LABEL[p])}
        </label>
      ))}
      <p className="pov-note">
        {t(POV_NOTE[pov])}{gap}{t('app.pov.both')}
        {era !== '1945' && `${gap}${t('app.pov.earlier')}`}
      </p>
    </fieldset>
  );
}

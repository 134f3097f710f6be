/**
 * The point of view on the four islands (1945–today), as a radio group: the land's colours and
 * the sea zones follow it. Shared by the tabs that draw what it changes.
 */
import { POINTS_OF_VIEW, type PointOfView } from '../geo/point-of-view.ts';
import { setCore } from '../state/store.ts';
import { useAtlas, useAtlasStore } from '../state/react.tsx';

export const POV_LABEL: Record<PointOfView, string> = {
  water: 'On the water today',
  japan: 'Japan’s position',
  russia: 'Russia’s position',
};

const POV_NOTE: Record<PointOfView, string> = {
  water: 'Russia administers the four islands and enforces their waters; Japan claims them (hatched).',
  japan: 'The four islands are Japan’s, and so are the waters around them.',
  russia: 'The four islands are Russia’s, and there is no territorial question.',
};

export function PovControl({ id }: { id: string }) {
  const store = useAtlasStore();
  const pov = useAtlas((s) => s.pov);
  const era = useAtlas((s) => s.era);
  return (
    <fieldset className="pov-control">
      <legend>Point of view on the four islands</legend>
      {POINTS_OF_VIEW.map((p) => (
        <label key={p} className={pov === p ? 'is-selected' : undefined}>
          <input type="radio" name={`pov-${id}`} value={p} checked={pov === p} onChange={() => setCore(store, { pov: p })} />
          {POV_LABEL[p]}
        </label>
      ))}
      <p className="pov-note">
        {POV_NOTE[pov]} Both governments’ positions, with their sources, are in the Borders tab for 1945–today.
        {era !== '1945' && ' It applies to 1945–today; the era shown is earlier.'}
      </p>
    </fieldset>
  );
}

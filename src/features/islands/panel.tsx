/** The info panel of one island: its names in three languages, who holds it, its area. */
import type { IslandFeature } from '../../geo/types.ts';
import { formatArea } from '../../geo/units.ts';

const GROUP_LABEL: Record<string, string> = {
  'northern-territories': 'Southern Kurils / Northern Territories (disputed)',
  kurils: 'Kuril Islands',
  hokkaido: 'Hokkaido and its islands',
  sakhalin: 'Sakhalin and its islands',
  kamchatka: 'Kamchatka and the Commander Islands',
  honshu: 'Honshu',
};

export interface IslandPanelProps {
  island: IslandFeature;
  /** Area computed from the polygon on the ellipsoid, lakes counted as land. */
  computedAreaKm2: number | null;
  onClose: () => void;
}


export function IslandPanel({ island, computedAreaKm2, onClose }: IslandPanelProps) {
  const p = island.properties;
  const disputed = p.claimed_by !== null;
  return (
    <section className="panel island-panel" aria-labelledby="island-title">
      <header>
        <h2 id="island-title">{p.name.en}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close island panel">×</button>
      </header>
      <dl className="names">
        <dt>English</dt><dd lang="en">{p.name.en}</dd>
        <dt>Japanese</dt><dd lang="ja">{p.name.ja}</dd>
        <dt>Russian</dt><dd lang="ru">{p.name.ru}</dd>
        {p.aliases.length > 0 && (<><dt>Also</dt><dd>{p.aliases.join(', ')}</dd></>)}
      </dl>
      <p className="group">{GROUP_LABEL[p.group] ?? p.group}</p>
      <p>
        Administered by <strong>{p.administered_by === 'russia' ? 'Russia' : 'Japan'}</strong>
        {disputed && <> · claimed by <strong>{p.claimed_by === 'japan' ? 'Japan' : 'Russia'}</strong></>}
      </p>
      {disputed && (
        <ul className="positions">
          <li><strong>Japan’s position:</strong> the island is part of Japan’s Northern Territories, under Nemuro Subprefecture of Hokkaido, occupied illegally since 1945; a peace treaty needs the question settled first. <cite>Ministry of Foreign Affairs of Japan, “Japan’s Northern Territories”.</cite></li>
          <li><strong>Russia’s position:</strong> the island is part of Sakhalin Oblast, Russian territory by the outcome of the Second World War, a status Russia considers settled. <cite>Ministry of Foreign Affairs of the Russian Federation, statements on the peace-treaty talks.</cite></li>
        </ul>
      )}
      <dl className="areas">
        <dt>Area (computed)</dt>
        <dd>{computedAreaKm2 === null ? '…' : formatArea(computedAreaKm2)} <small>from the OpenStreetMap coastline on the WGS84 ellipsoid, lakes counted as land</small></dd>
        <dt>Area (published)</dt>
        <dd>{p.published_area_km2 === null ? 'no published figure in our sources' : <>{formatArea(p.published_area_km2)} <cite>{p.area_source}</cite></>}</dd>
      </dl>
    </section>
  );
}

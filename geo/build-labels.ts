/**
 * public/data/labels.geojson: one Point per label, with flat name properties so that a style
 * expression can pick the interface language (`name_en`, `name_ja`, `name_ru`).
 */
import type { FeatureCollection, Point } from 'geojson';
import { islandSources } from './sources/islands.ts';
import { LABEL_SOURCE_NOTE, labelSources, RENAMED_SOURCE, type LabelKind } from './sources/labels.ts';

export interface LabelProps {
  id: string;
  kind: LabelKind | 'island';
  name_en: string;
  name_ja: string;
  name_ru: string;
  rank: number;
  source: string;
  /** The year a town's current name came into use, where it is after 1945 (sources/labels.ts). */
  named?: number;
}

const ISLAND_RANK: Record<string, number> = {
  hokkaido: 1, sakhalin: 1, kamchatka: 1, honshu: 1, iturup: 1, kunashir: 1, urup: 2, shikotan: 2, paramushir: 2,
};

export function buildLabels(): FeatureCollection<Point, LabelProps> {
  const islands = islandSources.map((s) => ({
    type: 'Feature' as const,
    properties: {
      id: s.id, kind: 'island' as const, name_en: s.name.en, name_ja: s.name.ja, name_ru: s.name.ru,
      rank: ISLAND_RANK[s.id] ?? 3,
      source: 'Name forms: Wikipedia (en, ja, ru); placed on the island polygon from OpenStreetMap.',
    },
    geometry: { type: 'Point' as const, coordinates: s.anchor },
  }));
  const others = labelSources.map((s) => ({
    type: 'Feature' as const,
    properties: {
      id: s.id, kind: s.kind, name_en: s.en, name_ja: s.ja, name_ru: s.ru, rank: s.rank,
      ...(s.named ? { named: s.named, source: `${LABEL_SOURCE_NOTE} ${RENAMED_SOURCE}` } : { source: LABEL_SOURCE_NOTE }),
    },
    geometry: { type: 'Point' as const, coordinates: s.at },
  }));
  return { type: 'FeatureCollection', features: [...islands, ...others] };
}

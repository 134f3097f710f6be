/**
 * Finding an island by any of its names: id, English, Japanese and Russian names and aliases,
 * matched without regard to case, accents, letter width or punctuation.
 */
import type { IslandFeature } from './types.ts';

/**
 * The form names are compared in: NFKC (full-width Ｋｕｎａｓｈｉｒ and half-width kana become
 * ordinary), lower case, Latin and Cyrillic accents dropped (ō → o, ё → е, й → и), and
 * spaces, hyphens, dots and apostrophes removed.
 *
 * @example
 * normalizeName('Ｋｕｎａｓｈｉｒｉ-tō'); // 'kunashirito'
 * normalizeName('Зелёный'); // 'зеленыи'
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    // Combining marks of Latin and Cyrillic only: kana voicing marks (U+3099, U+309A) stay.
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-‐‑–—_.'’ʼ`·・()（）]/g, '')
    .normalize('NFC');
}

// Words that mean "island" in a name; a query with or without them finds the same place.
const GENERIC = [/^(?:ostrov|остров)/u, /(?:island|jima|shima|to|島|остров)$/u];

function stripGeneric(key: string): string {
  let out = key;
  for (const re of GENERIC) {
    const next = out.replace(re, '');
    if ([...next].length >= 2) out = next;
  }
  return out;
}

/** Every form an island may be looked up by: its id, its three names and its aliases. */
export function namesOf(island: IslandFeature): string[] {
  const p = island.properties;
  return [p.name.en, p.name.ja, p.name.ru, ...p.aliases, p.id];
}

function keysOf(island: IslandFeature): Set<string> {
  const keys = new Set<string>();
  for (const n of namesOf(island)) {
    const k = normalizeName(n);
    if (!k) continue;
    keys.add(k);
    keys.add(stripGeneric(k));
  }
  return keys;
}

/** Optimal string alignment distance (Levenshtein with adjacent swaps), on code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/** One search hit: the island, how well it matched (lower is better) and the name that matched. */
export interface PlaceMatch {
  island: IslandFeature;
  /** 0 exact, 1 prefix, 2 substring, 3 + edit distance for a near miss. */
  score: number;
  /** The island's own name or alias that matched, as written in the data. */
  matched: string;
}

/** Options for {@link searchPlaces}. */
export interface SearchOptions {
  /** At most this many hits (default 8). */
  limit?: number;
  /** Include near misses by edit distance (default true). */
  fuzzy?: boolean;
}

function bestMatch(query: string, island: IslandFeature, fuzzy: boolean): PlaceMatch | null {
  const q = normalizeName(query);
  if (!q) return null;
  const qs = stripGeneric(q);
  let best: PlaceMatch | null = null;
  const consider = (score: number, matched: string) => {
    if (!best || score < best.score) best = { island, score, matched };
  };
  for (const name of namesOf(island)) {
    const k = normalizeName(name);
    if (!k) continue;
    const ks = stripGeneric(k);
    if (k === q || ks === qs || k === qs || ks === q) consider(0, name);
    else if (k.startsWith(q) || ks.startsWith(qs)) consider(1, name);
    else if (q.length >= 3 && k.includes(q)) consider(2, name);
    else if (fuzzy && qs.length >= 3) {
      // Near misses: about one slip per four letters, compared with and without "island" words.
      const allowed = Math.max(1, Math.floor(qs.length / 4));
      const e = Math.min(editDistance(qs, ks), editDistance(q, k), editDistance(qs, ks.slice(0, qs.length + allowed)));
      if (e <= allowed) consider(3 + e, name);
    }
  }
  return best;
}

/**
 * Islands whose names match `query`, best first: exact matches, then names it begins, then names
 * holding it, then near misses (for a search box's suggestions).
 *
 * @example
 * searchPlaces('kuna', islands).map((m) => m.island.properties.id); // ['kunashir']
 */
export function searchPlaces(query: string, islands: IslandFeature[], opts: SearchOptions = {}): PlaceMatch[] {
  const fuzzy = opts.fuzzy ?? true;
  const hits: PlaceMatch[] = [];
  for (const island of islands) {
    const m = bestMatch(query, island, fuzzy);
    if (m) hits.push(m);
  }
  hits.sort((a, b) => a.score - b.score || a.island.properties.name.en.localeCompare(b.island.properties.name.en));
  return hits.slice(0, opts.limit ?? 8);
}

/** The result of {@link resolvePlace}: one island, or the closest names to offer instead. */
export type ResolvedPlace =
  | { ok: true; island: IslandFeature; matched: string }
  | { ok: false; query: string; suggestions: IslandFeature[] };

/**
 * The one island a name means: an exact match on any name or alias, or a beginning that only
 * one island's names share. Anything else is not guessed at: the result lists the closest
 * islands (by prefix, substring and edit distance) so a message can name them.
 *
 * @example
 * resolvePlace('国後島', islands); // { ok: true, island: kunashir, matched: '国後島' }
 * resolvePlace('Kunashira', islands); // { ok: true, … } (an alias)
 * resolvePlace('Kunasir', islands); // { ok: false, suggestions: [kunashir, …] }
 */
export function resolvePlace(query: string, islands: IslandFeature[]): ResolvedPlace {
  const q = normalizeName(query);
  const exact = islands.filter((f) => keysOf(f).has(q) || keysOf(f).has(stripGeneric(q)));
  if (q && exact.length === 1) {
    const m = bestMatch(query, exact[0], false);
    return { ok: true, island: exact[0], matched: m?.matched ?? exact[0].properties.name.en };
  }
  const hits = searchPlaces(query, islands, { limit: 5 });
  const prefix = hits.filter((h) => h.score <= 1);
  if (!exact.length && prefix.length === 1 && q.length >= 3) return { ok: true, island: prefix[0].island, matched: prefix[0].matched };
  const suggestions = exact.length ? exact : hits.length ? hits.map((h) => h.island) : nearestNames(q, islands);
  return { ok: false, query, suggestions: suggestions.slice(0, 5) };
}

/** The three islands with a name fewest edits away, when nothing is close. */
function nearestNames(q: string, islands: IslandFeature[]): IslandFeature[] {
  if (!q) return [];
  const scored = islands.map((f) => ({ f, d: Math.min(...namesOf(f).map((n) => editDistance(q, normalizeName(n)))) }));
  scored.sort((a, b) => a.d - b.d || a.f.properties.name.en.localeCompare(b.f.properties.name.en));
  return scored.slice(0, 3).map((x) => x.f);
}

/** Classic measurements the atlas offers as one-click presets: island ids and a short label. */
export const MEASURE_PRESETS: readonly { a: string; b: string; label: string }[] = [
  { a: 'kunashir', b: 'hokkaido', label: 'Kunashir – Hokkaido (Notsuke Peninsula)' },
  { a: 'suisho', b: 'hokkaido', label: 'Suisho – Hokkaido (Cape Nosappu)' },
  { a: 'iturup', b: 'urup', label: 'Iturup – Urup (Vries Strait)' },
  { a: 'sakhalin', b: 'hokkaido', label: 'Sakhalin – Hokkaido (La Pérouse Strait)' },
  { a: 'shumshu', b: 'kamchatka', label: 'Shumshu – Kamchatka (First Kuril Strait)' },
];

/** The result of {@link resolvePair}. */
export type ResolvedPair =
  | { ok: true; a: IslandFeature; b: IslandFeature }
  /** `sides`: how each of the two names resolved, or null when the value is not two names. */
  | { ok: false; failed: Extract<ResolvedPlace, { ok: false }>[]; sides: [ResolvedPlace, ResolvedPlace] | null };

/**
 * Reads a pair of places written "a,b" (as in `?measure=kunashir,hokkaido`; ids or any names).
 *
 * @example
 * resolvePair('Кунашир, Hokkaido', islands); // { ok: true, a: kunashir, b: hokkaido }
 */
export function resolvePair(value: string, islands: IslandFeature[]): ResolvedPair {
  const parts = value.split(/[,，、]/).map((s) => s.trim());
  if (parts.length !== 2) {
    return { ok: false, failed: [{ ok: false, query: value, suggestions: [] }], sides: null };
  }
  const [ra, rb] = parts.map((p) => resolvePlace(p, islands));
  if (ra.ok && rb.ok) return { ok: true, a: ra.island, b: rb.island };
  return { ok: false, failed: [ra, rb].filter((r): r is Extract<ResolvedPlace, { ok: false }> => !r.ok), sides: [ra, rb] };
}

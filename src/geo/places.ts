/**
 * Finding an island by any of its names: id, English, Japanese and Russian names and aliases,
 * matched without regard to case, accents, letter width or punctuation.
 */
import type { IslandFeature } from './types.ts';

/**
 * The longest place name the search takes, in UTF-16 code units. The longest name or alias in the
 * data is 19 characters; 64 leaves room for "island" words, spaces and an unusual spelling, and
 * stops a pasted page from reaching the search at all. The search itself is linear in its input
 * (see {@link searchWork}), so the cap is about giving a clear message, not about speed alone.
 */
export const MAX_PLACE_CHARS = 64;

/** A place name too long to search: how many names the text holds, the most it may have, and its length. */
export interface TooLong { places: 1 | 2; max: number; length: number }

/**
 * Whether a place name is longer than {@link MAX_PLACE_CHARS} (null when it is short enough),
 * with the figures a message needs (`measure.place.tooLong`: "A place name has at most 64
 * characters; this one has 10,000."). With `places` = 2, the text holds two names (and a space
 * between them).
 *
 * @example
 * placeTooLong('x'.repeat(10_000)); // { places: 1, max: 64, length: 10000 }
 */
export function placeTooLong(text: string, places: 1 | 2 = 1): TooLong | null {
  const max = places * MAX_PLACE_CHARS + places - 1;
  return text.length <= max ? null : { places, max, length: text.length };
}

// Characters compared or examined by the search so far: a count of work, so tests can hold the
// search to linear growth without timing it.
let work = 0;

/** The search's running count of work (characters examined, edit-distance cells filled). */
export function searchWork(): number {
  return work;
}

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
  work += s.length;
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

/** A name of an island in its compared forms: as normalised, and without "island" words. */
interface Key {
  name: string;
  k: string;
  ks: string;
  /** `k` and `ks` as code points, for the edit distance. */
  kc: string[];
  ksc: string[];
}

// The islands' names do not change while a page or a process runs: normalise them once.
const keyCache = new WeakMap<IslandFeature, Key[]>();

function keysOf(island: IslandFeature): Key[] {
  let keys = keyCache.get(island);
  if (!keys) {
    keys = [];
    for (const name of namesOf(island)) {
      const k = normalizeName(name);
      if (!k) continue;
      const ks = stripGeneric(k);
      keys.push({ name, k, ks, kc: [...k], ksc: [...ks] });
    }
    keyCache.set(island, keys);
  }
  return keys;
}

function hasKey(island: IslandFeature, q: string): boolean {
  return keysOf(island).some((key) => key.k === q || key.ks === q);
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent swaps), on code points. With
 * `max`, the answer is exact up to `max` and `max + 1` stands for anything more; only the band of
 * cells within `max` of the diagonal is filled, so the work is about (2·max + 1) per letter
 * rather than the product of the two lengths.
 *
 * @example
 * editDistance('kunahsir', 'kunashir'); // 1
 * editDistance('kunashir', 'x'.repeat(1000), 2); // 3 (more than 2), without filling 8,000 cells
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  work += a.length + b.length;
  return osa([...a], [...b], max);
}

/** {@link editDistance} on strings already split into code points. */
function osa(s: readonly string[], t: readonly string[], max: number): number {
  const n = s.length;
  const m = t.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  // Three rows: two back for the swap, one back, and the current one. Cells outside the band
  // hold `over`; only the two cells just outside it are ever read, so only they are written.
  let back2 = new Array<number>(m + 1).fill(over);
  let back = new Array<number>(m + 1).fill(over);
  let row = new Array<number>(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, max); j++) back[j] = j;
  let backMin = 0;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    row[0] = i <= max ? i : over;
    if (lo > 1) row[lo - 1] = over;
    if (hi < m) row[hi + 1] = over;
    let rowMin = row[0];
    for (let j = lo; j <= hi; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(back[j] + 1, row[j - 1] + 1, back[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, back2[j - 2] + 1);
      row[j] = Math.min(d, over);
      if (row[j] < rowMin) rowMin = row[j];
    }
    work += hi - lo + 1;
    // Every path to the end passes through this row or the one before it (a swap skips one row).
    if (rowMin > max && backMin > max) return over;
    backMin = rowMin;
    [back2, back, row] = [back, row, back2];
  }
  return Math.min(back[m], over);
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

/** The query in its compared forms, normalised once for every island it is compared with. */
interface Query {
  q: string;
  qs: string;
  qc: string[];
  qsc: string[];
}

function queryOf(text: string): Query {
  const q = normalizeName(text);
  const qs = stripGeneric(q);
  work += q.length + qs.length;
  return { q, qs, qc: [...q], qsc: [...qs] };
}

function bestMatch({ q, qs, qc, qsc }: Query, island: IslandFeature, fuzzy: boolean): PlaceMatch | null {
  if (!q) return null;
  let best: PlaceMatch | null = null;
  const consider = (score: number, matched: string) => {
    if (!best || score < best.score) best = { island, score, matched };
  };
  for (const { name, k, ks, kc, ksc } of keysOf(island)) {
    work += k.length + ks.length;
    if (k === q || ks === qs || k === qs || ks === q) consider(0, name);
    else if (k.startsWith(q) || ks.startsWith(qs)) consider(1, name);
    else if (q.length >= 3 && k.includes(q)) consider(2, name);
    else if (fuzzy && qs.length >= 3) {
      // Near misses: about one slip per four letters, compared with and without "island" words.
      // Bounded by `allowed`, each comparison costs a few cells per letter of the name.
      const allowed = Math.max(1, Math.floor(qs.length / 4));
      const e = Math.min(osa(qsc, ksc, allowed), osa(qc, kc, allowed), osa(qsc, ksc.slice(0, qsc.length + allowed), allowed));
      if (e <= allowed) consider(3 + e, name);
    }
  }
  return best;
}

function searchQuery(query: Query, islands: IslandFeature[], opts: SearchOptions): PlaceMatch[] {
  const fuzzy = opts.fuzzy ?? true;
  const hits: PlaceMatch[] = [];
  for (const island of islands) {
    const m = bestMatch(query, island, fuzzy);
    if (m) hits.push(m);
  }
  hits.sort((a, b) => a.score - b.score || a.island.properties.name.en.localeCompare(b.island.properties.name.en));
  return hits.slice(0, opts.limit ?? 8);
}

/**
 * Islands whose names match `query`, best first: exact matches, then names it begins, then names
 * holding it, then near misses (for a search box's suggestions). The work grows linearly with
 * the query's length; callers facing typed or pasted text check {@link placeTooLong} first.
 *
 * @example
 * searchPlaces('kuna', islands).map((m) => m.island.properties.id); // ['kunashir']
 */
export function searchPlaces(query: string, islands: IslandFeature[], opts: SearchOptions = {}): PlaceMatch[] {
  return searchQuery(queryOf(query), islands, opts);
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
  const parsed = queryOf(query);
  const { q, qs } = parsed;
  const exact = islands.filter((f) => hasKey(f, q) || hasKey(f, qs));
  if (q && exact.length === 1) {
    const m = bestMatch(parsed, exact[0], false);
    return { ok: true, island: exact[0], matched: m?.matched ?? exact[0].properties.name.en };
  }
  const hits = searchQuery(parsed, islands, { limit: 5 });
  const prefix = hits.filter((h) => h.score <= 1);
  if (!exact.length && prefix.length === 1 && q.length >= 3) return { ok: true, island: prefix[0].island, matched: prefix[0].matched };
  const suggestions = exact.length ? exact : hits.length ? hits.map((h) => h.island) : nearestNames(q, islands);
  return { ok: false, query, suggestions: suggestions.slice(0, 5) };
}

/**
 * The three islands with a name fewest edits away, when nothing is close. Distances beyond
 * MAX_PLACE_CHARS count as equal: a name that far off is not a near miss of anything.
 */
function nearestNames(q: string, islands: IslandFeature[]): IslandFeature[] {
  if (!q) return [];
  const qc = [...q];
  const scored = islands.map((f) => ({ f, d: Math.min(...keysOf(f).map((key) => osa(qc, key.kc, MAX_PLACE_CHARS))) }));
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

/** The result of {@link resolveWords}. */
export type ResolvedWords =
  | { ok: true; a: IslandFeature; b: IslandFeature }
  /** More than one split of the words names two islands. */
  | { ok: false; ambiguous: true; failed: [] }
  /** No split does: `failed` holds the plain reading's unknown sides (the first word, the rest). */
  | { ok: false; ambiguous: false; failed: Extract<ResolvedPlace, { ok: false }>[] };

/**
 * Two places from words typed without quotes (`brat chirpoyev urup`): each word alone if there
 * are two, else the one split of the words into two names that both name an island.
 *
 * Linear in the words' length: a side can only resolve when its name is no longer than the
 * longest name the islands have plus the "island" words a query may add, so only splits with
 * both sides that short are tried (a fixed number of them), rather than every split of the text.
 *
 * @example
 * resolveWords(['brat', 'chirpoyev', 'urup'], islands); // { ok: true, a: brat-chirpoyev, b: urup }
 */
export function resolveWords(words: string[], islands: IslandFeature[]): ResolvedWords {
  // Normalised length of each word; a side's normalised length is at least the sum over its
  // words less one per join (a combining mark starting a word may merge into the word before).
  const lengths = words.map((w) => [...normalizeName(w)].length);
  const before = [0];
  for (const n of lengths) before.push(before[before.length - 1] + n);
  const total = before[words.length];
  let longest = 0;
  for (const f of islands) for (const { k } of keysOf(f)) longest = Math.max(longest, [...k].length);
  // stripGeneric removes at most one prefix word and one suffix word: "остров" + "island".
  const reach = longest + 12;
  const good: [IslandFeature, IslandFeature][] = [];
  for (let k = 1; k < words.length; k++) {
    const left = before[k] - (k - 1);
    const right = total - before[k] - (words.length - k - 1);
    if (left > reach || right > reach) continue;
    const a = resolvePlace(words.slice(0, k).join(' '), islands);
    const b = resolvePlace(words.slice(k).join(' '), islands);
    if (a.ok && b.ok) good.push([a.island, b.island]);
  }
  if (good.length === 1) return { ok: true, a: good[0][0], b: good[0][1] };
  if (good.length > 1) return { ok: false, ambiguous: true, failed: [] };
  // Report against the plain reading: the first word and the rest.
  const plain = [resolvePlace(words[0] ?? '', islands), resolvePlace(words.slice(1).join(' '), islands)];
  return { ok: false, ambiguous: false, failed: plain.filter((r): r is Extract<ResolvedPlace, { ok: false }> => !r.ok) };
}

/**
 * Which fields of the files in public/data are prose a reader sees, and so need Japanese and
 * Russian. The build (geo/build-text.ts) collects the English of these fields, requires a
 * translation of each in geo/sources/text/<lang>/*.json, and writes public/data/text/<lang>.json:
 * one object from the English text to the translation. The app loads that file only for the
 * language in use and swaps the texts in where it reads the data (`localise`).
 *
 * Keying by the English text itself (as gettext does) keeps a translation with its text when
 * features are reordered, gives a text used by many features (the sea zones' method) one
 * translation, and makes a changed English text fail the build until it is translated again.
 *
 * Paths are dotted property names below a feature's `properties` (or the document, for a plain
 * JSON file); `[]` walks every item of an array, `*` every key of an object. Names, identifiers,
 * dates, numbers and citations are not listed: names have their own fields per language
 * (`name_ja`, `name: {en, ja, ru}`), and a citation stays in the language of its source.
 */

/** The text fields of each data file, by file name under public/data. */
export const TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'incidents.geojson': [
    'title', 'summary', 'place', 'location_note', 'casualties.note', 'vessels[].kind',
    'accounts.japan', 'accounts.russia',
    'disputed_facts[].fact', 'disputed_facts[].versions[].says', 'disputed_facts[].versions[].by',
    'named_place.why',
  ],
  'era-texts.json': [
    'eras.*.treaty.signedNote', 'eras.*.treaty.place', 'eras.*.treaty.signatories[]', 'eras.*.treaty.inForce[].text',
    'eras.*.clause.text', 'eras.*.notes[].text', 'positions.*.text',
  ],
  'borders.geojson': ['treaty', 'note'],
  'claims.geojson': ['title', 'japan_position', 'russia_position'],
  'pipelines.geojson': ['name', 'from', 'to', 'via[]', 'operator', 'capacity_note', 'route_note', 'status_note', 'length_note'],
  'facilities.geojson': ['name', 'operator', 'location_note', 'status_note', 'figures[].label', 'figures[].value', 'figures[].note'],
  'maritime.geojson': ['method'],
};

/** The data files that have text fields. */
export const TEXT_FILES = Object.keys(TEXT_FIELDS);

/** English text to its translation, for one language. */
export type TextBundle = Readonly<Record<string, string>>;

type Visit = (value: string, set: (next: string) => void) => void;

function walk(node: unknown, steps: readonly string[], visit: Visit): void {
  if (node === null || typeof node !== 'object' || steps.length === 0) return;
  const [step, ...rest] = steps;
  const isArray = step.endsWith('[]');
  const key = isArray ? step.slice(0, -2) : step;
  const obj = node as Record<string, unknown>;
  const children = key === '*' ? Object.keys(obj) : [key];
  for (const k of children) {
    const child = obj[k];
    if (isArray) {
      if (!Array.isArray(child)) continue;
      child.forEach((item, i) => {
        if (rest.length === 0) {
          if (typeof item === 'string') visit(item, (next) => { child[i] = next; });
        } else walk(item, rest, visit);
      });
    } else if (rest.length === 0) {
      if (typeof child === 'string') visit(child, (next) => { obj[k] = next; });
    } else walk(child, rest, visit);
  }
}

function roots(doc: unknown): unknown[] {
  const d = doc as { type?: unknown; features?: unknown };
  if (d && d.type === 'FeatureCollection' && Array.isArray(d.features)) {
    return d.features.map((f: { properties?: unknown }) => f?.properties);
  }
  return [doc];
}

function eachText(file: string, doc: unknown, visit: Visit): void {
  const fields = TEXT_FIELDS[file];
  if (!fields) return;
  for (const root of roots(doc)) for (const path of fields) walk(root, path.split('.'), visit);
}

/** Every English text of a data file's text fields, once each, in document order. */
export function collectTexts(file: string, doc: unknown): string[] {
  const seen = new Set<string>();
  eachText(file, doc, (value) => { if (value.trim()) seen.add(value); });
  return [...seen];
}

/**
 * A copy of a data file's document with each text field in the bundle's language; a text the
 * bundle lacks stays in English (the build makes sure none does). English needs no bundle: the
 * document is returned as it is.
 */
export function localise<T>(file: string, doc: T, bundle: TextBundle | null): T {
  if (!bundle || !TEXT_FIELDS[file]) return doc;
  const copy = structuredClone(doc);
  eachText(file, copy, (value, set) => {
    const t = bundle[value];
    if (t !== undefined) set(t);
  });
  return copy;
}

/** `localise` for a list of a data file's features (as the stores keep them). */
export function localiseFeatures<F extends { properties: unknown }>(file: string, features: readonly F[], bundle: TextBundle | null): F[] {
  if (!bundle || !TEXT_FIELDS[file]) return features as F[];
  return localise(file, { type: 'FeatureCollection', features }, bundle).features as F[];
}

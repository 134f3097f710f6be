/**
 * Schemas for GeoJSON entering the atlas (at build time in geo/validate.ts, and where the app
 * loads a file in src/ui/data-file.ts): RFC 7946 structure, and the building blocks the data
 * contracts of src/features/<name>/ make their schemas from. A check returns a list of problems,
 * empty when the input is good, so a caller can show all of them at once rather than the first;
 * each names the file, the feature (index, and id where there is one) and the property path.
 *
 * What a schema cannot say (a ring's winding, a range of dates) is a `v.check` or `v.rawCheck`
 * beside it, with a message of its own.
 */
import * as v from 'valibot';
import { isPartialDate } from './partial-date.ts';
import { planarSignedArea } from './planar.ts';

export type Problems = string[];

// --- Properties: small pieces the contracts share -------------------------------------------

/**
 * `v.object` whose messages say what is wrong: a missing key gets the message of the key's own
 * schema (so a missing title reads like an empty one), and a value that is no object gets
 * `message`, or a plain "must be an object".
 */
export function obj<const E extends v.ObjectEntries>(entries: E, message?: string) {
  const schema = v.object(entries, (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    if (issue.input === undefined && typeof key === 'string' && Object.hasOwn(entries, key)) {
      const own = (entries[key] as { message?: unknown }).message;
      return typeof own === 'string' ? own : (objectMessages.get(entries[key]) ?? `${key} is missing`);
    }
    return message ?? `must be an object, not ${issue.received}`;
  });
  if (message) objectMessages.set(schema, message);
  return schema;
}

// The message of each object schema made by obj() with one, for when that object is missing.
const objectMessages = new WeakMap<object, string>();

/** Text that is not only white space. */
export function text(message: string) {
  return v.pipe(v.string(message), v.check((s) => s.trim().length > 0, message));
}

/** Text or null. */
export const textOrNull = (message: string) => v.nullable(text(message));

/** A lowercase ASCII slug: `brat-chirpoyev`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = (message: string) => v.pipe(v.string(message), v.regex(SLUG, message));

/** A finite number above zero. */
export const positiveNumber = (message: string) => v.pipe(v.number(message), v.finite(message), v.gtValue(0, message));

/** One of `options`, with a message that names what was found and what is allowed. */
export function oneOf<const T extends readonly string[]>(options: T, what: string) {
  return v.picklist(options, (issue) => `${what} ${String(issue.input)} is not one of ${options.join(', ')}`);
}

/** A partial ISO 8601 date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day. */
export const partialDate = (message: string) => v.pipe(v.string(message), v.check((s: string) => isPartialDate(s), message));

/** A cited source: who published it, its title, and when and where, if known. */
export const SourceSchema = obj(
  {
    publisher: text('publisher is empty (publisher and title are required)'),
    title: text('title is empty (publisher and title are required)'),
    date: v.optional(partialDate('date must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')),
    url: v.optional(v.pipe(v.string('url must be http(s)'), v.regex(/^https?:\/\/\S+$/, 'url must be http(s)'))),
  },
  'not a source',
);
export type Source = v.InferOutput<typeof SourceSchema>;

/** At least one source. */
export const SourcesSchema = v.pipe(
  v.array(SourceSchema, 'sources must list at least one source'),
  v.minLength(1, 'sources must list at least one source'),
);

// --- Geometry -------------------------------------------------------------------------------

const NOT_POSITION = 'not a position';

/**
 * [lon, lat] or [lon, lat, height], in range. One `v.custom` rather than an array of number
 * schemas: the islands and eras hold tens of thousands of positions, and a schema per coordinate
 * made checking islands.geojson several times slower on the page's main thread.
 */
export const PositionSchema = v.pipe(
  v.custom<[number, number] | [number, number, number]>(
    (p) => Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((x) => typeof x === 'number' && Number.isFinite(x)),
    NOT_POSITION,
  ),
  v.check(
    (p) => p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90,
    (issue) => `[${String(issue.input[0])}, ${String(issue.input[1])}] is outside longitude/latitude range`,
  ),
);

const LineCoords = v.pipe(v.array(PositionSchema, 'a line needs at least 2 positions'), v.minLength(2, 'a line needs at least 2 positions'));

const RingCoords = v.pipe(
  v.array(PositionSchema, 'a linear ring needs at least 4 positions'),
  v.minLength(4, 'a linear ring needs at least 4 positions'),
  v.check((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'ring is not closed'),
);

/** Rings of one polygon: the shell counterclockwise, holes clockwise (RFC 7946 §3.1.6). */
const PolygonCoords = v.pipe(
  v.array(RingCoords, 'no rings'),
  v.minLength(1, 'no rings'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    dataset.value.forEach((ring, i) => {
      if ((planarSignedArea(ring) > 0) === (i === 0)) return;
      addIssue({
        message: i === 0 ? 'exterior ring is not counterclockwise (RFC 7946 §3.1.6)' : 'hole is not clockwise (RFC 7946 §3.1.6)',
        path: [{ type: 'array', origin: 'value', input: dataset.value, key: i, value: ring }],
      });
    });
  }),
);

const geometry = <const T extends string, const C extends v.GenericSchema>(type: T, coordinates: C) =>
  obj({ type: v.literal(type), coordinates, bbox: v.optional(v.array(v.number())) });

export const PointSchema = geometry('Point', PositionSchema);
export const LineStringSchema = geometry('LineString', LineCoords);
export const MultiLineStringSchema = geometry('MultiLineString', v.pipe(v.array(LineCoords, 'no lines'), v.minLength(1, 'no lines')));
export const PolygonSchema = geometry('Polygon', PolygonCoords);
export const MultiPolygonSchema = geometry('MultiPolygon', v.pipe(v.array(PolygonCoords, 'no polygons'), v.minLength(1, 'no polygons')));

type GeometrySchema = typeof PointSchema | typeof LineStringSchema | typeof MultiLineStringSchema | typeof PolygonSchema | typeof MultiPolygonSchema;

/** A geometry of one of the given types, with a message naming the type found and those allowed. */
export function geometryOf<const G extends readonly [GeometrySchema, ...GeometrySchema[]]>(...options: G) {
  const types = options.map((o) => o.entries.type.literal).join(', ');
  // The issue's input is the geometry when it is no object, else the value of its `type`.
  return v.variant('type', options, (issue) =>
    issue.input === undefined || issue.input === null ? 'geometry missing' : `geometry ${String(issue.input)} is not one of ${types}`);
}

// --- Collections ----------------------------------------------------------------------------

/**
 * A FeatureCollection whose features have `geometry` and `properties` as given; with `idKey`,
 * that property (which `properties` must declare: undeclared keys are not in the output) is
 * unique across the features.
 */
export function featureCollection<G extends v.GenericSchema, P extends v.GenericSchema>(geometrySchema: G, properties: P, idKey?: string) {
  const feature = obj({ type: v.literal('Feature', 'not a Feature'), geometry: geometrySchema, properties }, 'not a Feature');
  return v.pipe(
    obj(
      { type: v.literal('FeatureCollection', 'not a GeoJSON FeatureCollection'), features: v.array(feature, 'not a GeoJSON FeatureCollection') },
      'not a GeoJSON FeatureCollection',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed || !idKey) return;
      const seen = new Set<unknown>();
      dataset.value.features.forEach((f, i) => {
        const id = (f.properties as Record<string, unknown>)[idKey];
        if (seen.has(id)) {
          addIssue({
            message: `duplicate ${idKey}`,
            path: [
              { type: 'object', origin: 'value', input: dataset.value, key: 'features', value: dataset.value.features },
              { type: 'array', origin: 'value', input: dataset.value.features, key: i, value: f },
            ],
          });
        }
        seen.add(id);
      });
    }),
  );
}

/** `a.b[0].c` from an issue's path. */
function pathText(path: readonly v.IssuePathItem[]): string {
  return path.map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}

/**
 * A check function for a collection schema: the problems with `value`, each as
 * `<name> feature <index> (<id>), <path>: <message>`.
 *
 * @example
 * const checkIslands = collectionCheck('islands', IslandsSchema, 'id');
 * checkIslands(json); // [] or ['islands feature 3 (kunashir), properties.name.ja: name.ja is empty']
 */
export function collectionCheck(name: string, schema: v.GenericSchema, idKey?: string): (value: unknown) => Problems {
  return (value) => {
    const result = v.safeParse(schema, value);
    if (result.success) return [];
    return result.issues.map((issue) => {
      const path = issue.path ?? [];
      const [first, second] = path;
      if (first?.key === 'features' && typeof second?.key === 'number') {
        const i = second.key;
        const props = (second.value as { properties?: Record<string, unknown> } | null)?.properties;
        const id = idKey && typeof props?.[idKey] === 'string' ? ` (${props[idKey]})` : '';
        const rest = pathText(path.slice(2));
        return `${name} feature ${i}${id}${rest ? `, ${rest}` : ''}: ${issue.message}`;
      }
      return `${name}${path.length ? ` ${pathText(path)}` : ''}: ${issue.message}`;
    });
  };
}

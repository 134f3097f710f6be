/**
 * KML and GPX, read into GeoJSON before the GeoJSON check (validate.ts) sees them, so that a
 * track from a GPS or a placemark file from Google Earth takes the same door as a GeoJSON file:
 * the same limits, the same checks, the same messages.
 *
 * Libraries, not our own parser: @tmcw/togeojson (the field's converter, kept by the author of
 * much of the GeoJSON tooling) turns a parsed document into GeoJSON, and @xmldom/xmldom parses the
 * text, because this runs in the import's worker, which has no DOMParser. Both load with the
 * worker only.
 *
 * What we add to them:
 * - the file's kind told by its root element, and a document that is not well-formed XML refused
 *   with the parser's words and its line;
 * - a KML MultiGeometry, which togeojson gives as a GeometryCollection (which the atlas does not
 *   draw), made a Multi* geometry when its members are of one kind, or one feature per kind.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';
import type { ImportProblem } from './problems.ts';

export type XmlFormat = 'KML' | 'GPX';

/**
 * KML or GPX, from the start of a text (a BOM, white space, an XML declaration and comments may
 * come first); null for anything else.
 *
 * @example
 * xmlFormat('<?xml version="1.0"?><gpx version="1.1">…'); // 'GPX'
 */
export function xmlFormat(text: string): XmlFormat | null {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return null;
  // The root element: the first start tag that is not a declaration, comment or doctype. A
  // prefixed root (<kml:kml>) is not taken: togeojson reads nothing from such a document, and the
  // reader is better told it is XML the atlas does not read than that it holds no features.
  const root = /<([A-Za-z_][\w.-]*)[\s/>]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''));
  const name = root?.[1].toLowerCase();
  return name === 'kml' ? 'KML' : name === 'gpx' ? 'GPX' : null;
}

export type Converted =
  | {
      ok: true;
      collection: FeatureCollection<Geometry | null>;
      /** For each feature, the index of the placemark, track, route or waypoint it came from. */
      from: number[];
    }
  | { ok: false; problems: ImportProblem[] };

/**
 * The parser's line of a fatal error, when it gives one. Its column is not kept: xmldom's columns
 * were found wrong in trials (column 57 of a line 14 characters long), its lines right.
 */
function placeOf(e: unknown): { line?: number } {
  const at = (e as { locator?: { lineNumber?: unknown } } | null)?.locator;
  return typeof at?.lineNumber === 'number' ? { line: at.lineNumber } : {};
}

/** The parser's message without its own wrapping ('Reporting fatalError "…" caused …'). */
function detailOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const quoted = /^Reporting fatalError "([\s\S]*?)" caused/.exec(text);
  return (quoted?.[1] ?? text).split('\n')[0].slice(0, 200);
}

type Single = Point | LineString | Polygon;
const KIND = { Point: 'point', MultiPoint: 'point', LineString: 'line', MultiLineString: 'line', Polygon: 'polygon', MultiPolygon: 'polygon' } as const;

/** The simple geometries of a geometry, GeometryCollections opened however deep. */
function members(g: Geometry, out: Single[] = []): Single[] {
  switch (g.type) {
    case 'GeometryCollection': for (const m of g.geometries) members(m, out); break;
    case 'MultiPoint': for (const c of g.coordinates) out.push({ type: 'Point', coordinates: c }); break;
    case 'MultiLineString': for (const c of g.coordinates) out.push({ type: 'LineString', coordinates: c }); break;
    case 'MultiPolygon': for (const c of g.coordinates) out.push({ type: 'Polygon', coordinates: c }); break;
    default: out.push(g);
  }
  return out;
}

/** One geometry of one kind: itself when single, a Multi* of them otherwise. */
function joined(parts: Single[]): Geometry {
  if (parts.length === 1) return parts[0];
  switch (parts[0].type) {
    case 'Point': return { type: 'MultiPoint', coordinates: parts.map((p) => (p as Point).coordinates) } satisfies MultiPoint;
    case 'LineString': return { type: 'MultiLineString', coordinates: parts.map((p) => (p as LineString).coordinates) } satisfies MultiLineString;
    case 'Polygon': return { type: 'MultiPolygon', coordinates: parts.map((p) => (p as Polygon).coordinates) } satisfies MultiPolygon;
  }
}

/** A feature whose geometry is a GeometryCollection, as one feature per kind of member it holds. */
export function openCollections(f: Feature<Geometry | null>): Feature<Geometry | null>[] {
  if (f.geometry?.type !== 'GeometryCollection') return [f];
  const byKind = new Map<string, Single[]>();
  for (const m of members(f.geometry)) {
    const kind = KIND[m.type];
    byKind.set(kind, [...(byKind.get(kind) ?? []), m]);
  }
  // An empty collection stays as it is: the check skips it with its warning.
  if (!byKind.size) return [f];
  return [...byKind.values()].map((parts) => ({ ...f, geometry: joined(parts) }));
}

/**
 * A KML or GPX text as GeoJSON, or why it cannot be read. Never throws.
 *
 * @example
 * fromXml(gpxText, 'GPX'); // { ok: true, collection: { type: 'FeatureCollection', features: [… LineString …] } }
 */
export function fromXml(text: string, format: XmlFormat): Converted {
  let doc;
  try {
    // Warnings and recoverable errors (an unescaped '&') are let pass, as a GPS's own software
    // does; what is not well-formed throws.
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch (e) {
    return { ok: false, problems: [{ code: 'xml.invalid', values: { format, detail: detailOf(e) }, ...placeOf(e) }] };
  }
  try {
    const read = (format === 'KML' ? kml(doc) : gpx(doc)).features.map(openCollections);
    return { ok: true, collection: { type: 'FeatureCollection', features: read.flat() }, from: read.flatMap((fs, i) => fs.map(() => i)) };
  } catch (e) {
    return { ok: false, problems: [{ code: 'xml.invalid', values: { format, detail: detailOf(e) } }] };
  }
}

/**
 * Runtime checks for GeoJSON entering the atlas (at build time and when a file is loaded or
 * imported): RFC 7946 structure and a property contract. Each returns a list of problems, empty
 * when the input is good, so a caller can show all of them at once rather than the first.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { planarSignedArea } from './planar.ts';

export type Problems = string[];

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.length <= 3 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function checkPosition(p: unknown, where: string, out: Problems): void {
  if (!isPosition(p)) { out.push(`${where}: not a position`); return; }
  if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) out.push(`${where}: [${p[0]}, ${p[1]}] is outside longitude/latitude range`);
}

function checkRing(ring: unknown, where: string, shell: boolean, out: Problems): void {
  if (!Array.isArray(ring) || ring.length < 4) { out.push(`${where}: a linear ring needs at least 4 positions`); return; }
  ring.forEach((p, i) => checkPosition(p, `${where}[${i}]`, out));
  const a = ring[0] as Position, b = ring[ring.length - 1] as Position;
  if (!isPosition(a) || !isPosition(b) || a[0] !== b[0] || a[1] !== b[1]) out.push(`${where}: ring is not closed`);
  else if ((planarSignedArea(ring as Position[]) > 0) !== shell) out.push(`${where}: ${shell ? 'exterior ring is not counterclockwise' : 'hole is not clockwise'} (RFC 7946 §3.1.6)`);
}

function checkLine(line: unknown, where: string, out: Problems): void {
  if (!Array.isArray(line) || line.length < 2) { out.push(`${where}: a line needs at least 2 positions`); return; }
  line.forEach((p, i) => checkPosition(p, `${where}[${i}]`, out));
}

/** RFC 7946 structure of one geometry. */
export function checkGeometry(g: unknown, where: string, out: Problems = []): Problems {
  const geom = g as Geometry | null;
  if (!geom || typeof geom !== 'object') { out.push(`${where}: geometry missing`); return out; }
  const c = (geom as { coordinates?: unknown }).coordinates;
  switch (geom.type) {
    case 'Point': checkPosition(c, where, out); break;
    case 'MultiPoint':
      if (Array.isArray(c)) c.forEach((p, i) => checkPosition(p, `${where}[${i}]`, out));
      else out.push(`${where}: coordinates missing`);
      break;
    case 'LineString': checkLine(c, where, out); break;
    case 'MultiLineString':
      if (Array.isArray(c) && c.length) c.forEach((l, i) => checkLine(l, `${where}[${i}]`, out));
      else out.push(`${where}: no lines`);
      break;
    case 'Polygon':
      if (Array.isArray(c) && c.length) c.forEach((r, i) => checkRing(r, `${where} ring ${i}`, i === 0, out));
      else out.push(`${where}: no rings`);
      break;
    case 'MultiPolygon':
      if (!Array.isArray(c) || !c.length) { out.push(`${where}: no polygons`); break; }
      c.forEach((poly, j) => {
        if (Array.isArray(poly) && poly.length) poly.forEach((r, i) => checkRing(r, `${where} polygon ${j} ring ${i}`, i === 0, out));
        else out.push(`${where} polygon ${j}: no rings`);
      });
      break;
    case 'GeometryCollection': geom.geometries.forEach((x, i) => checkGeometry(x, `${where}[${i}]`, out)); break;
    default: out.push(`${where}: unknown geometry type ${String((geom as { type?: unknown }).type)}`);
  }
  return out;
}

/** A property contract: returns problems for one feature's properties. */
export type PropertyCheck = (props: Record<string, unknown>, where: string) => Problems;

/**
 * Checks a parsed value as a FeatureCollection: structure, every geometry, the allowed geometry
 * types, and each feature's properties against `check`.
 */
export function checkCollection(
  value: unknown,
  opts: { name: string; geometryTypes?: Geometry['type'][]; check?: PropertyCheck; idKey?: string },
): Problems {
  const out: Problems = [];
  const fc = value as FeatureCollection | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return [`${opts.name}: not a GeoJSON FeatureCollection`];
  }
  const ids = new Set<unknown>();
  fc.features.forEach((f: Feature, i) => {
    const props = (f?.properties ?? {}) as Record<string, unknown>;
    const label = opts.idKey && typeof props[opts.idKey] === 'string' ? `${opts.name} ${String(props[opts.idKey])}` : `${opts.name} feature ${i}`;
    if (!f || f.type !== 'Feature') { out.push(`${label}: not a Feature`); return; }
    checkGeometry(f.geometry, label, out);
    if (opts.geometryTypes && f.geometry && !opts.geometryTypes.includes(f.geometry.type)) {
      out.push(`${label}: geometry ${f.geometry.type} is not one of ${opts.geometryTypes.join(', ')}`);
    }
    if (opts.idKey) {
      if (ids.has(props[opts.idKey])) out.push(`${label}: duplicate ${opts.idKey}`);
      ids.add(props[opts.idKey]);
    }
    if (opts.check) out.push(...opts.check(props, label));
  });
  return out;
}

/** Small predicates for property contracts. */
export const is = {
  nonEmptyString: (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0,
  slug: (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
  positiveNumber: (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  stringArray: (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0),
};

/**
 * What the atlas accepts from a reader's file, stated once. Each limit is named in the message of
 * a file refused for it (the values go into the catalogue's words), and each is set by what it
 * costs, measured on the 2-core machine the figures in the README come from (Node 20; Chromium's
 * V8 does the same work at about the same speed):
 *
 * - Reading and checking run in a worker (parse.worker.ts), so the page never waits on them; the
 *   wait a reader sees is JSON.parse (about 10 ms per MB) plus the structure check of
 *   @placemarkio/check-geojson, the slow part (about 350 ms per MB: 0.8 s for a 100,000-vertex
 *   track of 2.3 MB, 7 to 10 s at 20 MB).
 * - The answer comes back to the page as a copy (structured clone), which the page's own thread
 *   unpacks: about 180 ms for 500,000 positions and 130 ms for 50,000 point features. That is
 *   the one step on the page's thread, so the counts are held where it stays under a fifth of a
 *   second.
 */
import type { ImportResult } from './validate.ts';

const MB = 1024 * 1024;

/**
 * The largest file read: 20 MB. Above it the file is refused from its size alone, before a byte
 * is read (a 100 MB file costs nothing). Twenty MB holds about a million positions written
 * plainly, twice the vertex limit, so a file under it that is mostly geometry meets the counts
 * below first and is told so in their terms; the check of a file this size takes up to 10 s in
 * the worker.
 */
export const MAX_BYTES = 20 * MB;

/**
 * The largest KML or GPX file read: 5 MB. These are read into GeoJSON first (xml.ts), an XML
 * document built in memory and then converted, which costs far more than GeoJSON's JSON.parse:
 * on the 2-core machine a GPX track with heights and times took 2.4 s for 25,000 points (2.4 MB)
 * and 11.5 s and a gigabyte of memory for 100,000 (9.6 MB), under load. Five MB (about 50,000
 * such points, a GPS logging every second for 14 hours) stays within a few seconds and a few
 * hundred MB; the message points to GeoJSON, read up to MAX_BYTES, for more.
 */
export const MAX_XML_BYTES = 5 * MB;

/**
 * The most features in one file: 50,000. A FeatureCollection of 200,000 points (17 to 19 MB) is
 * refused by this count, after JSON.parse and a count (under half a second), before the
 * structure check would spend seconds on it. Fifty thousand point features unpack on the page
 * in about 130 ms.
 */
export const MAX_FEATURES = 50_000;

/**
 * The most positions in one file, all features together: 500,000. The speed goal is a single
 * geometry of 100,000 vertices indexed and measured in 100 ms (30 to 40 ms of CPU time here,
 * bench/import.bench.ts), so five of those fit; half a million positions unpack on the page in
 * about 180 ms, and are indexed and measured in under half a second (measure.ts).
 */
export const MAX_VERTICES = 500_000;

/**
 * The most problems listed for one kind (one code): a file with 30,000 swapped points gets ten,
 * then one line saying how many more there are.
 */
export const MAX_LISTED_PER_CODE = 10;

/**
 * A size in MB for a message, to one decimal, rounded up: a file just over the limit never reads
 * as the limit itself (20,000,001 bytes of a 20 MB limit read 19.1, and 21,000,000 read 20.1).
 */
export const megabytes = (bytes: number): number => Math.ceil((bytes / MB) * 10) / 10;

/**
 * The refusal of a file for its size alone: made here, without the checker, so that the page
 * can give it without loading the checker (parse-in-worker.ts).
 */
export function tooLarge(bytes: number, maxBytes = MAX_BYTES): ImportResult {
  return { ok: false, problems: [{ code: 'file.tooLarge', values: { size: megabytes(bytes), limit: megabytes(maxBytes) } }] };
}

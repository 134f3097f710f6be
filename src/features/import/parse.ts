/**
 * Reading a reader's file and checking it: the work the import worker does (parse.worker.ts only
 * passes messages to `answer`), kept here so that it runs and is tested without a worker.
 */
import { MAX_BYTES, tooLarge } from './limits.ts';
import { checkImport, type ImportLimits, type ImportResult } from './validate.ts';

/** What the page sends the worker: a file (a File is a Blob) or text already read. */
export interface ParseRequest {
  id: number;
  input: Blob | string;
  limits?: Partial<ImportLimits>;
}

/** What the worker sends back: the answer, or what went wrong in the worker itself. */
export type ParseResponse = { id: number; result: ImportResult } | { id: number; error: string };

/**
 * The text of a file as UTF-8, which RFC 7946 makes GeoJSON's only encoding. A file in another
 * (Shift_JIS from an older Japanese tool, Windows-1251 from a Russian one) is still read, its
 * unreadable bytes as U+FFFD, and said: its coordinates are ASCII and survive, its names may not.
 */
async function readText(file: Blob): Promise<{ text: string; utf8: boolean }> {
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), utf8: false };
  }
}

/**
 * Reads and checks a file offered for import. A file over the size limit is refused from its
 * size, unread.
 *
 * @example
 * await parseImport(droppedFile); // { ok: true, collection, warnings, … } or { ok: false, problems }
 */
export async function parseImport(input: Blob | string, limits: Partial<ImportLimits> = {}): Promise<ImportResult> {
  if (typeof input === 'string') return checkImport(input, { limits });
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  if (input.size > maxBytes) return tooLarge(input.size, maxBytes);
  const { text, utf8 } = await readText(input);
  const result = checkImport(text, { bytes: input.size, limits });
  if (result.ok && !utf8) result.warnings.unshift({ code: 'file.notUtf8', values: {} });
  return result;
}

/** The worker's answer to one request; never rejects. */
export async function answer(request: ParseRequest): Promise<ParseResponse> {
  try {
    return { id: request.id, result: await parseImport(request.input, request.limits) };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}

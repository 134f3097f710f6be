/**
 * The page's side of the import worker: `parseInWorker(file)` resolves to the same answer as
 * `checkImport`, with the reading and checking done in a module worker (parse.worker.ts). A file
 * over the size limit is refused here from its size, before it is read or a worker started. It
 * imports no checker code (types only), so the page's chunk stays small: the checker, the
 * structure check and Flatbush are in the worker's.
 */
import { MAX_BYTES, tooLarge } from './limits.ts';
import type { ParseRequest, ParseResponse } from './parse.ts';
import type { ImportLimits, ImportResult } from './validate.ts';

/** What parseInWorker needs of a worker (a Worker has it; tests pass their own). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ParseRequest): void;
  terminate(): void;
}

export interface ParseInWorkerOptions {
  /** Makes the worker (default: the module worker Vite builds from parse.worker.ts). */
  createWorker?: () => WorkerLike;
  /** Stops the work: the worker is ended and the promise rejects with an AbortError. */
  signal?: AbortSignal;
  limits?: Partial<ImportLimits>;
}

const moduleWorker = (): WorkerLike => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'import' });

let nextId = 1;

/**
 * Reads and checks a dropped or opened file (or text) in a worker. One worker per file, ended
 * when it answers, so nothing of a file stays in memory once its answer is taken. Rejects only
 * when the worker itself fails or the work is aborted; a bad file resolves with its problems.
 *
 * @example
 * const result = await parseInWorker(event.dataTransfer.files[0]);
 * if (!result.ok) showProblems(result.problems);
 */
export function parseInWorker(input: File | Blob | string, opts: ParseInWorkerOptions = {}): Promise<ImportResult> {
  const maxBytes = opts.limits?.maxBytes ?? MAX_BYTES;
  // A string is at least a byte a character; a file says its size: over the limit, no worker.
  const size = typeof input === 'string' ? (input.length > maxBytes ? input.length : 0) : input.size;
  if (size > maxBytes) return Promise.resolve(tooLarge(size, maxBytes));
  if (opts.signal?.aborted) return Promise.reject(abortError());

  const worker = (opts.createWorker ?? moduleWorker)();
  const id = nextId++;
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      if (event.data.id !== id) return;
      finish();
      if ('error' in event.data) reject(new Error(`import worker: ${event.data.error}`));
      else resolve(event.data.result);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`import worker: ${event.message || 'failed to start'}`));
    };
    worker.postMessage({ id, input, ...(opts.limits ? { limits: opts.limits } : {}) });
  });
}

function abortError(): Error {
  return new DOMException('The import was stopped.', 'AbortError');
}

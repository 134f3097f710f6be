import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, parseImport, type ParseRequest, type ParseResponse } from './parse.ts';
import { parseInWorker, type WorkerLike } from './parse-in-worker.ts';
import { checkImport } from './validate.ts';
import { MAX_BYTES } from './limits.ts';

const fixture = (path: string) => readFileSync(new URL(`./__fixtures__/${path}`, import.meta.url), 'utf8');

/** A blob that fails the test if anything reads it. */
function unreadable(size: number): Blob {
  const fail = () => {
    throw new Error('the file was read');
  };
  return { size, type: 'application/geo+json', arrayBuffer: fail, text: fail, stream: fail, slice: fail } as unknown as Blob;
}

describe('parseImport (the worker\'s work, run here without a worker)', () => {
  it('reads a file and gives the same answer as checkImport on its text', async () => {
    for (const name of ['good/survey-track.geojson', 'good/track-3d.geojson', 'bad/ring-unclosed.json', 'bad/null-geometry.json']) {
      const text = fixture(name);
      expect(await parseImport(new File([text], name.split('/')[1]))).toEqual(checkImport(text));
      expect(await parseImport(text)).toEqual(checkImport(text));
    }
  });

  it('refuses a file over the limit from its size, without reading it', async () => {
    expect(await parseImport(unreadable(100 * 1024 * 1024))).toEqual({ ok: false, problems: [{ code: 'file.tooLarge', values: { size: 100, limit: 20 } }] });
    expect((await parseImport(unreadable(MAX_BYTES + 1))).ok).toBe(false);
  });

  it('reads a file that is not UTF-8, and says so first among the warnings', async () => {
    // "国後" in Shift_JIS, as an older Japanese tool writes it, in a name.
    const head = new TextEncoder().encode('{"type":"Feature","properties":{"name":"');
    const tail = new TextEncoder().encode('"},"geometry":{"type":"Point","coordinates":[145.9,44.0]}}');
    const file = new File([head, new Uint8Array([0x8d, 0x91, 0x8c, 0xe3]), tail], 'kunashir-sjis.geojson');
    const r = await parseImport(file);
    if (!r.ok) throw new Error('refused');
    expect(r.warnings.map((w) => w.code)).toEqual(['file.notUtf8']);
    expect(r.collection.features[0].geometry).toEqual({ type: 'Point', coordinates: [145.9, 44.0] });
    expect(r.stats.bytes).toBe(file.size);
  });

  it('answers a request with its id, and a failure in the worker as an error, never a rejection', async () => {
    const text = fixture('good/points.geojson');
    expect(await answer({ id: 7, input: text })).toEqual({ id: 7, result: checkImport(text) });
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('disk gone')) } as unknown as Blob;
    expect(await answer({ id: 8, input: broken })).toEqual({ id: 8, error: 'disk gone' });
  });
});

/** A worker that runs `answer` here, copying each message as postMessage would. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  constructor(private readonly fail?: string) {}
  postMessage(message: ParseRequest): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.fail) {
        this.onerror?.({ message: this.fail } as ErrorEvent);
        return;
      }
      void answer(copy).then((response) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(response) } as MessageEvent<ParseResponse>);
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('parseInWorker', () => {
  it('resolves with the worker\'s answer, and ends the worker', async () => {
    const text = fixture('good/kunashir-area.geojson');
    const workers: FakeWorker[] = [];
    const r = await parseInWorker(new File([text], 'area.geojson'), { createWorker: () => { workers.push(new FakeWorker()); return workers[0]; } });
    expect(r).toEqual(checkImport(text));
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
  });

  it('refuses a file over the limit before reading it or starting a worker', async () => {
    const createWorker = vi.fn(() => new FakeWorker());
    const r = await parseInWorker(unreadable(100 * 1024 * 1024) as File, { createWorker });
    expect(r).toEqual({ ok: false, problems: [{ code: 'file.tooLarge', values: { size: 100, limit: 20 } }] });
    expect(createWorker).not.toHaveBeenCalled();
    const long = await parseInWorker(' '.repeat(MAX_BYTES + 1), { createWorker });
    expect(long.ok).toBe(false);
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('rejects when the worker fails, and when the work is aborted', async () => {
    await expect(parseInWorker('{}', { createWorker: () => new FakeWorker('SyntaxError in worker') })).rejects.toThrow('SyntaxError in worker');
    const worker = new FakeWorker();
    const stop = new AbortController();
    const pending = parseInWorker(fixture('good/points.geojson'), { createWorker: () => worker, signal: stop.signal });
    stop.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});

describe('parse.worker.ts', () => {
  const global = globalThis as { self?: unknown };
  afterEach(() => {
    delete global.self;
    vi.resetModules();
  });

  it('answers each message it is sent with parse.ts\'s answer', async () => {
    const posted: ParseResponse[] = [];
    const scope = { onmessage: null as ((e: { data: ParseRequest }) => void) | null, postMessage: (m: ParseResponse) => posted.push(m) };
    global.self = scope;
    await import('./parse.worker.ts');
    const text = fixture('bad/swapped-lat-lon.json');
    scope.onmessage?.({ data: { id: 3, input: text } });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ id: 3, result: checkImport(text) });
  });
});

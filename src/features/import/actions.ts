/**
 * What the import's controls do to the state: a file opened or dropped is read and checked in a
 * worker (parse-in-worker.ts) while the panel says "Checking…", then either becomes a layer (kept
 * in IndexedDB, brought into view) or is refused with its problems, changing nothing else. Files
 * are taken one at a time, in the order given.
 */
import turfBbox from '@turf/bbox';
import { dismiss, notify, requestCamera, setCore, setSlice, sliceOf, type AtlasStore, type NoticeMessage } from '../../state/store.ts';
import { PALETTE } from './layers.ts';
import { whereMessage, problemMessage, type Message } from './messages.ts';
import { forget, keep, readKept } from './keep.ts';
import { parseInWorker } from './parse-in-worker.ts';
import { IDLE, importSlice, layerName, nextIds, type ImportedLayer, type ImportState, type MeasureTarget } from './state.ts';

export const IMPORT_TAB = 'import';
const NOTICE = 'import';
const KEEP_NOTICE = 'import-keep';

/** A catalogue message as a notice's value, written in the language on screen when shown. */
const asNotice = (m: Message): NoticeMessage => ({ message: m.id, values: m.values });

let queue: Promise<void> = Promise.resolve();

/** Reads, checks and imports files in turn, from the panel's file chooser or dropped on the map. */
export function importFiles(store: AtlasStore, files: readonly File[]): Promise<void> {
  for (const file of files) queue = queue.then(() => importOne(store, file));
  return queue;
}

async function importOne(store: AtlasStore, file: File): Promise<void> {
  const fileName = file.name || 'untitled';
  setSlice(store, importSlice, { status: { kind: 'checking', fileName } });
  let result;
  try {
    result = await parseInWorker(file);
  } catch (e) {
    setSlice(store, importSlice, { status: { kind: 'failed', fileName, reason: e instanceof Error ? e.message : String(e) } });
    return;
  }
  if (!result.ok) {
    setSlice(store, importSlice, { status: { kind: 'refused', fileName, problems: result.problems } });
    // The panel lists every problem; with another tab open, a notice says the first.
    if (store.getState().tab !== IMPORT_TAB) {
      const first = result.problems[0];
      const where = first && whereMessage(first);
      notify(store, {
        id: NOTICE,
        message: where ? 'import.notice.refusedAt' : 'import.notice.refused',
        values: { name: fileName, problem: asNotice(problemMessage(first)), ...(where ? { where: asNotice(where) } : {}) },
      });
    }
    return;
  }
  const { layers } = sliceOf(store.getState(), importSlice);
  const { id, colour } = nextIds(layers, PALETTE.length);
  const layer: ImportedLayer = {
    id, name: layerName(fileName), fileName, collection: result.collection, warnings: result.warnings,
    stats: result.stats, visible: true, colour, added: Date.now(),
  };
  setSlice(store, importSlice, (s): Partial<ImportState> => ({ layers: [...s.layers, layer], status: { kind: 'imported', fileName, id } }));
  dismiss(store, NOTICE);
  if (store.getState().tab !== IMPORT_TAB) setCore(store, { tab: IMPORT_TAB });
  const [w, s, e, n] = turfBbox(result.collection);
  requestCamera(store, { kind: 'fit', bounds: [[w, s], [e, n]], maxZoom: 10, padding: 40 });
  save(store, layer);
}

function save(store: AtlasStore, layer: ImportedLayer): void {
  keep(layer).catch((e: unknown) => keepFailed(store, e));
}

function keepFailed(store: AtlasStore, e: unknown): void {
  notify(store, { id: KEEP_NOTICE, message: 'import.keep.failed', values: { reason: e instanceof Error ? e.message : String(e) } });
}

/** The layers kept from earlier visits, put before any imported since the page opened. */
export async function restoreKept(store: AtlasStore): Promise<void> {
  let kept: ImportedLayer[];
  try {
    kept = await readKept();
  } catch (e) {
    keepFailed(store, e);
    return;
  }
  if (!kept.length) return;
  setSlice(store, importSlice, (s) => {
    const now = new Set(s.layers.map((l) => l.id));
    return { layers: [...kept.filter((l) => !now.has(l.id)), ...s.layers] };
  });
}

export function setVisible(store: AtlasStore, id: string, visible: boolean): void {
  setSlice(store, importSlice, (s) => ({ layers: s.layers.map((l) => (l.id === id ? { ...l, visible } : l)) }));
  const layer = sliceOf(store.getState(), importSlice).layers.find((l) => l.id === id);
  if (layer) save(store, layer);
}

export function removeLayer(store: AtlasStore, id: string): void {
  const layer = sliceOf(store.getState(), importSlice).layers.find((l) => l.id === id);
  if (!layer) return;
  setSlice(store, importSlice, (s): Partial<ImportState> => ({
    layers: s.layers.filter((l) => l.id !== id),
    measure: s.measure && (s.measure.of === id || (s.measure.to.kind === 'import' && s.measure.to.id === id)) ? null : s.measure,
    status: s.status.kind === 'imported' && s.status.id === id ? IDLE : s.status,
  }));
  forget(layer).catch((e: unknown) => keepFailed(store, e));
}

export function measureTo(store: AtlasStore, of: string, to: MeasureTarget): void {
  setSlice(store, importSlice, { measure: { of, to } });
}

export function stopMeasuring(store: AtlasStore): void {
  setSlice(store, importSlice, { measure: null });
}

/**
 * The import's part of the state: the reader's imported files, each drawn as its own layer, what
 * the file chooser is doing (checking a file, or why the last one was refused), and what is
 * measured. None of it is in the link: an imported file never leaves the browser, and a link is
 * for sharing. The layers are kept in IndexedDB (./keep.ts) until removed.
 */
import { defineSlice } from '../../state/store.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportedCollection, ImportStats } from './validate.ts';

export interface ImportedLayer {
  /** `import-<n>`: the map source's id, and its layers' prefix. */
  id: string;
  /** What the list and the readouts call it: the file's name without its extension. */
  name: string;
  /** The file's name as it was opened. */
  fileName: string;
  collection: ImportedCollection;
  /** What was done on the way in (heights dropped, features without geometry left out). */
  warnings: readonly ImportProblem[];
  stats: ImportStats;
  visible: boolean;
  /** Index in the layers' palette (./layers.ts), kept so a layer keeps its colour. */
  colour: number;
  /** When it was imported (ms since 1970): the list's order. */
  added: number;
}

/** What the file chooser says: nothing, a file being read and checked, or why a file was not imported. */
export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'refused'; fileName: string; problems: readonly ImportProblem[] }
  | { kind: 'failed'; fileName: string; reason: string }
  | { kind: 'imported'; fileName: string; id: string };

/** What an import is measured to: the nearest island, one island, or another import. */
export type MeasureTarget = { kind: 'nearest' } | { kind: 'island'; id: string } | { kind: 'import'; id: string };

export interface ImportState {
  layers: readonly ImportedLayer[];
  status: ImportStatus;
  /** The import measured, and to what; null when nothing is. */
  measure: { of: string; to: MeasureTarget } | null;
}

export const IDLE: ImportStatus = { kind: 'idle' };

export const importSlice = defineSlice<ImportState>('import', { layers: [], status: IDLE, measure: null });

/** The next free layer id and colour for a new import. */
export function nextIds(layers: readonly ImportedLayer[], paletteSize: number): { id: string; colour: number } {
  let n = 1;
  const ids = new Set(layers.map((l) => l.id));
  while (ids.has(`import-${n}`)) n++;
  const used = layers.map((l) => l.colour);
  let colour = 0;
  // The colour used least, the first such: two imports share one only past the palette's size.
  let best = Infinity;
  for (let c = 0; c < paletteSize; c++) {
    const k = used.filter((u) => u === c).length;
    if (k < best) { best = k; colour = c; }
  }
  return { id: `import-${n}`, colour };
}

/** A file's name without its extension, for the list ("survey-track.geojson" → "survey-track"). */
export function layerName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || base;
}

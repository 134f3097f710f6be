/**
 * What the export holds for a state: every feature's files and sources (the `exports` of the
 * descriptors in src/features/registry.ts), each feature's part loaded when first gathered (after the
 * first view, see ui.tsx).
 */
import type { Citation } from '../../geo/eras.ts';
import { FEATURES } from '../registry.ts';
import type { ExportContext, ExportFile } from '../../ui/feature.ts';

export interface Gathered { files: ExportFile[]; sources: Citation[] }

/** One line per source: publisher, title, date, locator, address; the same source once. */
export function citationLines(sources: readonly Citation[]): string[] {
  const lines = sources.map((s) => [s.publisher, s.title, s.date, s.locator, s.url].filter(Boolean).join(', '));
  return [...new Set(lines)];
}

export async function gather(ctx: ExportContext): Promise<Gathered> {
  const parts = await Promise.all(FEATURES.flatMap((f) => (f.exports ? [f.exports().then((p) => p(ctx))] : [])));
  return { files: parts.flatMap((p) => p.files), sources: parts.flatMap((p) => p.sources) };
}

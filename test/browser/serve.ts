/**
 * Builds the app into a folder of its own (so that parallel runs never share dist/) and serves
 * it on a free localhost port with Vite's preview server. The build is made in the `test` mode,
 * which keeps the test hooks (`window.kurilAtlas`, src/map/test-hooks.ts) the production build
 * leaves out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

/** `minify: false` builds readable code, for the profiling scripts. */
export async function buildAndServe(opts: { outDir?: string; minify?: boolean } = {}): Promise<{ url: string; server: PreviewServer; outDir: string; dispose: () => Promise<void> }> {
  const outDir = opts.outDir ?? mkdtempSync(join(tmpdir(), 'kuril-atlas-dist-'));
  if (!opts.outDir) await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: opts.minify ?? true } });
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  const dispose = async () => {
    await server.close();
    if (!opts.outDir) rmSync(outDir, { recursive: true, force: true });
  };
  return { url, server, outDir, dispose };
}

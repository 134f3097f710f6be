/**
 * The one static server of the project: the browser tests, the benches (bench/*.ts) and the
 * profiling scripts (scripts/*.mts) all serve built files with `serveBuilt`.
 *
 * It is Vite's preview server, not a hand-written node:http one (there were both): it is what
 * `npm run preview` serves, so the tests and the benches see the built app as a reader trying it
 * does; it is kept with Vite, which already builds the app (MIME types, the relative `base`,
 * folder index pages, the path checks that keep requests inside the folder); and it compresses
 * text responses with gzip as a static host would. For the benches the server is the same for both
 * pages they compare. A second page, such as the bench's bare MapLibre page, is built into a
 * subfolder of the served folder and served under that prefix (`/bench-bare/`).
 *
 * The app is built in the `test` mode, which keeps the test hooks (`window.kurilAtlas`,
 * src/map/test-hooks.ts) that the production build leaves out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/** Builds the app into `outDir`; `minify: false` builds readable code, for the profiling scripts. */
export async function buildApp(outDir: string, opts: { minify?: boolean } = {}): Promise<void> {
  await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: opts.minify ?? true } });
}

/** Serves the built folder `outDir` on a free localhost port; `url` ends with '/'. */
export async function serveBuilt(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  // 'mpa': a missing file is a 404, as on a static host, not the app's index.html with a 200 (the
  // 'spa' default), which would turn a missing data file into a confusing JSON parse error.
  const server = await preview({ appType: 'mpa', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  return { url, close: () => server.close() };
}

/**
 * Builds the app into a folder of its own (so that parallel runs never share dist/), or uses the
 * built `outDir` given, and serves it. `dispose` stops the server and removes a folder it made.
 */
export async function buildAndServe(opts: { outDir?: string; minify?: boolean } = {}): Promise<{ url: string; outDir: string; dispose: () => Promise<void> }> {
  const outDir = opts.outDir ?? mkdtempSync(join(tmpdir(), 'kuril-atlas-dist-'));
  if (!opts.outDir) await buildApp(outDir, { minify: opts.minify });
  const { url, close } = await serveBuilt(outDir);
  const dispose = async () => {
    await close();
    if (!opts.outDir) rmSync(outDir, { recursive: true, force: true });
  };
  return { url, outDir, dispose };
}

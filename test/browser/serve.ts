/** Builds the app once and serves dist/ on a free localhost port with Vite's preview server. */
import { build, preview, type PreviewServer } from 'vite';

export async function buildAndServe(opts: { skipBuild?: boolean } = {}): Promise<{ url: string; server: PreviewServer }> {
  if (!opts.skipBuild) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  return { url, server };
}

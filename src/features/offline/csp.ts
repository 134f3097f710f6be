/**
 * The atlas's Content-Security-Policy: one policy, shipped in the built index.html as a <meta>
 * tag (vite.config.ts) and given in the README's hosting notes as a header. The app fetches
 * nothing but its own files, so everything is 'self':
 * - `script-src 'self'`: the built app has no inline script and no eval (no 'unsafe-eval').
 * - `worker-src 'self' blob:`: MapLibre starts its workers from a blob: URL; the import's parser
 *   and the service worker are our own files.
 * - `style-src 'self'`: the stylesheets are files; MapLibre and React set styles through the
 *   CSSOM (element.style), which a policy does not govern, so no 'unsafe-inline' is needed.
 * - `img-src` and `connect-src` add data: and blob: (MapLibre's control icons are data: URIs in
 *   its stylesheet; images and tiles it makes in its workers travel as blobs).
 * `frame-ancestors` is left out: a <meta> policy may not carry it, and the embed mode is meant to
 * be framed by other sites.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self' data: blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one line, as a <meta http-equiv> content or a header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES).map(([k, v]) => `${k} ${v}`).join('; ');

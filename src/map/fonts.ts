/** Loads the `font-faces` map written by the geo build, with URLs made absolute for MapLibre. */
export type FontFaces = Record<string, { url: string; 'unicode-range'?: string[] }[]>;

/**
 * `preloaded`: the font files the page preloads (index.html), which are read here at once and
 * handed to MapLibre as blob: URLs (see `readPreloaded`).
 */
export async function loadFontFaces(baseUrl: string, fetchFn: typeof fetch = fetch, preloaded: readonly string[] = []): Promise<FontFaces> {
  const res = await fetchFn(new URL('fonts/font-faces.json', baseUrl).href);
  if (!res.ok) throw new Error(`fonts/font-faces.json: HTTP ${res.status}`);
  return readPreloaded(absolutize(await res.json() as FontFaces, baseUrl), preloaded, fetchFn);
}

export function absolutize(faces: FontFaces, baseUrl: string): FontFaces {
  const out: FontFaces = {};
  for (const [name, list] of Object.entries(faces)) {
    out[name] = list.map((f) => ({ ...f, url: new URL(f.url, baseUrl).href }));
  }
  return out;
}

/** The absolute URLs of the files the document preloads as fetches (index.html's Latin fonts). */
export function preloadedFetches(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((l) => l.href);
}

/**
 * The faces with each preloaded file read now and given as a blob: URL. MapLibre asks for a font
 * file only once a label needs one of its characters: late in the first view, and in some views
 * and languages never (no Russian or Japanese label needs Latin Extended). A preload that nothing
 * reads within a few seconds of the page's load is a console warning, so the preloaded files are
 * read here, always and at once, keeping their head start. The request matches the preload's
 * (`as="fetch"` with `crossorigin="anonymous"`: a CORS request with same-origin credentials, as
 * `fetch` makes by default), so it is served from it. A file that cannot be read keeps its URL,
 * and MapLibre tries it when it needs it.
 *
 * @example
 * await readPreloaded(faces, ['https://atlas.example/fonts/noto-sans-latin-400-normal.woff2']);
 * // the Latin face's url is now 'blob:https://atlas.example/…'
 */
export async function readPreloaded(faces: FontFaces, preloaded: readonly string[], fetchFn: typeof fetch = fetch): Promise<FontFaces> {
  const wanted = new Set(preloaded);
  const urls = new Set(Object.values(faces).flatMap((list) => list.map((f) => f.url)).filter((u) => wanted.has(u)));
  const blobs = new Map<string, string>();
  await Promise.all([...urls].map(async (url) => {
    try {
      const res = await fetchFn(url);
      if (res.ok) blobs.set(url, URL.createObjectURL(await res.blob()));
    } catch {
      // Left to MapLibre.
    }
  }));
  if (!blobs.size) return faces;
  const out: FontFaces = {};
  for (const [name, list] of Object.entries(faces)) out[name] = list.map((f) => ({ ...f, url: blobs.get(f.url) ?? f.url }));
  return out;
}

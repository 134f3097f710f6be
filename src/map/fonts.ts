/** Loads the `font-faces` map written by the geo build, with URLs made absolute for MapLibre. */
export type FontFaces = Record<string, { url: string; 'unicode-range'?: string[] }[]>;

export async function loadFontFaces(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<FontFaces> {
  const res = await fetchFn(new URL('fonts/font-faces.json', baseUrl).href);
  if (!res.ok) throw new Error(`fonts/font-faces.json: HTTP ${res.status}`);
  return absolutize(await res.json() as FontFaces, baseUrl);
}

export function absolutize(faces: FontFaces, baseUrl: string): FontFaces {
  const out: FontFaces = {};
  for (const [name, list] of Object.entries(faces)) {
    out[name] = list.map((f) => ({ ...f, url: new URL(f.url, baseUrl).href }));
  }
  return out;
}

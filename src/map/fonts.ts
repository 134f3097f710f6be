/**
 * The style's `font-faces`: the map written by the geo build (public/fonts/font-faces.json),
 * bundled into the app so the map starts without waiting for a fetch (that wait cost the first
 * view ~40 ms), with URLs made absolute for MapLibre.
 */
import FONT_FACES from '../../public/fonts/font-faces.json';

export type FontFaces = Record<string, { url: string; 'unicode-range'?: string[] }[]>;

export function bundledFontFaces(baseUrl: string): FontFaces {
  return absolutize(FONT_FACES as FontFaces, baseUrl);
}

export function absolutize(faces: FontFaces, baseUrl: string): FontFaces {
  const out: FontFaces = {};
  for (const [name, list] of Object.entries(faces)) {
    out[name] = list.map((f) => ({ ...f, url: new URL(f.url, baseUrl).href }));
  }
  return out;
}

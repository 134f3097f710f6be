/**
 * public/fonts: the font files the map draws its labels with, and font-faces.json, the style's
 * `font-faces` map (MapLibre GL JS 6 draws glyphs from these files itself, so there is no glyph
 * server). Noto Sans covers Latin and Cyrillic; of Noto Sans JP's ~120 subset files only those
 * holding a character some label or map symbol uses are copied, which keeps the download small.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_NAME = 'Noto Sans Regular';

interface Face { file: string; ranges: string[] }

function parseFontsourceCss(cssPath: string): Face[] {
  const css = readFileSync(cssPath, 'utf8');
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) faces.push({ file, ranges: range.split(',').map((r) => r.trim()) });
  }
  return faces;
}

function covers(ranges: string[], cp: number): boolean {
  return ranges.some((r) => {
    const [a, b] = r.replace(/^U\+/i, '').split('-');
    const lo = parseInt(a, 16);
    const hi = b === undefined ? lo : parseInt(b, 16);
    return cp >= lo && cp <= hi;
  });
}

/** Every non-ASCII character the map may draw: label names, and literals in the style code. */
export function mapCharacters(labelTexts: string[], styleDir: string): Set<number> {
  const chars = new Set<number>();
  const add = (s: string) => { for (const ch of s) { const cp = ch.codePointAt(0)!; if (cp > 0x7e) chars.add(cp); } };
  labelTexts.forEach(add);
  for (const f of readdirSync(styleDir).sort()) {
    if (f.endsWith('.ts') && !f.endsWith('.test.ts')) add(readFileSync(join(styleDir, f), 'utf8'));
  }
  return chars;
}

export interface FontFaceEntry { url: string; 'unicode-range': string[] }

/** Copies the needed files into `outDir` and returns the `font-faces` object. */
export function buildFonts(chars: Set<number>, outDir: string): Record<string, FontFaceEntry[]> {
  const require = createRequire(import.meta.url);
  const sansDir = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  const jpDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
  const sans = parseFontsourceCss(join(sansDir, '400.css')).filter((f) => /-(latin|latin-ext|cyrillic)-400-normal/.test(f.file));
  const jp = parseFontsourceCss(join(jpDir, '400.css'));
  const chosen: { dir: string; face: Face }[] = sans.map((face) => ({ dir: sansDir, face }));
  const uncovered: number[] = [];
  for (const cp of [...chars].sort((a, b) => a - b)) {
    if (chosen.some(({ face }) => covers(face.ranges, cp))) continue;
    const hit = jp.find((f) => covers(f.ranges, cp));
    if (hit) chosen.push({ dir: jpDir, face: hit });
    else uncovered.push(cp);
  }
  if (uncovered.length) {
    throw new Error(`no bundled font covers ${uncovered.map((c) => `U+${c.toString(16).toUpperCase()} (${String.fromCodePoint(c)})`).join(', ')}`);
  }
  // Start from an empty folder, so a file no longer needed does not linger in the app.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const faces: FontFaceEntry[] = [];
  for (const { dir, face } of chosen) {
    copyFileSync(join(dir, 'files', face.file), join(outDir, face.file));
    faces.push({ url: `fonts/${face.file}`, 'unicode-range': face.ranges });
  }
  return { [FONT_NAME]: faces };
}

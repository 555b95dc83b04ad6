import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * Tinos (metric-compatible with Times New Roman, the typeface of Decree 30/2020/NĐ-CP for official documents), full
 * TTF files shipped inside the npm package @expo-google-fonts/tinos, SIL Open Font License 1.1. Read from
 * node_modules and parsed once per process; nothing is downloaded at run time.
 */
export const FONT = {
  regular: 'Tinos-Regular',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
} as const;
export type FontStyle = keyof typeof FONT;

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
let cache: Record<FontStyle, Font> | undefined;

/**
 * Reads and parses a font and fills its glyph cache from its character map, lowest code point first. fontkit keeps
 * the code points of a glyph from the first time it is asked for it; once a font is shared, a glyph first met as a
 * component of a composite glyph (ơ inside ờ) while a document is subset would otherwise keep no code point, and the
 * next documents would lose that letter from their text layer (copy, search, screen readers).
 */
function load(style: FontStyle): Font {
  const font = create(readFileSync(require.resolve(`@expo-google-fonts/tinos/${FILES[style]}`)));
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(codePoint);
  return font;
}

/** The four styles, read and parsed once and shared by all documents (parsing per document cost ~40 ms). */
export function loadFonts(): Record<FontStyle, Font> {
  if (!cache) {
    cache = { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') };
  }
  return cache;
}

/** Registers the four styles under the names in FONT; only the glyphs used end up in the PDF (subset). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  // pdfkit takes a parsed fontkit font as well as a file (PDFFontFactory.open); its type declarations do not say so.
  for (const style of Object.keys(FONT) as FontStyle[]) doc.registerFont(FONT[style], fonts[style] as unknown as Buffer);
}

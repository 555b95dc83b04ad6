/** The one entry point of fontkit (pdfkit's font engine, MIT) this folder uses; fontkit ships no type declarations. */
declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it wherever it takes a font file. */
  export type Font = {
    postscriptName: string;
    characterSet: number[];
    layout: (text: string) => unknown;
    hasGlyphForCodePoint: (codePoint: number) => boolean;
    glyphForCodePoint: (codePoint: number) => unknown;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

import PDFDocument from 'pdfkit';
import { FONT, registerFonts } from './fonts.js';

/** A5 portrait for the slips (forms 01–06), A4 landscape for the register (form 07): Circular 01/2018/TT-VPCP Art 9. */
export type PageFormat = 'A5' | 'A4-landscape';
export type Style = { body: number; small: number; heading: number; title: number; table: number };
/** A document plus the measures every block needs. */
export type Sheet = { doc: PDFKit.PDFDocument; style: Style; left: number; width: number; format: PageFormat };
export type SheetOptions = { format: PageFormat; title: string; author: string; subject: string; compress?: boolean };

const MM = 72 / 25.4;
const MARGINS: Record<PageFormat, { top: number; bottom: number; left: number; right: number }> = {
  'A5': { top: 10 * MM, bottom: 12 * MM, left: 15 * MM, right: 10 * MM },
  'A4-landscape': { top: 15 * MM, bottom: 15 * MM, left: 20 * MM, right: 15 * MM },
};
const STYLES: Record<PageFormat, Style> = {
  'A5': { body: 10.5, small: 8.5, heading: 10, title: 12.5, table: 9 },
  'A4-landscape': { body: 11, small: 9, heading: 11.5, title: 14, table: 9.5 },
};

/** A new document with the fonts registered and pages buffered (so page numbers can be written at the end). */
export function createSheet(options: SheetOptions): Sheet {
  const doc = new PDFDocument({
    size: options.format === 'A5' ? 'A5' : 'A4',
    layout: options.format === 'A5' ? 'portrait' : 'landscape',
    margins: MARGINS[options.format],
    bufferPages: true,
    compress: options.compress ?? true,
    font: '', // no default standard font: everything is set in Tinos below
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: options.title, Author: options.author, Subject: options.subject, Creator: 'cchc' },
  });
  registerFonts(doc);
  doc.font(FONT.regular).fontSize(STYLES[options.format].body);
  const margins = MARGINS[options.format];
  return { doc, style: STYLES[options.format], left: margins.left, width: doc.page.width - margins.left - margins.right, format: options.format };
}

/**
 * Writes "Trang x/y" at the foot of every page (always for the register, from two pages on for the slips), ends
 * the document and returns its bytes.
 */
export function finishSheet(sheet: Sheet, pageNumbers: 'always' | 'when-several'): Promise<Buffer> {
  const { doc } = sheet;
  const range = doc.bufferedPageRange();
  if (pageNumbers === 'always' || range.count > 1) {
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
      doc.font(FONT.italic).fontSize(sheet.style.small)
        .text(`Trang ${i + 1}/${range.count}`, sheet.left, doc.page.height - bottom / 2 - sheet.style.small / 2,
          { width: sheet.width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Options of every form renderer; `compress: false` leaves content streams readable (tests read the text back). */
export type RenderOptions = { compress?: boolean };

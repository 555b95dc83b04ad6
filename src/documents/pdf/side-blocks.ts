import type { Sheet } from './document.js';
import { FONT } from './fonts.js';
import { drawQr } from './qr.js';

/**
 * Draws `main` in a narrowed column and, on its right, the QR code of the dossier look-up address with a caption
 * under it. Leaves the cursor under whichever is taller.
 */
export function withQrAside(sheet: Sheet, url: string, caption: string, main: (narrow: Sheet) => void): void {
  const { doc, style } = sheet;
  const side = sheet.format === 'A5' ? 72 : 90;
  doc.fontSize(style.small);
  const captionHeight = doc.heightOfString(caption, { width: side });
  if (doc.y + side + captionHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  const x = sheet.left + sheet.width - side;
  drawQr(doc, url, x, top - 4, side);
  doc.font(FONT.italic).fontSize(style.small).text(caption, x, top + side - 6, { width: side, align: 'center' });
  const asideBottom = doc.y;
  doc.font(FONT.regular).fontSize(style.body);
  doc.x = sheet.left;
  doc.y = top;
  main({ ...sheet, width: sheet.width - side - 8 });
  doc.y = Math.max(doc.y, asideBottom + 2);
}

/** A QR code with its caption, for the free side of a single signature block; returns where it ends. */
export function qrBeside(sheet: Sheet, url: string, caption: string): (x: number, y: number, width: number) => number {
  return (x, y, width) => {
    const { doc, style } = sheet;
    const side = 72;
    const qx = x + (width - side) / 2;
    drawQr(doc, url, qx, y, side);
    doc.font(FONT.italic).fontSize(style.small).text(caption, x, y + side, { width, align: 'center' });
    return doc.y;
  };
}

/** The "Nơi nhận" (recipients) list of an official letter, for the free side of a single signature block. */
export function recipientsBeside(sheet: Sheet, recipients: string[]): (x: number, y: number, width: number) => number {
  return (x, y, width) => {
    const { doc, style } = sheet;
    doc.font(FONT.boldItalic).fontSize(style.small).text('Nơi nhận:', x, y, { width });
    doc.font(FONT.regular).fontSize(style.small - 0.5);
    recipients.forEach((r, i) => doc.text(`- ${r.normalize('NFC')}${i === recipients.length - 1 ? '.' : ';'}`, x, doc.y, { width: width - 8 }));
    return doc.y;
  };
}

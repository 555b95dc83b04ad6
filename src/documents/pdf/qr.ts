import QRCode from 'qrcode';

/** The module matrix of a QR code for `text` (error correction M, as printed slips usually use). */
export function qrMatrix(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) };
}

/**
 * Draws the QR code of `text` as vector squares (sharp at any print resolution, no image) in a `side`-point square
 * at (x, y), quiet zone included (4 modules, as ISO/IEC 18004 asks).
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { size, dark } = qrMatrix(text);
  const quiet = 4;
  const unit = side / (size + 2 * quiet);
  doc.save();
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) { col++; continue; }
      const start = col;
      while (col < size && dark(row, col)) col++;
      doc.rect(x + (quiet + start) * unit, y + (quiet + row) * unit, (col - start) * unit, unit);
    }
  }
  doc.fillColor('black').fill();
  doc.restore();
}

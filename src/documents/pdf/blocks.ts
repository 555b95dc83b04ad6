import type { Sheet } from './document.js';
import { FONT } from './fonts.js';

/** What the forms print for a value they do not have: a dotted blank to fill in by hand. */
export const BLANK = '……………………';
const nfc = (text: string | null | undefined): string => (text ? text.normalize('NFC') : BLANK);

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace(sheet: Sheet, height: number): void {
  const { doc } = sheet;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    doc.x = sheet.left;
  }
}

/**
 * One flowing line (wrapping as needed) of "Label: value" pairs: labels in roman, values in bold, as filled-in
 * official slips read. A null value prints a dotted blank.
 */
export function field(sheet: Sheet, ...pairs: Array<[label: string, value: string | null]>): void {
  const { doc, style, left, width } = sheet;
  doc.fontSize(style.body);
  ensureSpace(sheet, style.body * 1.3);
  pairs.forEach(([label, value], i) => {
    const gap = i === 0 ? '' : '     ';
    const last = i === pairs.length - 1;
    doc.font(FONT.regular);
    if (i === 0) doc.text(`${label}: `, left, doc.y, { width, continued: true });
    else doc.text(`${gap}${label}: `, { continued: true });
    doc.font(FONT.bold).text(nfc(value), { continued: !last });
  });
  doc.font(FONT.regular);
  doc.y += 1.5;
}

export type ParagraphOptions = { bold?: boolean; italic?: boolean; indent?: number; align?: 'left' | 'center' | 'right' | 'justify'; size?: number };

/** A paragraph of running text, justified by default. */
export function paragraph(sheet: Sheet, text: string, options: ParagraphOptions = {}): void {
  const { doc, style, left, width } = sheet;
  const font = options.bold ? (options.italic ? FONT.boldItalic : FONT.bold) : options.italic ? FONT.italic : FONT.regular;
  const indent = options.indent ?? 0;
  doc.font(font).fontSize(options.size ?? style.body);
  ensureSpace(sheet, (options.size ?? style.body) * 1.3);
  doc.text(nfc(text), left + indent, doc.y, { width: width - indent, align: options.align ?? 'justify' });
  doc.font(FONT.regular).fontSize(style.body);
  doc.x = left;
  doc.y += 1.5;
}

/** A numbered (1. 2. …) or dashed list, each item indented under the previous paragraph. */
export function list(sheet: Sheet, items: string[], marker: 'number' | 'dash' = 'number'): void {
  items.forEach((item, i) => paragraph(sheet, `${marker === 'number' ? `${i + 1}.` : '-'} ${item}`, { indent: 12, align: 'left' }));
}

export type Signature = { title: string; hint: string; name: string | null };

/**
 * Signature blocks side by side under the text: one block sits in the right half, two share the width. Title in
 * bold upper case, hint in italics, room to sign, then the name in bold. `left` draws beside a single block (a QR code,
 * the "Nơi nhận" list) and returns the y it ends at.
 */
export function signatures(sheet: Sheet, blocks: Signature[], options: { left?: (x: number, y: number, width: number) => number } = {}): void {
  const { doc, style, left, width } = sheet;
  const room = style.body * 4.2;
  ensureSpace(sheet, style.body * 3 + room + style.body * 2);
  const y = doc.y + style.body * 0.6;
  const columnWidth = width / 2;
  let bottom = blocks.length === 1 && options.left ? options.left(left, y, columnWidth) : y;
  const startX = blocks.length === 1 ? left + columnWidth : left;
  blocks.forEach((block, i) => {
    const x = startX + i * columnWidth;
    doc.font(FONT.bold).fontSize(style.body).text(block.title.toLocaleUpperCase('vi'), x, y, { width: columnWidth, align: 'center' });
    doc.font(FONT.italic).fontSize(style.small).text(block.hint, x, doc.y, { width: columnWidth, align: 'center' });
    const nameY = doc.y + room;
    if (block.name) doc.font(FONT.bold).fontSize(style.body).text(nfc(block.name), x, nameY, { width: columnWidth, align: 'center' });
    bottom = Math.max(bottom, block.name ? doc.y : nameY);
  });
  doc.font(FONT.regular).fontSize(style.body);
  doc.x = left;
  doc.y = Math.max(bottom, doc.y) + style.body * 0.5;
}

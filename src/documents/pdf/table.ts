import type { Sheet } from './document.js';
import { FONT } from './fonts.js';

/** A column: its header, its share of the width, its alignment, and an optional group header spanning neighbours. */
export type Column = { header: string; weight: number; align?: 'left' | 'center' | 'right'; group?: string };
export type TableOptions = { fontSize?: number; padding?: number };

type Laid = Column & { x: number; w: number };

/**
 * A ruled table across the text width. Rows that do not fit go to a new page, where the header row (with its group
 * row, if any) is drawn again. Cells wrap; a cell may hold several lines separated by "\n".
 */
export function drawTable(sheet: Sheet, columns: Column[], rows: string[][], options: TableOptions = {}): void {
  const { doc, left, width } = sheet;
  const size = options.fontSize ?? sheet.style.table;
  const pad = options.padding ?? 3;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  let x = left;
  const laid: Laid[] = columns.map((c) => { const w = (c.weight / total) * width; const l = { ...c, x, w }; x += w; return l; });
  const hasGroups = laid.some((c) => c.group);
  // Each "\n"-separated line is measured and drawn on its own: pdfkit counts "\n" as a glyph and may wrap early.
  const textHeight = (text: string, w: number, font: string) => {
    doc.font(font).fontSize(size);
    return text.split('\n').reduce((h, line) => h + doc.heightOfString(line || ' ', { width: w - 2 * pad }), 0);
  };

  // Groups: runs of neighbouring columns with the same group name.
  const groups: Array<{ name: string; x: number; w: number }> = [];
  for (const c of laid) {
    const last = groups[groups.length - 1];
    if (c.group && last && last.name === c.group && Math.abs(last.x + last.w - c.x) < 0.01) last.w += c.w;
    else if (c.group) groups.push({ name: c.group, x: c.x, w: c.w });
  }
  const groupHeight = hasGroups ? Math.max(...groups.map((g) => textHeight(g.name, g.w, FONT.bold))) + 2 * pad : 0;
  const subHeight = Math.max(...laid.map((c) => textHeight(c.header, c.w, FONT.bold))) + 2 * pad;
  const headerHeight = groupHeight + subHeight;
  const bottomLimit = () => doc.page.height - doc.page.margins.bottom;

  const cell = (text: string, cx: number, cy: number, w: number, h: number, font: string, align: Column['align'], middle: boolean) => {
    doc.lineWidth(0.5).rect(cx, cy, w, h).stroke();
    const th = textHeight(text, w, font);
    const ty = middle ? cy + (h - th) / 2 : cy + pad;
    doc.font(font).fontSize(size);
    text.split('\n').forEach((line, i) => doc.text(line || ' ', cx + pad, i === 0 ? ty : doc.y, { width: w - 2 * pad, align: align ?? 'left' }));
  };
  const drawHeader = (y: number): number => {
    for (const g of groups) cell(g.name, g.x, y, g.w, groupHeight, FONT.bold, 'center', true);
    for (const c of laid) {
      if (c.group) cell(c.header, c.x, y + groupHeight, c.w, subHeight, FONT.bold, 'center', true);
      else cell(c.header, c.x, y, c.w, headerHeight, FONT.bold, 'center', true);
    }
    return y + headerHeight;
  };

  let y = doc.y;
  if (y + headerHeight + size * 2 > bottomLimit()) { doc.addPage(); y = doc.page.margins.top; }
  y = drawHeader(y);
  for (const row of rows) {
    const texts = laid.map((_, i) => (row[i] ?? '').normalize('NFC'));
    const h = Math.max(...texts.map((t, i) => textHeight(t, laid[i].w, FONT.regular))) + 2 * pad;
    if (y + h > bottomLimit()) {
      doc.addPage();
      y = drawHeader(doc.page.margins.top);
    }
    texts.forEach((t, i) => cell(t, laid[i].x, y, laid[i].w, h, FONT.regular, laid[i].align, false));
    y += h;
  }
  doc.font(FONT.regular).fontSize(sheet.style.body);
  doc.x = left;
  doc.y = y + sheet.style.body * 0.5;
}

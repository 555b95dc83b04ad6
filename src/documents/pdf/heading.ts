import type { Sheet } from './document.js';
import { FONT } from './fonts.js';

export type HeadingOptions = {
  /** "01" … "07", printed as "Mẫu số 01" at the top right. */
  formNo: string;
  /** The issuing agency or unit, printed upper case at the top left. */
  agency: string;
  /** "Hà Tĩnh, ngày 05 tháng 3 năm 2026", or null for none (the register). */
  placeAndDate: string | null;
};

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Largest size up to `max` at which `text` fits in `width` on one line. */
function fitSize(doc: PDFKit.PDFDocument, text: string, width: number, max: number): number {
  let size = max;
  while (size > 6 && doc.fontSize(size).widthOfString(text) > width) size -= 0.25;
  return size;
}

/**
 * The narrowest width at which `text` still takes as few lines as at `max`, so that two wrapped lines come out even
 * ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH / CÔNG TỈNH HÀ TĨNH" rather than a lone last word).
 */
function balancedWidth(doc: PDFKit.PDFDocument, text: string, max: number): number {
  const height = (w: number) => doc.heightOfString(text, { width: w });
  const target = height(max);
  let [lo, hi] = [max / 4, max];
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (height(mid) > target + 0.1) lo = mid; else hi = mid;
  }
  return Math.min(max, hi + 0.5);
}

function rule(doc: PDFKit.PDFDocument, centre: number, y: number, length: number): void {
  doc.lineWidth(0.6).moveTo(centre - length / 2, y).lineTo(centre + length / 2, y).stroke();
}

/**
 * The heading of Decree 30/2020/NĐ-CP as the one-stop forms use it: agency name top left with a short rule under it;
 * national name and motto top right with a rule as long as the motto; the place and date line in italics under them.
 * Leaves the cursor under the heading.
 */
export function drawHeading(sheet: Sheet, options: HeadingOptions): void {
  const { doc, style, left, width } = sheet;
  const top = doc.page.margins.top;
  doc.font(FONT.bold).fontSize(style.small)
    .text(`Mẫu số ${options.formNo}`, left, top, { width, align: 'right', lineBreak: false });

  const leftWidth = width * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  const y0 = top + style.small + 4;

  doc.font(FONT.bold).fontSize(style.heading);
  // Keep the last two words (a place name such as "HÀ TĨNH") together with a no-break space.
  const agency = options.agency.normalize('NFC').trim().toLocaleUpperCase('vi').replace(/ (\S+)$/u, '\u00a0$1');
  const twoLines = doc.heightOfString(agency, { width: leftWidth - 6 }) < doc.currentLineHeight(true) * 2.5;
  const agencyWidth = twoLines ? balancedWidth(doc, agency, leftWidth - 6) : leftWidth - 6;
  doc.text(agency, left + (leftWidth - 6 - agencyWidth) / 2, y0, { width: agencyWidth, align: 'center' });
  const leftBottom = doc.y + 2;
  rule(doc, left + leftWidth / 2 - 3, leftBottom, leftWidth * 0.35);

  const nationSize = fitSize(doc, NATION, rightWidth, style.heading);
  doc.font(FONT.bold).fontSize(nationSize).text(NATION, rightX, y0, { width: rightWidth, align: 'center', lineBreak: false });
  const mottoSize = nationSize + 0.5;
  doc.fontSize(mottoSize).text(MOTTO, rightX, y0 + nationSize * 1.2, { width: rightWidth, align: 'center', lineBreak: false });
  const mottoBottom = y0 + nationSize * 1.2 + mottoSize * 1.15 + 2.5;
  rule(doc, rightX + rightWidth / 2, mottoBottom, doc.widthOfString(MOTTO));

  let rightBottom = mottoBottom;
  if (options.placeAndDate) {
    doc.font(FONT.italic).fontSize(style.heading)
      .text(options.placeAndDate.normalize('NFC'), rightX, mottoBottom + 6, { width: rightWidth, align: 'center' });
    rightBottom = doc.y;
  }
  doc.font(FONT.regular).fontSize(style.body);
  doc.x = left;
  doc.y = Math.max(leftBottom, rightBottom) + style.body;
}

/** The form's title, bold upper case, centred, with optional lines under it (e.g. "Mã hồ sơ: …"). */
export function drawTitle(sheet: Sheet, title: string, lines: string[] = []): void {
  const { doc, style, left, width } = sheet;
  doc.font(FONT.bold).fontSize(style.title).text(title, left, doc.y, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(style.body);
  for (const line of lines) doc.text(line.normalize('NFC'), left, doc.y + 1, { width, align: 'center' });
  doc.y += style.body * 0.6;
}

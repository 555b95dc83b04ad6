import ExcelJS from 'exceljs';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { Ii06aFigures } from '../../domain/statistics/ii06a-row.js';
import type { Ii06aReport } from '../../domain/statistics/ii06a-report.js';
import { formatDateVi, formatPeriodVi } from '../format-vi.js';
import {
  II06A_EXTENSION, II06A_FIELD_LABEL, II06A_FIGURE_COLUMNS, II06A_FORM_NO, II06A_GROUPS, II06A_TITLE, II06A_TOTAL_LABEL,
  II06A_TT_LABEL, II06A_UNIT_OF_COUNT,
} from '../ii06a-columns.js';

/** Rows of the sheet: the heading block, the two header rows, the column-number row, then the data. */
export const II06A_XLSX_ROWS = { formNo: 1, title: 2, period: 3, unitOfCount: 4, header: 5, subHeader: 6, columnNumbers: 7, firstData: 8 } as const;

const FONT = 'Times New Roman';
/**
 * Thousands grouped; Excel and LibreOffice print the separator of the reader's locale, so a Vietnamese locale shows
 * 860.246 (a number format cannot force "." without turning the figure into text).
 */
const COUNT_FORMAT = '#,##0';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COLUMN_COUNT = 2 + II06A_FIGURE_COLUMNS.length;

const column = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const LAST = column(COLUMN_COUNT);

/**
 * Form "Biểu số II.06a/VPCP/KSTT" (Circular 01/2020/TT-VPCP annex; shared/domain.md §2.1) as an xlsx workbook in the
 * official layout: form number, title with the unit, reporting period, the two-level header of cols 1–13 plus the
 * local extension cols 14–17, the column-number row (1)…(17), one row per field, a bold total row; A4 landscape,
 * one page wide, header rows repeated on every page. No clock: the workbook's dates are the report's `generatedAt`.
 */
export async function renderIi06aXlsx(report: Ii06aReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const generatedAt = new Date(report.generatedAt);
  workbook.creator = 'cchc';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = `${II06A_FORM_NO} – ${report.unit.name}`;

  const R = II06A_XLSX_ROWS;
  const sheet = workbook.addWorksheet('II.06a', {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${R.header}:${R.columnNumbers}`,
    },
    headerFooter: { oddFooter: '&CTrang &P/&N' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: R.columnNumbers }],
    properties: { defaultRowHeight: 18 },
  });
  sheet.columns = [{ width: 6 }, { width: 42 }, ...II06A_FIGURE_COLUMNS.map(() => ({ width: 11 }))];

  const text = (ref: string, value: string, font: Partial<ExcelJS.Font>, alignment: Partial<ExcelJS.Alignment>) => {
    const cell = sheet.getCell(ref);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { vertical: 'middle', wrapText: true, ...alignment };
  };

  // Heading block.
  sheet.mergeCells(`A${R.formNo}:F${R.formNo}`);
  text(`A${R.formNo}`, II06A_FORM_NO, { bold: true }, { horizontal: 'left', wrapText: false });
  sheet.mergeCells(`K${R.formNo}:${LAST}${R.formNo}`);
  text(`K${R.formNo}`, `Đơn vị báo cáo: ${report.unit.name}`, {}, { horizontal: 'right', wrapText: false });
  sheet.mergeCells(`A${R.title}:${LAST}${R.title}`);
  text(`A${R.title}`, `${II06A_TITLE} ${report.unit.name.normalize('NFC').toLocaleUpperCase('vi-VN')}`, { bold: true, size: 14 }, { horizontal: 'center' });
  sheet.getRow(R.title).height = 36;
  sheet.mergeCells(`A${R.period}:${LAST}${R.period}`);
  text(`A${R.period}`, `Kỳ báo cáo: ${formatPeriodVi(report.from, report.to)}`, { italic: true }, { horizontal: 'center' });
  sheet.mergeCells(`K${R.unitOfCount}:${LAST}${R.unitOfCount}`);
  text(`K${R.unitOfCount}`, II06A_UNIT_OF_COUNT, { italic: true }, { horizontal: 'right', wrapText: false });

  // Two-level header: TT and field span both rows; each group spans its columns.
  const header = (ref: string, value: string) => {
    text(ref, value, { bold: true, size: 11 }, { horizontal: 'center' });
    sheet.getCell(ref).border = BOX;
  };
  sheet.mergeCells(`A${R.header}:A${R.subHeader}`);
  header(`A${R.header}`, II06A_TT_LABEL);
  sheet.mergeCells(`B${R.header}:B${R.subHeader}`);
  header(`B${R.header}`, II06A_FIELD_LABEL);
  let col = 3;
  for (const group of [...II06A_GROUPS, II06A_EXTENSION]) {
    const [first, last] = [column(col), column(col + group.columns.length - 1)];
    sheet.mergeCells(`${first}${R.header}:${last}${R.header}`);
    header(`${first}${R.header}`, group.label);
    for (const c of group.columns) header(`${column(col++)}${R.subHeader}`, c.label);
  }
  for (let c = 1; c <= COLUMN_COUNT; c++) {
    // Borders on every cell of the merged ranges, so that the grid prints whole.
    for (const r of [R.header, R.subHeader]) sheet.getCell(`${column(c)}${r}`).border = BOX;
    text(`${column(c)}${R.columnNumbers}`, `(${c})`, { italic: true, size: 10 }, { horizontal: 'center' });
    sheet.getCell(`${column(c)}${R.columnNumbers}`).border = BOX;
  }
  sheet.getRow(R.header).height = 22;
  sheet.getRow(R.subHeader).height = 48;

  // Data: one row per field, then the total.
  const figures = (r: number, tt: string | number, label: string, f: Ii06aFigures, bold: boolean) => {
    const row = sheet.getRow(r);
    row.getCell(1).value = tt;
    row.getCell(2).value = label;
    II06A_FIGURE_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(3 + i);
      cell.value = f[c.figure];
      cell.numFmt = COUNT_FORMAT;
    });
    for (let c = 1; c <= COLUMN_COUNT; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12, bold };
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', wrapText: c === 2, horizontal: c === 1 ? 'center' : c === 2 ? 'left' : 'right' };
    }
  };
  let r = R.firstData;
  report.rows.forEach((row, i) => figures(r++, i + 1, row.fieldName, row, false));
  figures(r, '', II06A_TOTAL_LABEL, report.total, true);
  sheet.mergeCells(`A${r}:B${r}`);
  sheet.getCell(`A${r}`).value = II06A_TOTAL_LABEL;
  sheet.getCell(`A${r}`).alignment = { vertical: 'middle', horizontal: 'center' };

  // Notes under the table.
  const notes = [
    'Ghi chú: cột (3) = (4) + (5) + (6) = (7) + (11); hồ sơ rút, trả lại được tính trong cột (7). Các cột (14)–(17) là chi tiết thêm, không thuộc biểu mẫu.',
    `Số liệu tổng hợp ngày ${formatDateVi(localDateOf(generatedAt))}; quy tắc tính: ${report.rules}.`,
  ];
  notes.forEach((note, i) => {
    const at = r + 2 + i;
    sheet.mergeCells(`A${at}:${LAST}${at}`);
    text(`A${at}`, note, { italic: true, size: 10 }, { horizontal: 'left', wrapText: false });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun,
  VerticalAlignTable, WidthType, type ISectionOptions,
} from 'docx';
import type { Ii06aFigures } from '../../domain/statistics/ii06a-row.js';
import type { Ii06aReport } from '../../domain/statistics/ii06a-report.js';
import { formatNumberVi, formatPeriodVi, formatShareVi } from '../format-vi.js';
import {
  II06A_EXTENSION, II06A_FIELD_LABEL, II06A_FIGURE_COLUMNS, II06A_FORM_NO, II06A_GROUPS, II06A_TITLE, II06A_TOTAL_LABEL,
  II06A_TT_LABEL, II06A_UNIT_OF_COUNT,
} from '../ii06a-columns.js';
import { formatPlaceAndDate } from '../pdf/vn-time.js';

export type RenderIi06aDocxOptions = {
  /** The period as it follows "Báo cáo kết quả giải quyết thủ tục hành chính …": "quý I năm 2026" (see report-periods). */
  periodLabel: string;
  /** Place name for the date line ("Hà Tĩnh"); a dotted blank for the officer to fill in when absent. */
  place?: string;
};

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const FONT = 'Times New Roman';
/** Half-points: body 14 pt, heading block 13 pt, table 9 pt (Decree 30/2020/NĐ-CP, Annex I, for the narrative). */
const SIZE = { body: 28, heading: 26, table: 18, note: 22 } as const;
/** A4 in twips (210 × 297 mm); margins per Decree 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 15 mm). */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 850, right: 850 };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: o.size ?? SIZE.body, bold: o.bold, italics: o.italics });
const centred = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: o.after ?? 0 }, children: [run(text, o)] });
/** A body paragraph: justified, first line indented, 6 pt after (Decree 30/2020/NĐ-CP, Annex I). */
const body = (...children: TextRun[]) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 }, children });
const n = formatNumberVi;

/** The sentences of the narrative, with the figures of the total row filled in. */
export function ii06aSentences(report: Ii06aReport): { received: string[]; resolved: string[]; inProgress: string[] } {
  const t = report.total;
  const newInPeriod = t.receivedOnline + t.receivedInPersonOrPostal;
  const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${formatShareVi(part, whole)})`);
  const received = t.received === 0
    ? ['Trong kỳ không có hồ sơ tiếp nhận và không có hồ sơ từ kỳ trước chuyển sang.']
    : [
      `Tổng số hồ sơ tiếp nhận: ${n(t.received)} hồ sơ, trong đó: tiếp nhận mới trong kỳ ${n(newInPeriod)} hồ sơ `
      + `(trực tuyến ${n(t.receivedOnline)} hồ sơ${newInPeriod === 0 ? '' : `, chiếm ${formatShareVi(t.receivedOnline, newInPeriod)} số hồ sơ tiếp nhận mới`}; `
      + `trực tiếp và qua dịch vụ bưu chính ${n(t.receivedInPersonOrPostal)} hồ sơ); từ kỳ trước chuyển sang ${n(t.carriedOver)} hồ sơ.`,
    ];
  const resolved = [
    `Số hồ sơ đã giải quyết: ${n(t.resolved)} hồ sơ${t.received === 0 ? '' : `, đạt ${formatShareVi(t.resolved, t.received)} số hồ sơ tiếp nhận`}`
    + (t.resolved === 0 ? '.' : `, trong đó: trước hạn ${n(t.resolvedEarly)} hồ sơ, đúng hạn ${n(t.resolvedOnTime)} hồ sơ `
      + `(tỷ lệ giải quyết trước hạn và đúng hạn ${formatShareVi(t.resolvedEarly + t.resolvedOnTime, t.resolved)}); `
      + `quá hạn ${n(t.resolvedLate)} hồ sơ${share(t.resolvedLate, t.resolved)}`
      + (t.resolvedLate === 0 ? '.' : `, trong đó có văn bản xin lỗi ${n(t.lateWithApology)} hồ sơ, chưa có văn bản xin lỗi ${n(t.lateWithoutApology)} hồ sơ.`)),
  ];
  if (t.withdrawn + t.refused > 0) {
    resolved.push(`Số hồ sơ đã giải quyết bao gồm ${n(t.withdrawn)} hồ sơ do tổ chức, cá nhân rút và ${n(t.refused)} hồ sơ bị từ chối, trả lại.`);
  }
  const inProgress = [
    `Số hồ sơ đang giải quyết: ${n(t.inProgress)} hồ sơ`
    + (t.inProgress === 0 ? '.' : `, trong đó: trong hạn ${n(t.inProgressWithinDeadline)} hồ sơ; quá hạn ${n(t.inProgressOverdue)} hồ sơ${share(t.inProgressOverdue, t.inProgress)}.`),
  ];
  return { received, resolved, inProgress };
}

function headingBlock(report: Ii06aReport, o: RenderIi06aDocxOptions): Table {
  const half = Math.floor((A4.width - MARGIN.left - MARGIN.right) / 2);
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
  const agency = report.unit.name.normalize('NFC').toLocaleUpperCase('vi-VN');
  const dateLine = formatPlaceAndDate(o.place ?? '…………', report.generatedAt);
  return new Table({
    width: { size: half * 2, type: WidthType.DXA }, columnWidths: [Math.round(half * 0.85), Math.round(half * 1.15)], borders: NO_BORDERS,
    rows: [new TableRow({ children: [
      cell([centred(agency, { bold: true, size: SIZE.heading }), centred('———', { size: SIZE.heading, after: 120 }), centred('Số: ……/BC-……', { size: SIZE.heading })], Math.round(half * 0.85)),
      cell([centred(NATION, { bold: true, size: 24 }), centred(MOTTO, { bold: true, size: SIZE.heading }), centred('———————————', { size: SIZE.heading, after: 120 }),
        centred(dateLine, { italics: true, size: SIZE.heading })], Math.round(half * 1.15)),
    ] })],
  });
}

/** Form II.06a as a Word table: two-level header, column numbers, one row per field, bold total. */
function ii06aTable(report: Ii06aReport): Table {
  const usable = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
  const ttWidth = 500;
  const fieldWidth = 2600;
  const figureWidth = Math.floor((usable - ttWidth - fieldWidth) / II06A_FIGURE_COLUMNS.length);
  const widths = [ttWidth, fieldWidth, ...II06A_FIGURE_COLUMNS.map(() => figureWidth)];
  const cell = (text: string, o: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; columnSpan?: number; rowSpan?: number; width?: number } = {}) =>
    new TableCell({
      columnSpan: o.columnSpan, rowSpan: o.rowSpan, verticalAlign: VerticalAlignTable.CENTER,
      width: o.width === undefined ? undefined : { size: o.width, type: WidthType.DXA },
      margins: { left: 40, right: 40, top: 20, bottom: 20 },
      children: [new Paragraph({ alignment: o.align ?? AlignmentType.CENTER, children: [run(text, { bold: o.bold, italics: o.italics, size: SIZE.table })] })],
    });
  const groups = [...II06A_GROUPS, II06A_EXTENSION];
  const header1 = new TableRow({ tableHeader: true, cantSplit: true, children: [
    cell(II06A_TT_LABEL, { bold: true, rowSpan: 2, width: ttWidth }),
    cell(II06A_FIELD_LABEL, { bold: true, rowSpan: 2, width: fieldWidth }),
    ...groups.map((g) => cell(g.label, { bold: true, columnSpan: g.columns.length, width: figureWidth * g.columns.length })),
  ] });
  const header2 = new TableRow({ tableHeader: true, cantSplit: true, children: II06A_FIGURE_COLUMNS.map((c) => cell(c.label, { bold: true, width: figureWidth })) });
  const numbers = new TableRow({ tableHeader: true, cantSplit: true, children: widths.map((w, i) => cell(`(${i + 1})`, { italics: true, width: w })) });
  const figures = (tt: string, label: string, f: Ii06aFigures, bold: boolean) => new TableRow({ cantSplit: true, children: [
    cell(tt, { bold, width: ttWidth }),
    cell(label, { bold, align: AlignmentType.LEFT, width: fieldWidth }),
    ...II06A_FIGURE_COLUMNS.map((c) => cell(n(f[c.figure]), { bold, align: AlignmentType.RIGHT, width: figureWidth })),
  ] });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
    rows: [header1, header2, numbers, ...report.rows.map((r, i) => figures(String(i + 1), r.fieldName, r, false)), figures('', II06A_TOTAL_LABEL, report.total, true)],
  });
}

/**
 * A Vietnamese administrative report on procedure handling for one unit and one period, as an editable Word file:
 * the Decree 30/2020/NĐ-CP heading (agency; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"; place
 * and date from `generatedAt`), "BÁO CÁO / Kết quả giải quyết thủ tục hành chính <periodLabel>", the figures of form
 * II.06a in sentences (Circular 01/2020/TT-VPCP; shares with two decimals, "98,80 %"), and on a landscape page the
 * II.06a table itself. Number and date blanks ("Số: ……/BC-……") are left for the officer to fill in.
 */
export async function renderIi06aDocx(report: Ii06aReport, o: RenderIi06aDocxOptions): Promise<Buffer> {
  const title = `Báo cáo kết quả giải quyết thủ tục hành chính ${o.periodLabel}`;
  const s = ii06aSentences(report);
  const period = formatPeriodVi(report.from, report.to);
  const portrait: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
    children: [
      headingBlock(report, o),
      centred('', { after: 240 }),
      centred('BÁO CÁO', { bold: true }),
      centred(`Kết quả giải quyết thủ tục hành chính ${o.periodLabel}`, { bold: true }),
      centred(`(Kỳ báo cáo: ${period})`, { italics: true, after: 240 }),
      body(run(`${report.unit.name} báo cáo kết quả giải quyết thủ tục hành chính ${o.periodLabel} như sau:`)),
      body(run('I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH', { bold: true })),
      body(run('1. Tiếp nhận', { bold: true })),
      ...s.received.map((x) => body(run(x))),
      body(run('2. Đã giải quyết', { bold: true })),
      ...s.resolved.map((x) => body(run(x))),
      body(run('3. Đang giải quyết', { bold: true })),
      ...s.inProgress.map((x) => body(run(x))),
      body(run('II. BIỂU TỔNG HỢP', { bold: true })),
      body(run(`Số liệu chi tiết theo từng lĩnh vực tại ${II06A_FORM_NO} kèm theo báo cáo này.`)),
      centred('', { after: 240 }),
      new Table({
        width: { size: A4.width - MARGIN.left - MARGIN.right, type: WidthType.DXA }, borders: NO_BORDERS,
        columnWidths: [Math.floor((A4.width - MARGIN.left - MARGIN.right) / 2), Math.floor((A4.width - MARGIN.left - MARGIN.right) / 2)],
        rows: [new TableRow({ children: [
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [
            new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
            new Paragraph({ children: [run('- Như trên;', { size: SIZE.note })] }),
            new Paragraph({ children: [run('- Lưu: VT.', { size: SIZE.note })] }),
          ] }),
          new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [
            centred('THỦ TRƯỞNG ĐƠN VỊ', { bold: true }),
            centred('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true }),
          ] }),
        ] })],
      }),
    ],
  };
  const landscape: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
    children: [
      new Paragraph({ children: [run(II06A_FORM_NO, { bold: true, size: 24 })] }),
      centred(`${II06A_TITLE} ${report.unit.name.normalize('NFC').toLocaleUpperCase('vi-VN')}`, { bold: true, size: 26 }),
      centred(`Kỳ báo cáo: ${period}`, { italics: true, size: 24 }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(II06A_UNIT_OF_COUNT, { italics: true, size: SIZE.note })] }),
      ii06aTable(report),
      new Paragraph({ spacing: { before: 120 }, children: [run('Ghi chú: cột (3) = (4) + (5) + (6) = (7) + (11); hồ sơ rút, trả lại được tính trong cột (7). Các cột (14)–(17) là chi tiết thêm, không thuộc biểu mẫu.', { italics: true, size: SIZE.table })] }),
    ],
  };
  const doc = new Document({
    creator: 'cchc', title, description: `${II06A_FORM_NO}; ${report.rules}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } } } } },
    sections: [portrait, landscape],
  });
  return Packer.toBuffer(doc);
}

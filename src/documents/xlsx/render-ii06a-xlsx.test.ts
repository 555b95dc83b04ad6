import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { brokenIdentities } from '../../domain/statistics/ii06a-row.js';
import { buildIi06aTestReport } from '../ii06a-test-data.js';
import { II06A_XLSX_ROWS as R, renderIi06aXlsx } from './render-ii06a-xlsx.js';

const read = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet('II.06a')!;
};

describe(renderIi06aXlsx.name, () => {
  const report = buildIi06aTestReport();

  it('uses a report that satisfies the form identities', () => {
    for (const r of [...report.rows, report.total]) expect(brokenIdentities(r)).toEqual([]);
  });

  it('writes the form number, the title with the unit and the period', async () => {
    const sheet = await read(await renderIi06aXlsx(report));
    expect(sheet.getCell(`A${R.formNo}`).value).toBe('Biểu số II.06a/VPCP/KSTT');
    expect(sheet.getCell(`A${R.title}`).value).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH');
    expect(sheet.getCell(`A${R.title}`).font.bold).toBe(true);
    expect(sheet.getCell(`A${R.period}`).value).toBe('Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/03/2026');
  });

  it('lays out the two-level header with merged cells and the column numbers (1)…(17)', async () => {
    const sheet = await read(await renderIi06aXlsx(report));
    const h = (ref: string) => sheet.getCell(ref).value;
    expect([h('A5'), h('B5'), h('C5'), h('G5'), h('K5'), h('N5')]).toEqual(['TT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Chi tiết thêm (ngoài biểu mẫu)']);
    expect(['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'].map((c) => h(`${c}6`))).toEqual([
      'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước',
      'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
      'Tổng số', 'Trong hạn', 'Quá hạn',
      'Rút hồ sơ', 'Từ chối', 'Quá hạn có xin lỗi', 'Quá hạn không xin lỗi',
    ]);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A5:A6', 'B5:B6', 'C5:F5', 'G5:J5', 'K5:M5', 'N5:Q5']));
    expect(sheet.getCell('M5').isMerged).toBe(true);
    const numbers = Array.from({ length: 17 }, (_, i) => sheet.getRow(R.columnNumbers).getCell(i + 1).value);
    expect(numbers).toEqual(Array.from({ length: 17 }, (_, i) => `(${i + 1})`));
    expect(sheet.getCell('D6').border.top?.style).toBe('thin');
  });

  it('writes one row per field and a bold total row, as numbers with a grouping format', async () => {
    const sheet = await read(await renderIi06aXlsx(report));
    const values = (r: number) => Array.from({ length: 17 }, (_, i) => sheet.getRow(r).getCell(i + 1).value);
    expect(values(R.firstData)).toEqual([1, 'Hộ tịch', 800, 500, 260, 40, 700, 500, 195, 5, 100, 95, 5, 3, 2, 4, 1]);
    expect(values(R.firstData + 1)).toEqual([2, 'Đất đai', 700, 300, 340, 60, 300, 200, 93, 7, 400, 390, 10, 1, 4, 5, 2]);
    const total = R.firstData + 2;
    expect(values(total)).toEqual(['Tổng cộng', 'Tổng cộng', 1500, 800, 600, 100, 1000, 700, 288, 12, 500, 485, 15, 4, 6, 9, 3]);
    expect(sheet.getCell(`A${total}`).isMerged).toBe(true);
    expect(sheet.getCell(`C${total}`).font.bold).toBe(true);
    expect(sheet.getCell(`C${R.firstData}`).font.bold).toBeFalsy();
    expect(sheet.getCell(`C${total}`).numFmt).toBe('#,##0');
    expect(sheet.getCell(`Q${total}`).border.right?.style).toBe('thin');
  });

  it('prints on A4 landscape, one page wide, repeating the header rows', async () => {
    const sheet = await read(await renderIi06aXlsx(report));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('5:7');
  });

  it('writes the total row alone when the unit had no dossier in the period', async () => {
    const empty = buildIi06aTestReport({ rows: [], total: Object.fromEntries(Object.keys(report.total).map((k) => [k, 0])) as typeof report.total });
    const sheet = await read(await renderIi06aXlsx(empty));
    expect(sheet.getCell(`A${R.firstData}`).value).toBe('Tổng cộng');
    expect(sheet.getCell(`C${R.firstData}`).value).toBe(0);
  });
});

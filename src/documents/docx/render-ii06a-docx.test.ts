import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildIi06aTestReport } from '../ii06a-test-data.js';
import { ii06aSentences, renderIi06aDocx } from './render-ii06a-docx.js';

/** The visible text of a WordprocessingML part: the contents of its <w:t> elements, one paragraph per line. */
const text = (xml: string) => xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');

const open = async (buffer: Buffer) => {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { xml, text: text(xml), core: await zip.file('docProps/core.xml')!.async('string') };
};

describe(renderIi06aDocx.name, () => {
  const report = buildIi06aTestReport();

  it('opens with the national motto and the title with the period', async () => {
    const { text: t, core } = await open(await renderIi06aDocx(report, { periodLabel: 'quý I năm 2026', place: 'Hà Tĩnh' }));
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH');
    expect(t).toContain('Hà Tĩnh, ngày 02 tháng 4 năm 2026'); // generatedAt 2026-04-01T18:30Z is 2 April in Vietnam
    expect(t).toContain('BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2026');
    expect(t).toContain('(Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/03/2026)');
    expect(core).toContain('<dc:title>Báo cáo kết quả giải quyết thủ tục hành chính quý I năm 2026</dc:title>');
  });

  it('states the figures in sentences with Vietnamese numbers and percentages', async () => {
    const { text: t } = await open(await renderIi06aDocx(report, { periodLabel: 'quý I năm 2026' }));
    expect(t).toContain('Tổng số hồ sơ tiếp nhận: 1.500 hồ sơ, trong đó: tiếp nhận mới trong kỳ 1.400 hồ sơ (trực tuyến 800 hồ sơ, chiếm 57,14 % số hồ sơ tiếp nhận mới; trực tiếp và qua dịch vụ bưu chính 600 hồ sơ); từ kỳ trước chuyển sang 100 hồ sơ.');
    expect(t).toContain('Số hồ sơ đã giải quyết: 1.000 hồ sơ, đạt 66,67 % số hồ sơ tiếp nhận, trong đó: trước hạn 700 hồ sơ, đúng hạn 288 hồ sơ (tỷ lệ giải quyết trước hạn và đúng hạn 98,80 %); quá hạn 12 hồ sơ (1,20 %), trong đó có văn bản xin lỗi 9 hồ sơ, chưa có văn bản xin lỗi 3 hồ sơ.');
    expect(t).toContain('bao gồm 4 hồ sơ do tổ chức, cá nhân rút và 6 hồ sơ bị từ chối, trả lại.');
    expect(t).toContain('Số hồ sơ đang giải quyết: 500 hồ sơ, trong đó: trong hạn 485 hồ sơ; quá hạn 15 hồ sơ (3,00 %).');
    expect(t).toContain('…………, ngày 02 tháng 4 năm 2026');
  });

  it('carries the II.06a table on a landscape page, with header, column numbers, fields and total', async () => {
    const { xml, text: t } = await open(await renderIi06aDocx(report, { periodLabel: 'quý I năm 2026' }));
    expect(t).toContain('Biểu số II.06a/VPCP/KSTT');
    expect(t).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH');
    const lines = t.split('\n');
    const after = (first: string, count: number) => lines.slice(lines.indexOf(first), lines.indexOf(first) + count);
    expect(after('Tiếp nhận', 4)).toEqual(['Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Chi tiết thêm (ngoài biểu mẫu)']);
    expect(after('(1)', 17)).toEqual(Array.from({ length: 17 }, (_, i) => `(${i + 1})`));
    expect(after('Hộ tịch', 16)).toEqual(['Hộ tịch', '800', '500', '260', '40', '700', '500', '195', '5', '100', '95', '5', '3', '2', '4', '1']);
    expect(after('Tổng cộng', 16)).toEqual(['Tổng cộng', '1.500', '800', '600', '100', '1.000', '700', '288', '12', '500', '485', '15', '4', '6', '9', '3']);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('leaves out shares that have no whole when nothing was received', async () => {
    const zero = Object.fromEntries(Object.keys(report.total).map((k) => [k, 0])) as typeof report.total;
    const s = ii06aSentences(buildIi06aTestReport({ rows: [], total: zero }));
    expect(s.received).toEqual(['Trong kỳ không có hồ sơ tiếp nhận và không có hồ sơ từ kỳ trước chuyển sang.']);
    expect(s.resolved).toEqual(['Số hồ sơ đã giải quyết: 0 hồ sơ.']);
    expect(s.inProgress).toEqual(['Số hồ sơ đang giải quyết: 0 hồ sơ.']);
  });
});

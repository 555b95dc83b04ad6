import { describe, expect, it } from 'vitest';
import { FORM_07_TITLE, renderForm07 } from './form-07-register.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

describe(renderForm07.name, () => {
  it('lays the register out on A4 landscape pages, header row and page number "Trang x/y" on each', async () => {
    const data = buildFormData()['07'];
    const { pages, flat } = expectValidForm(await renderForm07(data, { compress: false }), 'A4-landscape');
    expectHeading(flat, '07', null);
    expect(flat).toContain(FORM_07_TITLE);
    expect(flat).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(pages.length).toBeGreaterThan(1);
    pages.map((page) => page.replace(/\s+/g, ' ')).forEach((page, i) => {
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
      for (const header of ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày, tháng, năm', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Tình trạng']) {
        expect(page).toContain(header);
      }
    });
    for (const row of data.rows) expect(flat).toContain(row.code); // a code is never split over two lines
    expect(flat).toContain('05/03/2026 08:05');
    expect(flat).toContain('Công ty TNHH Đầu tư Ưng Đặng');
  });

  it('says so when the period has no dossier', async () => {
    const { pages } = expectValidForm(await renderForm07({ ...buildFormData()['07'], rows: [] }, { compress: false }), 'A4-landscape');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Không có hồ sơ trong kỳ.');
    expect(pages[0]).toContain('Trang 1/1');
  });
});

import { describe, expect, it } from 'vitest';
import { FORM_04_TITLE, renderForm04 } from './form-04-apology-extension.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

describe(renderForm04.name, () => {
  it('apologises for the competent agency with the reason, the old and the new appointment', async () => {
    const { flat } = expectValidForm(await renderForm04(buildFormData()['04'], { compress: false }), 'A5');
    expectHeading(flat, '04', 'Hà Tĩnh, ngày 11 tháng 3 năm 2026');
    for (const text of [
      FORM_04_TITLE, 'SỞ TÀI CHÍNH TỈNH HÀ TĨNH', 'Kính gửi: Nguyễn Thị Ễ Đặng',
      'Ngày 05/03/2026, Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh tiếp nhận hồ sơ',
      'Mã hồ sơ: 000.00.42.H28-260305-0010',
      'Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 12/03/2026',
      'Lý do: Cần lấy ý kiến của Sở Xây dựng', 'Sở Tài chính tỉnh Hà Tĩnh trân trọng xin lỗi Ông/Bà',
      '16 giờ 30 phút, ngày 17/03/2026', 'Nơi nhận:', 'ĐẠI DIỆN CƠ QUAN GIẢI QUYẾT', 'Lê Thị Ưng Ửng',
    ]) expect(flat).toContain(text);
  });

  it('is signed by the receiving officer when nobody approved the extension', async () => {
    const { flat } = expectValidForm(await renderForm04({ ...buildFormData()['04'], approvedBy: null }, { compress: false }), 'A5');
    expect(flat).toContain('Trần Văn Lưu Ưng');
    expect(flat).not.toContain('Lê Thị Ưng Ửng');
  });
});

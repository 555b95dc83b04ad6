import { describe, expect, it } from 'vitest';
import { FORM_05_TITLE, renderForm05 } from './form-05-stop-notice.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

describe(renderForm05.name, () => {
  it('notifies a stop the applicant asked for, issued by the unit that received the dossier', async () => {
    const { flat } = expectValidForm(await renderForm05(buildFormData()['05'], { compress: false }), 'A5');
    expectHeading(flat, '05', 'Hà Tĩnh, ngày 06 tháng 3 năm 2026');
    for (const text of [
      FORM_05_TITLE, 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH', 'Mã hồ sơ: 000.00.42.H28-260305-0010',
      'Kính gửi: Nguyễn Thị Ễ Đặng', 'Ông/Bà đã đề nghị dừng giải quyết hồ sơ nêu trên.',
      'thông báo dừng giải quyết hồ sơ nêu trên kể từ 14 giờ 20 phút, ngày 06/03/2026',
      'Lý do: Người nộp hồ sơ có đơn đề nghị rút hồ sơ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Nơi nhận:',
    ]) expect(flat).toContain(text);
  });

  it('is issued by the competent agency, without the applicant-request sentence, when the agency stops', async () => {
    const data = { ...buildFormData()['05'], byApplicant: false, reason: 'Hồ sơ không đủ điều kiện giải quyết.' };
    const { flat } = expectValidForm(await renderForm05(data, { compress: false }), 'A5');
    expect(flat).toContain('SỞ TÀI CHÍNH TỈNH HÀ TĨNH');
    expect(flat).toContain('Sở Tài chính tỉnh Hà Tĩnh thông báo dừng giải quyết hồ sơ');
    expect(flat).not.toContain('Ông/Bà đã đề nghị dừng');
    expect(flat).toContain('NGƯỜI XỬ LÝ HỒ SƠ');
  });
});

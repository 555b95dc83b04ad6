import { describe, expect, it } from 'vitest';
import { FORM_03_TITLE, renderForm03 } from './form-03-refusal.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

describe(renderForm03.name, () => {
  it('states the refusal and its reason, signed by applicant and receiving officer', async () => {
    const { flat } = expectValidForm(await renderForm03(buildFormData()['03'], { compress: false }), 'A5');
    expectHeading(flat, '03', 'Hà Tĩnh, ngày 05 tháng 3 năm 2026');
    for (const text of [
      FORM_03_TITLE, 'Mã hồ sơ: 000.00.42.H28-260305-0010', 'tiếp nhận hồ sơ của: Nguyễn Thị Ễ Đặng',
      'thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
      'Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh',
      'Xin thông báo để Ông/Bà được biết và thực hiện./.',
      'NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Trần Văn Lưu Ưng',
    ]) expect(flat).toContain(text);
  });

  it('omits the dossier code line when the refused dossier got no code', async () => {
    const { flat } = expectValidForm(await renderForm03({ ...buildFormData()['03'], code: '' }, { compress: false }), 'A5');
    expect(flat).not.toContain('Mã hồ sơ');
  });
});

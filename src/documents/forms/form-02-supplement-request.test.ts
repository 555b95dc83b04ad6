import { describe, expect, it } from 'vitest';
import { FORM_02_TITLE, renderForm02 } from './form-02-supplement-request.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

describe(renderForm02.name, () => {
  it('lists every missing item, numbered, with the reason, dated the day of the request', async () => {
    const data = buildFormData()['02'];
    const { flat, raw } = expectValidForm(await renderForm02(data, { compress: false }), 'A5');
    expectHeading(flat, '02', 'Hà Tĩnh, ngày 05 tháng 3 năm 2026');
    for (const text of [
      FORM_02_TITLE, 'Mã hồ sơ: 000.00.42.H28-260305-0010', 'tiếp nhận hồ sơ của: Nguyễn Thị Ễ Đặng',
      'Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 05/03/2026',
      'Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
      '1. Bản sao biên bản họp thành viên hộ gia đình (có chữ ký của các thành viên)',
      '2. Sửa ngày sinh của chủ hộ trên Giấy đề nghị cho đúng với thẻ Căn cước',
      'Lý do: Hồ sơ thiếu giấy tờ theo quy định của thủ tục',
      'NGƯỜI HƯỚNG DẪN', 'Trần Văn Lưu Ưng', 'Quét mã để tra cứu hồ sơ',
    ]) expect(flat).toContain(text);
    expect(raw.match(/ re\n/g)?.length ?? 0).toBeGreaterThan(100); // the QR code
  });

  it('leaves a line to fill in by hand when no item is given', async () => {
    const { flat } = expectValidForm(await renderForm02({ ...buildFormData()['02'], missing: [] }, { compress: false }), 'A5');
    expect(flat).toContain('1. ……');
  });
});

import { describe, expect, it } from 'vitest';
import { FORM_01_TITLE, renderForm01 } from './form-01-receipt.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormDossier } from './test-data.js';

describe(renderForm01.name, () => {
  it('renders an A5 receipt with the dossier code, applicant, components and appointment in Vietnamese', async () => {
    const { flat } = expectValidForm(await renderForm01(buildFormDossier(), { compress: false }), 'A5');
    expectHeading(flat, '01', 'Hà Tĩnh, ngày 05 tháng 3 năm 2026');
    for (const text of [
      FORM_01_TITLE,
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ TĨNH',
      'Mã hồ sơ: 000.00.42.H28-260305-0010',
      'Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh tiếp nhận hồ sơ của: Nguyễn Thị Ễ Đặng',
      'Địa chỉ: Số 12 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh',
      'Số điện thoại: 0912 345 678', 'Email: nguyen.thi@example.vn',
      'Nội dung yêu cầu giải quyết: Cấp Giấy chứng nhận đăng ký hộ kinh doanh (mã thủ tục 1.001612.000.00.00.H28)',
      'Giấy đề nghị đăng ký hộ kinh doanh', 'Đã số hóa', 'Tái sử dụng dữ liệu',
      'Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 05/03/2026',
      'Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 12/03/2026',
      'Đăng ký nhận kết quả tại: Bộ phận Một cửa',
      'NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Trần Văn Lưu Ưng',
    ]) expect(flat).toContain(text);
  });

  it('prints times in Vietnam time when the instants are written in UTC (the process runs with TZ=UTC)', async () => {
    const dossier = buildFormDossier({ receivedAt: '2026-03-04T17:30:00Z', dueAt: '2026-03-12T09:30:00.000Z' });
    const { flat } = expectValidForm(await renderForm01(dossier, { compress: false }), 'A5');
    expect(flat).toContain('Hà Tĩnh, ngày 05 tháng 3 năm 2026');
    expect(flat).toContain('Thời gian nhận hồ sơ: 00 giờ 30 phút, ngày 05/03/2026');
    expect(flat).toContain('16 giờ 30 phút, ngày 12/03/2026');
  });

  it('leaves dotted blanks for what is not known yet and renders every Vietnamese letter', async () => {
    const dossier = buildFormDossier({ dueAt: null, resultDelivery: null, applicant: { name: 'Ễ ữ ặ ử Đ đ ơ ư', idNumber: null, address: null, phone: null, email: null } });
    const { flat } = expectValidForm(await renderForm01(dossier, { compress: false }), 'A5');
    expect(flat).toContain('tiếp nhận hồ sơ của: Ễ ữ ặ ử Đ đ ơ ư');
    expect(flat).toContain('Thời gian trả kết quả giải quyết hồ sơ: …giờ…phút, ngày…/…/……');
    expect(flat).toContain('Địa chỉ: ……………………');
    expect(flat).not.toContain('Số định danh');
  });

  it('draws the look-up QR code as vector squares and prints the look-up address', async () => {
    const { raw, flat } = expectValidForm(await renderForm01(buildFormDossier(), { compress: false }), 'A5');
    expect(raw.match(/ re\n/g)?.length ?? 0).toBeGreaterThan(100);
    expect(flat).toContain('Quét mã để tra cứu hồ sơ');
    expect(flat.replace(/ /g, '')).toContain('https://dichvucong.hatinh.gov.vn/tra-cuu?code=000.00.42.H28-260305-0010');
  });

  it('continues on a second page with page numbers when the component list is long', async () => {
    const components = Array.from({ length: 25 }, (_, i) => ({ name: `Giấy tờ số ${i + 1}`, copies: 1, status: 'submitted' as const }));
    const { pages } = expectValidForm(await renderForm01(buildFormDossier({ components }), { compress: false }), 'A5');
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('Trang 2/2');
    expect(pages[1]).toContain('Tên giấy tờ'); // the table header is repeated
  });
});

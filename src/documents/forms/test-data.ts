import type { FormDataByKind, FormDossier } from '../form-data.js';

/** A received dossier as the lead's dossier code would pass it (for tests and sample PDFs). */
export function buildFormDossier(overrides: Partial<FormDossier> = {}): FormDossier {
  return {
    code: '000.00.42.H28-260305-0010',
    trackingUrl: 'https://dichvucong.hatinh.gov.vn/tra-cuu?code=000.00.42.H28-260305-0010',
    procedureCode: '1.001612.000.00.00.H28',
    procedureName: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh',
    receivingUnitName: 'Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh',
    competentUnitName: 'Sở Tài chính tỉnh Hà Tĩnh',
    provinceName: 'Hà Tĩnh',
    applicant: { name: 'Nguyễn Thị Ễ Đặng', idNumber: '042190001234', address: 'Số 12 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh', phone: '0912 345 678', email: 'nguyen.thi@example.vn' },
    channel: 'in_person',
    receivedAt: '2026-03-05T08:05:00+07:00',
    dueAt: '2026-03-12T16:30:00+07:00',
    components: [
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', copies: 1, status: 'submitted' },
      { name: 'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', copies: 1, status: 'digitised' },
      { name: 'Thông tin cá nhân của chủ hộ kinh doanh (khai thác từ Cơ sở dữ liệu quốc gia về dân cư)', copies: 0, status: 'reused' },
    ],
    officerName: 'Trần Văn Lưu Ưng',
    resultDelivery: 'Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh',
    ...overrides,
  };
}

/** A sample of each form's data (for tests and sample PDFs). */
export function buildFormData(): FormDataByKind {
  const d = buildFormDossier();
  return {
    '01': d,
    '02': { ...d, requestedAt: '2026-03-05T08:40:00+07:00', reason: 'Hồ sơ thiếu giấy tờ theo quy định của thủ tục; thông tin trên giấy đề nghị chưa khớp với Cơ sở dữ liệu quốc gia về dân cư.',
      missing: ['Bản sao biên bản họp thành viên hộ gia đình (có chữ ký của các thành viên)', 'Sửa ngày sinh của chủ hộ trên Giấy đề nghị cho đúng với thẻ Căn cước'] },
    '03': { ...d, refusedAt: '2026-03-05T09:15:00+07:00', reason: 'Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh; đề nghị nộp tại Ủy ban nhân dân phường Thành Sen.' },
    '04': { ...d, reason: 'Cần lấy ý kiến của Sở Xây dựng về vị trí địa điểm kinh doanh; Sở Xây dựng chưa có văn bản trả lời.',
      originalDueAt: '2026-03-12T16:30:00+07:00', newDueAt: '2026-03-17T16:30:00+07:00', apologisedAt: '2026-03-11T10:00:00+07:00', approvedBy: 'Lê Thị Ưng Ửng' },
    '05': { ...d, reason: 'Người nộp hồ sơ có đơn đề nghị rút hồ sơ ngày 06/03/2026.', stoppedAt: '2026-03-06T14:20:00+07:00', byApplicant: true },
    '06': { ...d, steps: [
      { at: '2026-03-05T08:05:00+07:00', from: 'Bộ phận Một cửa', to: 'Phòng Đăng ký kinh doanh, Sở Tài chính', action: 'Chuyển hồ sơ giấy', dueAt: '2026-03-05T17:00:00+07:00', onTime: true, note: null },
      { at: '2026-03-09T15:00:00+07:00', from: 'Phòng Đăng ký kinh doanh', to: 'Lãnh đạo Sở Tài chính', action: 'Trình ký', dueAt: '2026-03-10T17:00:00+07:00', onTime: true, note: 'Đã thẩm định' },
      { at: '2026-03-13T09:00:00+07:00', from: 'Lãnh đạo Sở Tài chính', to: 'Bộ phận Một cửa', action: 'Chuyển kết quả', dueAt: '2026-03-12T16:30:00+07:00', onTime: false, note: 'Có văn bản xin lỗi' },
      { at: '2026-03-13T10:00:00+07:00', from: 'Bộ phận Một cửa', to: d.applicant.name, action: 'Trả kết quả', dueAt: null, onTime: null, note: null },
    ] },
    '07': { unitName: d.receivingUnitName, provinceName: d.provinceName, from: '2026-03-01', to: '2026-03-31', rows: Array.from({ length: 40 }, (_, i) => ({
      no: i + 1, code: `000.00.42.H28-2603${String(5 + (i % 20)).padStart(2, '0')}-${String(i + 1).padStart(4, '0')}`,
      procedureName: i % 3 === 0 ? 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' : 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      applicantName: i % 2 ? 'Nguyễn Thị Ễ' : 'Công ty TNHH Đầu tư Ưng Đặng', receivedAt: '2026-03-05T08:05:00+07:00', dueAt: '2026-03-12T16:30:00+07:00',
      forwardedAt: '2026-03-05T09:00:00+07:00', resultAt: i % 4 ? '2026-03-11T15:00:00+07:00' : null, deliveredAt: i % 4 ? '2026-03-12T08:00:00+07:00' : null,
      status: i % 4 ? 'Đã trả kết quả' : 'Đang xử lý', note: i % 5 ? null : 'Bổ sung 01 lần',
    })) },
  };
}

import type { Form01Data } from '../form-data.js';
import { field, paragraph, signatures } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { applicantFields, CHANNEL_VI, componentsTable } from '../pdf/dossier-blocks.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { withQrAside } from '../pdf/side-blocks.js';
import { formatPlaceAndDate, formatTimeAndDate } from '../pdf/vn-time.js';

export const FORM_01_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

/**
 * Form 01, the receipt and appointment slip given when a complete dossier is received (Decree 118/2025 Art 17;
 * Circular 03/2025/TT-VPCP Annex I form 01, same content as Circular 01/2018 form 01). A5 portrait. Carries the dossier
 * code and a QR code of the public look-up address.
 */
export async function renderForm01(data: Form01Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A5', title: `${FORM_01_TITLE} ${data.code}`, author: data.receivingUnitName, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '01', agency: data.receivingUnitName, placeAndDate: formatPlaceAndDate(data.provinceName, data.receivedAt) });
  drawTitle(sheet, FORM_01_TITLE, [`Mã hồ sơ: ${data.code}`]);

  applicantFields(sheet, data);
  field(sheet, ['Hình thức nộp hồ sơ', CHANNEL_VI[data.channel]]);
  paragraph(sheet, '1. Thành phần hồ sơ nộp gồm:');
  componentsTable(sheet, data.components);
  withQrAside(sheet, data.trackingUrl, 'Quét mã để tra cứu hồ sơ', (narrow) => {
    field(narrow, ['2. Số lượng hồ sơ', '01 (bộ)']);
    field(narrow, ['3. Thời gian nhận hồ sơ', formatTimeAndDate(data.receivedAt)]);
    field(narrow, ['4. Thời gian trả kết quả giải quyết hồ sơ', formatTimeAndDate(data.dueAt)]);
    field(narrow, ['5. Đăng ký nhận kết quả tại', data.resultDelivery]);
  });
  signatures(sheet, [
    { title: 'Người nộp hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: data.applicant.name },
    { title: 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: data.officerName },
  ]);
  paragraph(sheet, 'Ghi chú: Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: 01 liên giao cho tổ chức, cá nhân '
    + 'nộp hồ sơ; 01 liên lưu cùng hồ sơ tại Bộ phận Một cửa. Tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng Dịch vụ công '
    + `hoặc tại: ${data.trackingUrl}`, { italic: true, size: sheet.style.small, align: 'left' });
  return finishSheet(sheet, 'when-several');
}

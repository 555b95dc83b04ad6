import type { Form05Data } from '../form-data.js';
import { field, paragraph, signatures } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { recipientsBeside } from '../pdf/side-blocks.js';
import { formatDate, formatPlaceAndDate, formatTimeAndDate } from '../pdf/vn-time.js';

export const FORM_05_TITLE = 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ';

/**
 * Form 05, the notice that handling stops: at the applicant's request, before any decision or result notice
 * (Decree 118/2025 Art 21; Circular 03/2025/TT-VPCP Art 7, issued by the unit that received the dossier), or by the
 * agency (portal status 8), then issued for the competent agency. A5 portrait.
 */
export async function renderForm05(data: Form05Data, options: RenderOptions = {}): Promise<Buffer> {
  const issuer = data.byApplicant ? data.receivingUnitName : data.competentUnitName;
  const sheet = createSheet({ format: 'A5', title: `${FORM_05_TITLE} ${data.code}`, author: issuer, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '05', agency: issuer, placeAndDate: formatPlaceAndDate(data.provinceName, data.stoppedAt) });
  drawTitle(sheet, FORM_05_TITLE, [`Mã hồ sơ: ${data.code}`]);

  paragraph(sheet, `Kính gửi: ${data.applicant.name}`, { bold: true, align: 'center' });
  paragraph(sheet, `Ngày ${formatDate(data.receivedAt)}, ${data.receivingUnitName} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết `
    + `thủ tục hành chính: ${data.procedureName}.`);
  if (data.byApplicant) {
    paragraph(sheet, 'Ông/Bà đã đề nghị dừng giải quyết hồ sơ nêu trên. Đến thời điểm này, hồ sơ chưa có quyết định hoặc thông báo '
      + 'kết quả giải quyết.');
  }
  paragraph(sheet, `${issuer} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${formatTimeAndDate(data.stoppedAt)}.`);
  field(sheet, ['Lý do', data.reason]);
  paragraph(sheet, `Ông/Bà nhận lại hồ sơ, giấy tờ đã nộp (nếu có) tại: ${data.resultDelivery ?? data.receivingUnitName}.`);
  paragraph(sheet, 'Xin thông báo để Ông/Bà được biết./.');
  const recipients = data.byApplicant ? ['Như trên', data.competentUnitName, 'Lưu: hồ sơ'] : ['Như trên', data.receivingUnitName, 'Lưu: hồ sơ'];
  signatures(sheet, [{ title: data.byApplicant ? 'Người tiếp nhận hồ sơ' : 'Người xử lý hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: data.officerName }],
    { left: recipientsBeside(sheet, recipients) });
  return finishSheet(sheet, 'when-several');
}

import type { Form04Data } from '../form-data.js';
import { field, paragraph, signatures } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { recipientsBeside } from '../pdf/side-blocks.js';
import { formatDate, formatPlaceAndDate, formatTimeAndDate } from '../pdf/vn-time.js';

export const FORM_04_TITLE = 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT';

/**
 * Form 04, the apology and extension letter the handling agency sends at the latest one day before the due date, with
 * the reason and the new date; the appointment is re-dated at most once (Decree 61/2018 Art 19(9), still applied under
 * Decree 118/2025; Circular 03/2025/TT-VPCP Annex I form 04, formerly Circular 01/2018 form 04 "Phiếu xin lỗi và hẹn
 * lại ngày trả kết quả"). A5 portrait, issued and signed for the competent agency.
 */
export async function renderForm04(data: Form04Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A5', title: `${FORM_04_TITLE} ${data.code}`, author: data.competentUnitName, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '04', agency: data.competentUnitName, placeAndDate: formatPlaceAndDate(data.provinceName, data.apologisedAt) });
  drawTitle(sheet, FORM_04_TITLE);

  paragraph(sheet, `Kính gửi: ${data.applicant.name}`, { bold: true, align: 'center' });
  paragraph(sheet, `Ngày ${formatDate(data.receivedAt)}, ${data.receivingUnitName} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết `
    + `thủ tục hành chính: ${data.procedureName}.`);
  field(sheet, ['Mã hồ sơ', data.code]);
  field(sheet, ['Thời gian hẹn trả kết quả giải quyết hồ sơ', formatTimeAndDate(data.originalDueAt)]);
  paragraph(sheet, `Tuy nhiên, đến nay ${data.competentUnitName} chưa giải quyết xong hồ sơ của Ông/Bà đúng thời hạn ghi trên `
    + 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả.');
  field(sheet, ['Lý do', data.reason]);
  paragraph(sheet, `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${data.competentUnitName} trân trọng xin lỗi Ông/Bà và đề nghị `
    + 'gia hạn thời gian giải quyết hồ sơ, hẹn trả kết quả vào:');
  paragraph(sheet, formatTimeAndDate(data.newDueAt), { bold: true, align: 'center' });
  paragraph(sheet, `Kết quả được trả tại: ${data.resultDelivery ?? data.receivingUnitName}. Rất mong nhận được sự thông cảm của Ông/Bà.`);
  paragraph(sheet, 'Trân trọng./.');
  signatures(sheet, [{ title: 'Đại diện cơ quan giải quyết', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: data.approvedBy ?? data.officerName }],
    { left: recipientsBeside(sheet, ['Như trên', data.receivingUnitName, 'Lưu: VT']) });
  return finishSheet(sheet, 'when-several');
}

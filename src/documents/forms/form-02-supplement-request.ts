import type { Form02Data } from '../form-data.js';
import { field, list, paragraph, signatures } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { applicantFields } from '../pdf/dossier-blocks.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { qrBeside } from '../pdf/side-blocks.js';
import { formatPlaceAndDate, formatTimeAndDate } from '../pdf/vn-time.js';

export const FORM_02_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

/**
 * Form 02, the supplement request: what is missing, told once and completely, and why (Decree 61/2018 Art 15, Decree
 * 118/2025 Art 17; Circular 03/2025/TT-VPCP Annex I form 02, Circular 01/2018 form 02). A5 portrait.
 */
export async function renderForm02(data: Form02Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A5', title: `${FORM_02_TITLE} ${data.code}`, author: data.receivingUnitName, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '02', agency: data.receivingUnitName, placeAndDate: formatPlaceAndDate(data.provinceName, data.requestedAt) });
  drawTitle(sheet, FORM_02_TITLE, [`Mã hồ sơ: ${data.code}`]);

  applicantFields(sheet, data);
  field(sheet, ['Thời gian nhận hồ sơ', formatTimeAndDate(data.receivedAt)]);
  paragraph(sheet, 'Sau khi kiểm tra, đối chiếu với quy định của thủ tục hành chính, hồ sơ của Ông/Bà chưa đầy đủ, hợp lệ. '
    + 'Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
  list(sheet, data.missing.length > 0 ? data.missing : ['……………………………………………']);
  field(sheet, ['Lý do', data.reason]);
  paragraph(sheet, 'Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với '
    + `${data.officerName} (${data.receivingUnitName}) để được hướng dẫn./.`);
  signatures(sheet, [{ title: 'Người hướng dẫn', hint: '(Ký và ghi rõ họ tên)', name: data.officerName }],
    { left: qrBeside(sheet, data.trackingUrl, 'Quét mã để tra cứu hồ sơ') });
  return finishSheet(sheet, 'when-several');
}

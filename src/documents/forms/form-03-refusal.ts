import type { Form03Data } from '../form-data.js';
import { paragraph, signatures } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { applicantFields } from '../pdf/dossier-blocks.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { formatPlaceAndDate } from '../pdf/vn-time.js';

export const FORM_03_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';

/**
 * Form 03, the refusal slip: the dossier is not received, with the reasons (Decree 118/2025 Art 17; Circular
 * 03/2025/TT-VPCP Annex I form 03, Circular 01/2018 form 03). A5 portrait.
 */
export async function renderForm03(data: Form03Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A5', title: `${FORM_03_TITLE} ${data.code}`, author: data.receivingUnitName, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '03', agency: data.receivingUnitName, placeAndDate: formatPlaceAndDate(data.provinceName, data.refusedAt) });
  drawTitle(sheet, FORM_03_TITLE, data.code ? [`Mã hồ sơ: ${data.code}`] : []);

  applicantFields(sheet, data);
  paragraph(sheet, `Qua xem xét, ${data.receivingUnitName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`);
  paragraph(sheet, data.reason, { bold: true, indent: 12, align: 'left' });
  paragraph(sheet, 'Xin thông báo để Ông/Bà được biết và thực hiện./.');
  signatures(sheet, [
    { title: 'Người nộp hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: data.applicant.name },
    { title: 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', name: data.officerName },
  ]);
  return finishSheet(sheet, 'when-several');
}

import type { Form06Data } from '../form-data.js';
import { field } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { drawTable } from '../pdf/table.js';
import { formatDateTime, formatPlaceAndDate, formatTimeAndDate, vnParts } from '../pdf/vn-time.js';

export const FORM_06_TITLE = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';
type Step = Form06Data['steps'][number];

/** "Trước hạn" / "Đúng hạn" / "Quá hạn" by Vietnam calendar day, as the slip's result column asks; empty while open. */
export function stepResult(step: Step): string {
  if (step.onTime === null) return '';
  if (!step.onTime) return 'Quá hạn';
  if (!step.dueAt) return 'Đúng hạn';
  const [a, d] = [vnParts(step.at), vnParts(step.dueAt)];
  const early = a.year * 10_000 + a.month * 100 + a.day < d.year * 10_000 + d.month * 100 + d.day;
  return early ? 'Trước hạn' : 'Đúng hạn';
}

/**
 * Form 06, the control slip that follows the dossier: every hand-over between units with its time, giver and
 * receiver, whether it kept its time limit, and notes (Decree 61/2018 Art 19(6); Circular 03/2025/TT-VPCP Annex I
 * form 06, formerly Circular 01/2018 form 05). A5 portrait; the table continues on further pages with its header.
 */
export async function renderForm06(data: Form06Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A5', title: `${FORM_06_TITLE} ${data.code}`, author: data.receivingUnitName, subject: data.procedureName, compress: options.compress });
  drawHeading(sheet, { formNo: '06', agency: data.receivingUnitName, placeAndDate: formatPlaceAndDate(data.provinceName, data.receivedAt) });
  drawTitle(sheet, FORM_06_TITLE, [`Mã hồ sơ: ${data.code}`]);

  field(sheet, ['Kèm theo hồ sơ của', data.applicant.name]);
  field(sheet, ['Thủ tục hành chính', data.procedureName]);
  field(sheet, ['Cơ quan (bộ phận) giải quyết hồ sơ', data.competentUnitName]);
  field(sheet, ['Thời gian nhận hồ sơ', formatTimeAndDate(data.receivedAt)]);
  field(sheet, ['Thời gian hẹn trả kết quả', formatTimeAndDate(data.dueAt)]);
  const rows = data.steps.length > 0
    ? data.steps.map((s, i) => [
      String(i + 1),
      `1. Giao: ${s.from}\n2. Nhận: ${s.to}`,
      `${formatTimeAndDate(s.at)}\n${s.action}`,
      [stepResult(s), s.dueAt ? `(hạn ${formatDateTime(s.dueAt)})` : ''].filter(Boolean).join('\n'),
      s.note ?? '',
    ])
    : [1, 2, 3].map((n) => [String(n), '1. Giao:\n2. Nhận:', '…giờ…phút, ngày…/…/……\nNgười giao        Người nhận\n\n\n', '', '']);
  drawTable(sheet, [
    { header: 'TT', weight: 6, align: 'center' },
    { header: 'TÊN CƠ QUAN', weight: 30 },
    { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 30 },
    { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)', weight: 18, align: 'center' },
    { header: 'GHI CHÚ', weight: 16 },
  ], rows, { fontSize: sheet.style.table - 0.5 });
  return finishSheet(sheet, 'when-several');
}

import type { Form07Data } from '../form-data.js';
import { paragraph } from '../pdf/blocks.js';
import { createSheet, finishSheet, type RenderOptions } from '../pdf/document.js';
import { drawHeading, drawTitle } from '../pdf/heading.js';
import { type Column, drawTable } from '../pdf/table.js';
import { formatDate, formatDateTime } from '../pdf/vn-time.js';

export const FORM_07_TITLE = 'SỔ THEO DÕI HỒ SƠ';
const DATES = 'Ngày, tháng, năm';

const COLUMNS: Column[] = [
  { header: 'STT', weight: 4, align: 'center' },
  { header: 'Mã hồ sơ', weight: 16.5 }, // a whole code (25 characters) on one line
  { header: 'Tên thủ tục hành chính', weight: 18.5 },
  { header: 'Tên tổ chức, cá nhân', weight: 11.5 },
  { header: 'Nhận hồ sơ', weight: 7.5, align: 'center', group: DATES },
  { header: 'Hẹn trả kết quả', weight: 7.5, align: 'center', group: DATES },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', weight: 7.5, align: 'center', group: DATES },
  { header: 'Nhận kết quả từ cơ quan giải quyết', weight: 7.5, align: 'center', group: DATES },
  { header: 'Trả kết quả cho tổ chức, cá nhân', weight: 7.5, align: 'center', group: DATES },
  { header: 'Tình trạng', weight: 7.5, align: 'center' },
  { header: 'Ghi chú', weight: 7.5 },
];

/** A table date: date and time on two lines, Vietnam time. */
const when = (iso: string | null): string => formatDateTime(iso).replace(' ', '\n');

/**
 * Form 07, the dossier register of a unit over a period (Circular 03/2025/TT-VPCP Annex I form 07, formerly Circular
 * 01/2018 form 06; Decree 61/2018 Art 39 for the paper book). A4 landscape; the header row repeats on every page and
 * every page carries "Trang x/y".
 */
export async function renderForm07(data: Form07Data, options: RenderOptions = {}): Promise<Buffer> {
  const sheet = createSheet({ format: 'A4-landscape', title: `${FORM_07_TITLE} ${data.unitName}`, author: data.unitName, subject: FORM_07_TITLE, compress: options.compress });
  drawHeading(sheet, { formNo: '07', agency: data.unitName, placeAndDate: null });
  drawTitle(sheet, FORM_07_TITLE, [`Từ ngày ${formatDate(data.from)} đến ngày ${formatDate(data.to)}`]);

  drawTable(sheet, COLUMNS, data.rows.map((r) => [
    String(r.no), r.code, r.procedureName, r.applicantName,
    when(r.receivedAt), when(r.dueAt), when(r.forwardedAt), when(r.resultAt), when(r.deliveredAt),
    r.status, r.note ?? '',
  ]), { fontSize: 9 });
  if (data.rows.length === 0) paragraph(sheet, 'Không có hồ sơ trong kỳ.', { italic: true, align: 'center' });
  return finishSheet(sheet, 'always');
}

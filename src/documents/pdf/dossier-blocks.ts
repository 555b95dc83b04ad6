import type { FormDossier } from '../form-data.js';
import { field, paragraph } from './blocks.js';
import type { Sheet } from './document.js';
import { drawTable } from './table.js';

/** How each dossier component stands, in the words printed on the slips. */
export const COMPONENT_STATUS_VI: Record<FormDossier['components'][number]['status'], string> = {
  submitted: 'Đã nộp',
  digitised: 'Đã số hóa',
  reused: 'Tái sử dụng dữ liệu',
  exempt: 'Không phải nộp',
  missing: 'Còn thiếu',
};

/** Submission channel (Decree 118/2025 Art 15; portal code KenhThucHien 1/2/3). */
export const CHANNEL_VI: Record<FormDossier['channel'], string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Qua dịch vụ bưu chính công ích',
};

/**
 * "<unit> tiếp nhận hồ sơ của: <name>", the applicant's identity number, address, phone and email, and the request
 * ("Nội dung yêu cầu giải quyết"), as forms 01–03 of Circular 01/2018 and 03/2025 open.
 */
export function applicantFields(sheet: Sheet, dossier: FormDossier, intro = `${dossier.receivingUnitName} tiếp nhận hồ sơ của`): void {
  const a = dossier.applicant;
  field(sheet, [intro, a.name]);
  if (a.idNumber) field(sheet, ['Số định danh cá nhân/Mã số doanh nghiệp', a.idNumber]);
  field(sheet, ['Địa chỉ', a.address]);
  field(sheet, ['Số điện thoại', a.phone], ['Email', a.email]);
  field(sheet, ['Nội dung yêu cầu giải quyết', `${dossier.procedureName} (mã thủ tục ${dossier.procedureCode})`]);
}

/** The dossier components as a ruled table: number, document, copies, how it stands. */
export function componentsTable(sheet: Sheet, components: FormDossier['components']): void {
  if (components.length === 0) {
    paragraph(sheet, '(Không có thành phần hồ sơ)', { italic: true });
    return;
  }
  drawTable(sheet, [
    { header: 'TT', weight: 7, align: 'center' },
    { header: 'Tên giấy tờ', weight: 55 },
    { header: 'Số bản', weight: 11, align: 'center' },
    { header: 'Tình trạng', weight: 27, align: 'center' },
  ], components.map((c, i) => [String(i + 1), c.name, c.copies > 0 ? String(c.copies) : '-', COMPONENT_STATUS_VI[c.status]]));
}

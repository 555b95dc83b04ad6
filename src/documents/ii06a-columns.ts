import type { Ii06aFigure } from '../domain/statistics/ii06a-row.js';

/**
 * The columns of form "Biểu số II.06a/VPCP/KSTT" (Circular 01/2020/TT-VPCP annex; shared/domain.md §2.1) as the xlsx
 * and docx exports lay them out: cols 1–2 (TT, field), the three official groups (cols 3–13), then the local
 * extension columns (14–17), which are not part of the official form.
 */

export const II06A_FORM_NO = 'Biểu số II.06a/VPCP/KSTT';
export const II06A_TITLE = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI';

export type Ii06aColumnGroup = { label: string; columns: Array<{ label: string; figure: Ii06aFigure }> };

/** Cols 3–13 of the official form, by group (two header levels). */
export const II06A_GROUPS: readonly Ii06aColumnGroup[] = [
  { label: 'Tiếp nhận', columns: [
    { label: 'Tổng số', figure: 'received' },
    { label: 'Trực tuyến', figure: 'receivedOnline' },
    { label: 'Trực tiếp, dịch vụ bưu chính', figure: 'receivedInPersonOrPostal' },
    { label: 'Từ kỳ trước', figure: 'carriedOver' },
  ] },
  { label: 'Đã giải quyết', columns: [
    { label: 'Tổng số', figure: 'resolved' },
    { label: 'Trước hạn', figure: 'resolvedEarly' },
    { label: 'Đúng hạn', figure: 'resolvedOnTime' },
    { label: 'Quá hạn', figure: 'resolvedLate' },
  ] },
  { label: 'Đang giải quyết', columns: [
    { label: 'Tổng số', figure: 'inProgress' },
    { label: 'Trong hạn', figure: 'inProgressWithinDeadline' },
    { label: 'Quá hạn', figure: 'inProgressOverdue' },
  ] },
];

/** The local extension columns (14–17), after the official ones (shared/domain.md §2.1, "common local extensions"). */
export const II06A_EXTENSION: Ii06aColumnGroup = { label: 'Chi tiết thêm (ngoài biểu mẫu)', columns: [
  { label: 'Rút hồ sơ', figure: 'withdrawn' },
  { label: 'Từ chối', figure: 'refused' },
  { label: 'Quá hạn có xin lỗi', figure: 'lateWithApology' },
  { label: 'Quá hạn không xin lỗi', figure: 'lateWithoutApology' },
] };

/** Every figure column in order: cols 3–13, then 14–17. */
export const II06A_FIGURE_COLUMNS: ReadonlyArray<{ label: string; figure: Ii06aFigure }> =
  [...II06A_GROUPS, II06A_EXTENSION].flatMap((g) => g.columns);

export const II06A_TT_LABEL = 'TT';
export const II06A_FIELD_LABEL = 'Lĩnh vực, công việc giải quyết theo cấp';
export const II06A_TOTAL_LABEL = 'Tổng cộng';
export const II06A_UNIT_OF_COUNT = 'Đơn vị tính: Số hồ sơ TTHC';

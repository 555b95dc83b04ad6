import { describe, expect, it } from 'vitest';
import { FORM_06_TITLE, renderForm06, stepResult } from './form-06-control-slip.js';
import { expectHeading, expectValidForm } from './form-test-helpers.js';
import { buildFormData } from './test-data.js';

const step = { at: '2026-03-10T16:59:00+07:00', from: 'A', to: 'B', action: 'x', note: null };

describe(stepResult.name, () => {
  it('tells early, on time and late by Vietnam calendar day, and nothing for an open step', () => {
    expect(stepResult({ ...step, dueAt: '2026-03-11T08:00:00+07:00', onTime: true })).toBe('Trước hạn');
    expect(stepResult({ ...step, dueAt: '2026-03-10T10:00:00Z', onTime: true })).toBe('Đúng hạn'); // 17:00 local, same day
    expect(stepResult({ ...step, dueAt: null, onTime: true })).toBe('Đúng hạn');
    expect(stepResult({ ...step, dueAt: '2026-03-09T17:00:00+07:00', onTime: false })).toBe('Quá hạn');
    expect(stepResult({ ...step, dueAt: null, onTime: null })).toBe('');
  });
});

describe(renderForm06.name, () => {
  it('tabulates each hand-over: giver and receiver, time, result against the limit, note', async () => {
    const { flat } = expectValidForm(await renderForm06(buildFormData()['06'], { compress: false }), 'A5');
    expectHeading(flat, '06', 'Hà Tĩnh, ngày 05 tháng 3 năm 2026');
    for (const text of [
      FORM_06_TITLE, 'Mã hồ sơ: 000.00.42.H28-260305-0010', 'Kèm theo hồ sơ của: Nguyễn Thị Ễ Đặng',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Sở Tài chính tỉnh Hà Tĩnh',
      'TÊN CƠ QUAN', 'THỜI GIAN GIAO, NHẬN HỒ SƠ', 'GHI CHÚ',
      '1. Giao: Bộ phận Một cửa', '2. Nhận: Lãnh đạo Sở Tài chính', 'Trình ký',
      'Đúng hạn', 'Trước hạn', 'Quá hạn', 'Có văn bản xin lỗi', '(hạn 12/03/2026 16:30)',
    ]) expect(flat).toContain(text);
  });

  it('prints blank hand-over rows to fill in by hand when there are no steps yet', async () => {
    const { flat } = expectValidForm(await renderForm06({ ...buildFormData()['06'], steps: [] }, { compress: false }), 'A5');
    expect(flat.match(/1\. Giao:/g)).toHaveLength(3);
  });
});

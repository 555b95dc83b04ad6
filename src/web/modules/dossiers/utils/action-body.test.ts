import { describe, expect, it } from 'vitest';
import { buildActionBody, provinceInstant } from './action-body';

describe(buildActionBody.name, () => {
  it('sends the supplement list without blanks, the reason, and the legal basis only when given', () => {
    expect(buildActionBody('supplement_requested', { reason: ' Thiếu tờ khai ', missing: ['Tờ khai', ' ', 'Ảnh'] }, 4)).toEqual({
      type: 'supplement_requested', version: 4, reason: 'Thiếu tờ khai', payload: { missing: ['Tờ khai', 'Ảnh'] },
    });
  });

  it('sends the apology with the new appointment in province time', () => {
    expect(buildActionBody('extension_requested', { reason: 'Cần xác minh', newDueDate: '2026-03-10', newDueTime: '16:30' }, 7))
      .toEqual({ type: 'extension_requested', version: 7, reason: 'Cần xác minh', payload: { newDueAt: '2026-03-10T16:30:00+07:00' } });
  });

  it('keeps the online flag only for online payments and no reason for actions without one', () => {
    expect(buildActionBody('paid', { method: 'cash', onlineFlag: 2, amountVnd: 50000, reason: 'x' }, 1))
      .toEqual({ type: 'paid', version: 1, payload: { method: 'cash', onlineFlag: null, amountVnd: 50000 } });
    expect(buildActionBody('delivered', {}, 9)).toEqual({ type: 'delivered', version: 9 });
  });

  it('sends the agency task being completed with its note, and no reason', () => {
    expect(buildActionBody('task_completed', { taskId: 't1', note: ' Đã xác minh ', reason: 'x' }, 5))
      .toEqual({ type: 'task_completed', version: 5, payload: { taskId: 't1', note: 'Đã xác minh' } });
  });
});

describe(provinceInstant.name, () => {
  it('adds seconds and the +07:00 offset', () => {
    expect(provinceInstant('2026-01-05', '08:00')).toBe('2026-01-05T08:00:00+07:00');
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { computeDueDate } from './due-date.js';
import type { LocalDate } from '../shared/local-date.js';
import { DEFAULT_WORKING_HOURS as hours } from './working-hours.js';
import { seedCalendar, vn, vnIso } from './working-calendar.fixtures.js';

const calendar = seedCalendar();
const due = (date: LocalDate, time: string, workingDays: number, channel?: 'in_person' | 'online' | 'postal') => {
  const r = computeDueDate({ receivedAt: vn(date, time), workingDays, channel, calendar, hours });
  return { ...r, dueAt: vnIso(r.dueAt) };
};

describe(computeDueDate.name, () => {
  it('reference: received Fri 2 Feb 2024 09:00, 5 working days → Fri 16 Feb 2024 17:00 (Tết 8–14 Feb off)', () => {
    const r = computeDueDate({ receivedAt: Date.parse('2024-02-02T09:00:00+07:00'), workingDays: 5, calendar, hours });
    expect(r).toEqual({
      dueDate: '2024-02-16', dueAt: Date.parse('2024-02-16T17:00:00+07:00'), session: 'afternoon', effectiveReceiptDate: '2024-02-02',
    });
  });

  it.each([
    ['2026-02-13', '10:00', 5, '2026-02-27'], // domain.md §1.8 item 14: Tết 14–22 Feb 2026 skipped
    ['2026-08-26', '09:00', 3, '2026-09-03'], // 29 Aug – 2 Sep 2026 off
    ['2026-08-21', '09:00', 1, '2026-08-22'], // make-up Saturday 22 Aug 2026 is a working day
    ['2024-03-05', '15:30', 0, '2024-03-06'], // same-day procedure received after 15:00
  ] as const)('domain.md acceptance: received %s %s, %d days → %s', (date, time, n, expected) => {
    expect(due(date, time, n)).toMatchObject({ dueDate: expected, dueAt: `${expected}T17:00:00+07:00`, session: 'afternoon' });
  });

  it.each([
    ['Tết 2023', '2023-01-19', '10:00', 1, '2023-01-27'],
    ['Tết 2023, received on a Tết day', '2023-01-20', '09:00', 2, '2023-01-31'],
    ['Tết 2024', '2024-02-07', '16:00', 1, '2024-02-15'],
    ['Tết 2025', '2025-01-24', '14:00', 3, '2025-02-05'],
    ['Tết 2026', '2026-02-12', '11:00', 2, '2026-02-23'],
    ['30/4 2023', '2023-04-28', '10:00', 1, '2023-05-04'],
    ['30/4 2024, ending on make-up Saturday 4 May', '2024-04-26', '10:00', 3, '2024-05-04'],
    ['30/4 2025, make-up Saturday 26 Apr', '2025-04-25', '09:00', 1, '2025-04-26'],
    ['30/4 2025', '2025-04-29', '09:00', 1, '2025-05-05'],
    ['30/4 2026', '2026-04-29', '09:00', 1, '2026-05-04'],
    ['Hùng Kings 2026 (Sun) + compensatory Mon', '2026-04-24', '09:00', 1, '2026-04-28'],
    ['2/9 2023', '2023-08-31', '09:00', 1, '2023-09-05'],
    ['2/9 2024', '2024-08-30', '09:00', 1, '2024-09-04'],
    ['2/9 2025', '2025-08-29', '09:00', 2, '2025-09-04'],
    ['2/9 2026', '2026-08-28', '09:00', 1, '2026-09-03'],
    ['New Year 2023 (compensatory Mon 2 Jan)', '2022-12-30', '09:00', 1, '2023-01-03'],
  ] as const)('%s: received %s %s, %d day(s) → %s', (_, date, time, n, expected) => {
    expect(due(date, time, n)).toMatchObject({ dueDate: expected, dueAt: `${expected}T17:00:00+07:00`, session: 'afternoon' });
  });

  it('same-day: 14:59 and 15:00 are due that day, 15:01 the next working day', () => {
    expect(due('2024-03-05', '14:59', 0)).toMatchObject({ dueDate: '2024-03-05', dueAt: '2024-03-05T17:00:00+07:00' });
    expect(due('2024-03-05', '15:00', 0).dueDate).toBe('2024-03-05');
    expect(due('2024-03-05', '15:00:01', 0).dueDate).toBe('2024-03-06');
    expect(due('2024-03-05', '15:01', 0)).toMatchObject({ dueDate: '2024-03-06', effectiveReceiptDate: '2024-03-05' });
    expect(due('2024-02-07', '15:01', 0).dueDate).toBe('2024-02-15');
  });

  it('the 15:00 cut-off does not change limits of one day or more', () => {
    expect(due('2024-03-05', '14:59', 1).dueDate).toBe('2024-03-06');
    expect(due('2024-03-05', '15:01', 1).dueDate).toBe('2024-03-06');
  });

  it('a receipt on a Saturday counts from Monday, but a make-up Saturday is a receipt day', () => {
    expect(due('2024-03-09', '10:00', 1, 'online')).toMatchObject({ dueDate: '2024-03-12', effectiveReceiptDate: '2024-03-11' });
    expect(due('2024-03-09', '10:00', 0)).toMatchObject({ dueDate: '2024-03-11', effectiveReceiptDate: '2024-03-11' });
    expect(due('2024-05-04', '10:00', 1)).toMatchObject({ dueDate: '2024-05-06', effectiveReceiptDate: '2024-05-04' });
  });

  it('a receipt at 23:59 local (16:59 UTC) or after 17:00 counts as received the next working day', () => {
    const lateNight = vn('2024-03-07', '23:59');
    expect(new Date(lateNight).toISOString()).toBe('2024-03-07T16:59:00.000Z');
    expect(due('2024-03-07', '23:59', 1)).toMatchObject({ dueDate: '2024-03-11', effectiveReceiptDate: '2024-03-08' });
    expect(due('2024-03-08', '23:59', 0)).toMatchObject({ dueDate: '2024-03-11', effectiveReceiptDate: '2024-03-11' });
    expect(due('2024-03-07', '17:00', 1).effectiveReceiptDate).toBe('2024-03-07');
    expect(due('2024-03-07', '17:01', 1).effectiveReceiptDate).toBe('2024-03-08');
    expect(due('2024-03-05', '06:00', 0).dueDate).toBe('2024-03-05');
  });

  it('N.5 days end with the morning session of the (N+1)th working day', () => {
    expect(due('2024-03-04', '10:00', 0.5)).toMatchObject({ dueDate: '2024-03-05', dueAt: '2024-03-05T11:30:00+07:00', session: 'morning' });
    expect(due('2024-03-04', '10:00', 1.5)).toMatchObject({ dueDate: '2024-03-06', dueAt: '2024-03-06T11:30:00+07:00', session: 'morning' });
    expect(due('2024-02-06', '10:00', 2.5)).toMatchObject({ dueDate: '2024-02-16', dueAt: '2024-02-16T11:30:00+07:00' });
  });

  it('follows the agency’s own hours', () => {
    const late = { ...hours, afternoon: { start: 13 * 60 + 30, end: 17 * 60 + 30 }, receiptCutoff: 17 * 60 + 30 };
    const r = computeDueDate({ receivedAt: vn('2024-03-05', '17:15'), workingDays: 1, calendar, hours: late });
    expect(vnIso(r.dueAt)).toBe('2024-03-06T17:30:00+07:00');
  });

  it('treats every channel alike and accepts up to 1000 working days', () => {
    for (const c of ['in_person', 'online', 'postal'] as const) expect(due('2024-03-05', '10:00', 3, c).dueDate).toBe('2024-03-08');
    expect(due('2024-03-05', '10:00', 1000).dueDate > '2028-01-01').toBe(true);
  });

  it.each([
    ['workingDays', -1], ['workingDays', 1000.5], ['workingDays', 0.3], ['workingDays', Number.NaN], ['workingDays', Infinity],
    ['workingDays', '5'],
  ])('rejects %s = %s', (field, value) => {
    expect(() => computeDueDate({ receivedAt: vn('2024-03-05', '10:00'), workingDays: value as number, calendar, hours }))
      .toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field, messageVi: expect.stringContaining('ngày làm việc') }));
  });

  it('rejects bad instants and channels', () => {
    const base = { workingDays: 1, calendar, hours };
    expect(() => computeDueDate({ ...base, receivedAt: Number.NaN })).toThrow(expect.objectContaining({ field: 'receivedAt' }));
    expect(() => computeDueDate({ ...base, receivedAt: Date.parse('2200-01-01T00:00:00+07:00') })).toThrow(CalendarError);
    expect(() => computeDueDate({ ...base, receivedAt: vn('2024-03-05', '10:00'), channel: 'fax' as never }))
      .toThrow(expect.objectContaining({ field: 'channel' }));
  });
});

import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { toEpochDay } from '../shared/local-date.js';
import { buildWorkingCalendar } from './working-calendar.js';
import { seedCalendar, seedSchedules } from './working-calendar.fixtures.js';

describe(buildWorkingCalendar.name, () => {
  const calendar = seedCalendar();

  it('explains every kind of day, with the reason and the deciding document', () => {
    expect(calendar.dayInfo('2024-02-07')).toEqual({ date: '2024-02-07', working: true, kind: 'working_day' });
    expect(calendar.dayInfo('2024-02-17')).toMatchObject({ working: false, kind: 'weekly_rest', reason: 'Ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật)' });
    expect(calendar.dayInfo('2024-02-10')).toMatchObject({
      working: false, kind: 'holiday', reason: 'Tết Âm lịch Giáp Thìn (mùng 1 tháng Giêng)',
      source: { document: expect.stringContaining('5015/TB-LĐTBXH'), issuedOn: '2023-11-22' },
    });
    expect(calendar.dayInfo('2024-02-14')).toMatchObject({ working: false, kind: 'compensatory_day_off' });
    expect(calendar.dayInfo('2024-04-29')).toMatchObject({ working: false, kind: 'swapped_day_off', source: { document: expect.stringContaining('2450/VPCP-KGVX') } });
    expect(calendar.dayInfo('2024-05-04')).toMatchObject({ working: true, kind: 'makeup_working_day', reasonEn: expect.stringContaining('Saturday 4 May 2024') });
  });

  it('counts announced make-up Saturdays as working days (2024-05-04, 2025-04-26, 2026-08-22), unless told not to', () => {
    for (const d of ['2024-05-04', '2025-04-26', '2026-08-22'] as const) expect(calendar.isWorkingDay(d)).toBe(true);
    const strict = seedCalendar({ makeupDaysAreWorking: false });
    expect(strict.dayInfo('2026-08-22')).toMatchObject({ working: false, kind: 'makeup_working_day' });
    expect(strict.addWorkingDays('2026-08-21', 1)).toBe('2026-08-24');
  });

  it('finds the next working day over Tết 2025 and the 30/4 bridge', () => {
    expect(calendar.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(calendar.nextWorkingDay('2025-04-29')).toBe('2025-05-05');
    expect(calendar.nextWorkingDay('2025-04-25')).toBe('2025-04-26');
  });

  it('adds working days without counting the start day, forwards and backwards', () => {
    expect(calendar.addWorkingDays('2024-02-02', 5)).toBe('2024-02-16');
    expect(calendar.addWorkingDays('2024-02-16', -5)).toBe('2024-02-02');
    expect(calendar.addWorkingDays('2024-02-10', 0)).toBe('2024-02-15');
    expect(calendar.addWorkingDays('2024-02-16', 0)).toBe('2024-02-16');
    expect(calendar.addWorkingDays('2024-02-08', -1)).toBe('2024-02-07');
    expect(calendar.countWorkingDays(toEpochDay('2024-02-01'), toEpochDay('2024-03-01'))).toBe(16);
    expect(calendar.countWorkingDays(toEpochDay('2024-03-01'), toEpochDay('2024-02-01'))).toBe(-16);
  });

  it('grows on demand to statutory years, backwards and forwards, up to 1900–2199', () => {
    const small = buildWorkingCalendar({ schedules: seedSchedules, fromYear: 2024, toYear: 2024 });
    expect(small.dayInfo('2027-02-08')).toMatchObject({ kind: 'holiday', source: { document: expect.stringContaining('45/2019') } });
    expect(small.range.fromYear).toBe(2024);
    expect(small.range.toYear).toBeGreaterThanOrEqual(2027);
    expect(small.addWorkingDays('2024-12-31', 1000)).toBe(calendar.addWorkingDays('2024-12-31', 1000));
    expect(small.addWorkingDays('2024-01-02', -1000)).toBe(calendar.addWorkingDays('2024-01-02', -1000));
    expect(small.range.fromYear).toBeLessThanOrEqual(2020);
    expect(small.dayInfo('1900-01-01')).toMatchObject({ kind: 'holiday' });
    expect(small.isWorkingDay('1900-01-02')).toBe(true);
    expect(() => small.isWorkingDay('2200-01-01')).toThrow(CalendarError);
    expect(() => small.addWorkingDays('2199-12-01', 100)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'n' }));
  });

  it('uses an announced schedule for its whole year and the statutory rules for other years', () => {
    const statutoryOnly = buildWorkingCalendar({ schedules: [], fromYear: 2024, toYear: 2024 });
    expect(statutoryOnly.isWorkingDay('2024-04-29')).toBe(true);
    expect(statutoryOnly.isWorkingDay('2024-02-08')).toBe(true);
    expect(calendar.isWorkingDay('2024-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2024-02-15')).toBe(true);
  });

  it('rejects bad ranges, years and working-day counts', () => {
    expect(() => buildWorkingCalendar({ schedules: [], fromYear: 2026, toYear: 2025 })).toThrow(expect.objectContaining({ field: 'fromYear' }));
    expect(() => buildWorkingCalendar({ schedules: [], fromYear: 1899, toYear: 2025 })).toThrow(expect.objectContaining({ field: 'fromYear' }));
    expect(() => calendar.addWorkingDays('2024-01-01', 1.5)).toThrow(expect.objectContaining({ field: 'n' }));
    const twice = [seedSchedules[0], seedSchedules[0]];
    expect(() => buildWorkingCalendar({ schedules: twice, fromYear: 2023, toYear: 2023 })).toThrow(expect.objectContaining({ field: 'schedules' }));
    expect(() => calendar.dayInfo('2024-02-30' as never)).toThrow(expect.objectContaining({ field: 'date' }));
  });
});

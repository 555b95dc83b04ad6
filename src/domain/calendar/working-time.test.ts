import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { DEFAULT_WORKING_HOURS as hours } from './working-hours.js';
import { seedCalendar, vn } from './working-calendar.fixtures.js';
import { workingTimeBetween } from './working-time.js';

const calendar = seedCalendar();
const between = (from: number, to: number, excluded: { from: number; to: number }[] = []) =>
  workingTimeBetween({ from, to, excluded, calendar, hours });

describe(workingTimeBetween.name, () => {
  it('counts minutes inside sessions only', () => {
    expect(between(vn('2024-03-05', '07:30'), vn('2024-03-05', '17:00'))).toEqual({ workingMinutes: 480, workingDays: 1 });
    expect(between(vn('2024-03-05', '10:00'), vn('2024-03-05', '14:00'))).toEqual({ workingMinutes: 150, workingDays: 0.31 });
    expect(between(vn('2024-03-05', '12:00'), vn('2024-03-05', '12:45'))).toEqual({ workingMinutes: 0, workingDays: 0 });
    expect(between(vn('2024-03-05', '10:00'), vn('2024-03-05', '10:00'))).toEqual({ workingMinutes: 0, workingDays: 0 });
  });

  it('skips weekends and Tết 2024: Fri 2 Feb 09:00 → Fri 16 Feb 17:00 is 5 days after the receipt day', () => {
    expect(between(vn('2024-02-02', '09:00'), vn('2024-02-16', '17:00'))).toEqual({ workingMinutes: 6.5 * 60 + 5 * 480, workingDays: 5.81 });
    expect(between(vn('2024-02-05', '07:30'), vn('2024-02-16', '17:00')).workingDays).toBe(5);
    expect(between(vn('2024-02-08', '00:00'), vn('2024-02-15', '00:00')).workingMinutes).toBe(0);
  });

  it('counts a make-up Saturday and not a swapped Monday', () => {
    expect(between(vn('2024-04-26', '17:00'), vn('2024-05-06', '07:30')).workingDays).toBe(3);
  });

  it('subtracts the union of excluded intervals, clipped to the period', () => {
    const from = vn('2024-03-04', '07:30');
    const to = vn('2024-03-08', '17:00');
    expect(between(from, to).workingDays).toBe(5);
    const wait = { from: vn('2024-03-05', '07:30'), to: vn('2024-03-06', '17:00') };
    const overlap = { from: vn('2024-03-06', '13:00'), to: vn('2024-03-07', '11:30') };
    const outside = { from: vn('2024-03-01', '00:00'), to: vn('2024-03-04', '11:30') };
    expect(between(from, to, [wait, overlap, outside])).toEqual({ workingMinutes: 480 * 5 - 240 - 960 - 240, workingDays: 2 });
    expect(between(from, to, [{ from: vn('2024-02-01', '00:00'), to: vn('2024-04-01', '00:00') }]).workingMinutes).toBe(0);
  });

  it('rejects from after to and reversed exclusions', () => {
    expect(() => between(vn('2024-03-05', '10:00'), vn('2024-03-05', '09:00'))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'from' }));
    const bad = { from: vn('2024-03-05', '10:00'), to: vn('2024-03-05', '09:00') };
    expect(() => between(vn('2024-03-04', '10:00'), vn('2024-03-08', '10:00'), [bad])).toThrow(expect.objectContaining({ field: 'excluded[0].from' }));
    expect(() => between(Number.NaN, 0)).toThrow(CalendarError);
  });
});

import { describe, expect, it } from 'vitest';
import { testClock as clock, vnAt, vnText } from '../../test-support/dossier-factory.js';
import type { TimeLimit } from '../procedures/procedure-types.js';
import { apologyDeadline, appointmentAfterPause, appointmentFor } from './dossier-clock.js';

const due = (limit: TimeLimit, date: string, time: string) => vnText(appointmentFor(limit, vnAt(date, time), clock));

describe(appointmentFor.name, () => {
  describe('working days (Civil Code Art. 147: the day of receipt is not counted)', () => {
    it.each([
      [5, '2026-02-13', '10:00', '2026-02-27 17:00'], // requirement 14: Tết 14–22 Feb 2026 skipped
      [3, '2026-08-26', '09:00', '2026-09-03 17:00'], // 29 Aug – 2 Sep 2026 off
      [1, '2026-08-21', '09:00', '2026-08-22 17:00'], // make-up Saturday 22 Aug 2026 counts
      [5, '2026-03-02', '08:00', '2026-03-09 17:00'],
      [1, '2026-03-02', '17:30', '2026-03-04 17:00'], // after office hours: counts as received the next working day
      [1, '2026-03-07', '10:00', '2026-03-10 17:00'], // received on a Saturday: counts from Monday
      [1, '2026-04-24', '09:00', '2026-04-28 17:00'], // Hùng Kings 2026 falls on Sunday, Monday 27 Apr is off
    ])('%d working day(s) from %s %s → %s', (n, date, time, expected) => {
      expect(due({ value: n, unit: 'working_days' }, date, time)).toBe(expected);
    });

    it.each([
      [0.5, '2026-03-02', '09:00', '2026-03-03 11:30'],
      [2.5, '2026-03-02', '09:00', '2026-03-05 11:30'],
      [1.5, '2026-02-12', '10:00', '2026-02-23 11:30'], // Fri 13 Feb, then Mon 23 Feb after Tết
    ])('%d working days ends with the morning session: from %s %s → %s', (n, date, time, expected) => {
      expect(due({ value: n, unit: 'working_days' }, date, time)).toBe(expected);
    });
  });

  describe('working hours (counted from the moment, inside office sessions only)', () => {
    it.each([
      [8, '2026-03-02', '09:00', '2026-03-03 09:00'],
      [2, '2026-03-02', '10:30', '2026-03-02 14:00'], // the lunch break does not count
      [4, '2026-02-13', '15:00', '2026-02-23 09:30'], // Tết between
      [4, '2026-03-07', '10:00', '2026-03-09 11:30'], // received on a Saturday: counts from Monday 07:30
      [8, '2026-03-02', '18:00', '2026-03-03 17:00'], // after hours: the whole next day
    ])('%d working hour(s) from %s %s → %s', (n, date, time, expected) => {
      expect(due({ value: n, unit: 'working_hours' }, date, time)).toBe(expected);
    });
  });

  describe('same day (Decree 61/2018 Art. 18: the 15:00 cut-off)', () => {
    it.each([
      ['2026-03-04', '14:59', '2026-03-04 17:00'],
      ['2026-03-04', '15:00', '2026-03-04 17:00'],
      ['2026-03-04', '15:01', '2026-03-05 17:00'],
      ['2026-03-06', '15:01', '2026-03-09 17:00'], // a Friday afternoon: Monday
      ['2026-03-07', '09:00', '2026-03-09 17:00'], // a Saturday: the next working day
      ['2026-02-13', '15:30', '2026-02-23 17:00'], // the eve of Tết: after the holidays
    ])('received %s %s → %s', (date, time, expected) => {
      expect(due({ value: 0, unit: 'same_day' }, date, time)).toBe(expected);
    });
  });

  describe('calendar days (Civil Code Art. 148: a period never ends on a day off)', () => {
    it.each([
      [7, '2026-03-02', '09:00', '2026-03-09 17:00'], // ends on a Monday: unchanged
      [10, '2026-03-04', '09:00', '2026-03-16 17:00'], // would end Sat 14 Mar: Monday
      [11, '2026-03-04', '09:00', '2026-03-16 17:00'], // would end Sun 15 Mar: Monday
      [30, '2026-01-16', '09:00', '2026-02-23 17:00'], // would end Sun 15 Feb, inside Tết: the first day after it
      [3, '2026-04-24', '09:00', '2026-04-28 17:00'], // would end on the compensatory day Mon 27 Apr
      [1, '2026-08-21', '09:00', '2026-08-22 17:00'], // ends on the make-up Saturday 22 Aug 2026, a working day
      [1, '2026-03-06', '16:00', '2026-03-09 17:00'],
    ])('%d calendar day(s) from %s %s → %s', (n, date, time, expected) => {
      expect(due({ value: n, unit: 'calendar_days' }, date, time)).toBe(expected);
    });

    it('counts from the date in Vietnam, not in UTC (received Mon 03:00 local = Sun 20:00 UTC)', () => {
      const start = Date.UTC(2026, 2, 1, 20, 0);
      expect(vnText(appointmentFor({ value: 1, unit: 'calendar_days' }, start, clock))).toBe('2026-03-03 17:00');
    });
  });

  it('always ends on a working day and after the start, for every unit', () => {
    const limits: TimeLimit[] = [{ value: 3, unit: 'working_days' }, { value: 1.5, unit: 'working_days' }, { value: 6, unit: 'working_hours' }, { value: 0, unit: 'same_day' }, { value: 9, unit: 'calendar_days' }];
    for (let day = 1; day <= 28; day++) {
      const start = vnAt(`2026-02-${String(day).padStart(2, '0')}`, '16:00');
      for (const limit of limits) {
        const at = appointmentFor(limit, start, clock);
        expect(at).toBeGreaterThan(start);
        expect(clock.calendar.isWorkingDay(vnText(at)!.slice(0, 10))).toBe(true);
      }
    }
  });
});

describe(appointmentAfterPause.name, () => {
  const dueAt = vnAt('2026-02-27', '17:00');

  it('leaves the appointment unchanged when no working time was waited', () => {
    expect(appointmentAfterPause(dueAt, vnAt('2026-03-06', '17:00'), vnAt('2026-03-09', '07:30'), clock)).toBe(dueAt); // a weekend
    expect(appointmentAfterPause(dueAt, vnAt('2026-03-04', '11:30'), vnAt('2026-03-04', '13:00'), clock)).toBe(dueAt); // the lunch break
    expect(appointmentAfterPause(dueAt, vnAt('2026-02-14', '08:00'), vnAt('2026-02-22', '18:00'), clock)).toBe(dueAt); // Tết only
    expect(appointmentAfterPause(dueAt, vnAt('2026-03-04', '10:00'), vnAt('2026-03-04', '10:00'), clock)).toBe(dueAt);
    expect(appointmentAfterPause(dueAt, vnAt('2026-03-04', '10:00'), vnAt('2026-03-04', '09:00'), clock)).toBe(dueAt);
  });

  it('moves the appointment by the working time waited, keeping the remaining time (not renewing it)', () => {
    expect(vnText(appointmentAfterPause(dueAt, vnAt('2026-02-24', '09:00'), vnAt('2026-02-24', '11:00'), clock))).toBe('2026-03-02 09:30');
    expect(vnText(appointmentAfterPause(vnAt('2026-03-09', '17:00'), vnAt('2026-03-03', '07:30'), vnAt('2026-03-05', '07:30'), clock))).toBe('2026-03-11 17:00');
  });

  it('counts only the working days of a wait across Tết 2026 (Thu 12 Feb 09:00 → Tue 24 Feb 09:00 = 3 working days)', () => {
    expect(vnText(appointmentAfterPause(dueAt, vnAt('2026-02-12', '09:00'), vnAt('2026-02-24', '09:00'), clock))).toBe('2026-03-04 17:00');
  });
});

describe(apologyDeadline.name, () => {
  it.each([
    ['2026-02-27', '17:00', '2026-02-26 17:00'],
    ['2026-02-23', '17:00', '2026-02-13 17:00'], // the working day before, across Tết
    ['2026-03-09', '11:30', '2026-03-06 17:00'], // a half-day appointment on a Monday: the Friday before
    ['2026-08-24', '17:00', '2026-08-22 17:00'], // the make-up Saturday 22 Aug 2026 is a working day
  ])('is the end of the working day before an appointment on %s %s → %s', (date, time, expected) => {
    expect(vnText(apologyDeadline(vnAt(date, time), clock))).toBe(expected);
  });
});

/** Due moments of time limits given in working hours (e.g. "8 working hours to ask for a supplement"). */
import { invalidInput } from './calendar-error.js';
import { fromEpochDay, type LocalDate, localToInstant, MINUTE_MS } from '../shared/local-date.js';
import { assertInstant, localParts } from './receipt.js';
import type { WorkingCalendar } from './working-calendar.js';
import { minutesPerWorkingDay, type SessionName, type WorkingHours, workingMsElapsed } from './working-hours.js';

export type ComputeDueAtWorkingHoursOptions = {
  /** The moment the period starts (epoch ms). */
  receivedAt: number;
  /** The time limit in working hours, in whole minutes (e.g. 8, 2, 0.5), at most 1000 working days' worth. */
  workingHours: number;
  calendar: WorkingCalendar;
  hours: WorkingHours;
};
export type DueAtWorkingHours = { dueAt: number; dueDate: LocalDate; session: SessionName };

/**
 * Civil Code 2015 Art. 147: a period in hours counts from the stated moment; only time inside the working sessions of
 * working days counts, and the period ends at the moment its last working minute is used (never inside a break).
 */
export function computeDueAtWorkingHours(options: ComputeDueAtWorkingHoursOptions): DueAtWorkingHours {
  const { receivedAt, workingHours, calendar, hours } = options;
  assertInstant(receivedAt, 'receivedAt');
  const perDayMs = minutesPerWorkingDay(hours) * MINUTE_MS;
  const limitMs = Math.round(workingHours * 60) * MINUTE_MS;
  const wholeMinutes = typeof workingHours === 'number' && Math.abs(workingHours * 60 - Math.round(workingHours * 60)) < 1e-9;
  if (!wholeMinutes || !(workingHours >= 0) || limitMs > 1000 * perDayMs) {
    throw invalidInput('workingHours', 'Số giờ làm việc phải ≥ 0, tính theo phút tròn, tối đa 1000 ngày làm việc.',
      'Working hours must be ≥ 0 in whole minutes and at most 1000 working days.', workingHours);
  }
  const { day, msOfDay } = localParts(receivedAt);
  if (limitMs === 0) {
    const session: SessionName = msOfDay < hours.afternoon.start * MINUTE_MS ? 'morning' : 'afternoon';
    return { dueAt: receivedAt, dueDate: fromEpochDay(day), session };
  }
  const startsToday = calendar.isWorkingEpochDay(day);
  const first = startsToday ? day : calendar.addWorkingEpochDays(day, 1);
  const total = (startsToday ? workingMsElapsed(hours, msOfDay) : 0) + limitMs;
  const k = Math.ceil(total / perDayMs) - 1;
  const dueDay = k === 0 ? first : calendar.addWorkingEpochDays(first, k);
  const rest = total - k * perDayMs;
  const morningMs = (hours.morning.end - hours.morning.start) * MINUTE_MS;
  const session: SessionName = rest <= morningMs ? 'morning' : 'afternoon';
  const dueAt = session === 'morning'
    ? localToInstant(dueDay, hours.morning.start) + rest
    : localToInstant(dueDay, hours.afternoon.start) + rest - morningMs;
  return { dueAt, dueDate: fromEpochDay(dueDay), session };
}

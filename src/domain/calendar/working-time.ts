/** Elapsed working time between two moments, e.g. how long a dossier has really been in an agency's hands. */
import { invalidInput } from './calendar-error.js';
import { MINUTE_MS } from '../shared/local-date.js';
import { assertInstant, localParts } from './receipt.js';
import type { WorkingCalendar } from './working-calendar.js';
import { minutesPerWorkingDay, type WorkingHours, workingMsElapsed } from './working-hours.js';

export type Interval = { from: number; to: number };
export type WorkingTimeOptions = {
  from: number;
  to: number;
  /** Periods that do not count (suspensions, waiting for a supplement); they may overlap and reach outside from–to. */
  excluded?: readonly Interval[];
  calendar: WorkingCalendar;
  hours: WorkingHours;
};
export type WorkingTime = { workingMinutes: number; workingDays: number };

/** Working milliseconds in [a, b] (a ≤ b) in O(1): whole working days from the prefix table plus the two partial days. */
function workingMsBetween(calendar: WorkingCalendar, hours: WorkingHours, perDayMs: number, a: number, b: number): number {
  const pa = localParts(a);
  const pb = localParts(b);
  const inDay = (p: { day: number; msOfDay: number }): number =>
    calendar.isWorkingEpochDay(p.day) ? workingMsElapsed(hours, p.msOfDay) : 0;
  return calendar.countWorkingDays(pa.day, pb.day) * perDayMs - inDay(pa) + inDay(pb);
}

/**
 * Working time between `from` and `to`: only minutes inside the working sessions of working days count (Civil Code
 * 2015 Art. 147 counts periods in hours from the stated moment; Decision 188/1999 and Labour Code Art. 111–112 define
 * the working days), minus the union of the excluded intervals; never negative. `workingDays` is the minutes divided by
 * the minutes of a working day ("one day = 8 working hours", domain.md §7.1), rounded to 2 decimals.
 */
export function workingTimeBetween(options: WorkingTimeOptions): WorkingTime {
  const { from, to, calendar, hours } = options;
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (from > to) {
    throw invalidInput('from', 'Thời điểm bắt đầu phải không sau thời điểm kết thúc.', '`from` must not be after `to`.', { from, to });
  }
  const perDayMs = minutesPerWorkingDay(hours) * MINUTE_MS;
  const clipped: Interval[] = [];
  for (const [i, x] of (options.excluded ?? []).entries()) {
    assertInstant(x?.from, `excluded[${i}].from`);
    assertInstant(x.to, `excluded[${i}].to`);
    if (x.from > x.to) {
      throw invalidInput(`excluded[${i}].from`, 'Khoảng loại trừ có thời điểm bắt đầu sau kết thúc.',
        'An excluded interval starts after it ends.', x);
    }
    const a = Math.max(x.from, from);
    const b = Math.min(x.to, to);
    if (a < b) clipped.push({ from: a, to: b });
  }
  clipped.sort((p, q) => p.from - q.from);
  let excludedMs = 0;
  let current: Interval | undefined;
  for (const x of clipped) {
    if (current && x.from <= current.to) {
      current.to = Math.max(current.to, x.to);
      continue;
    }
    if (current) excludedMs += workingMsBetween(calendar, hours, perDayMs, current.from, current.to);
    current = { ...x };
  }
  if (current) excludedMs += workingMsBetween(calendar, hours, perDayMs, current.from, current.to);
  const ms = Math.max(0, workingMsBetween(calendar, hours, perDayMs, from, to) - excludedMs);
  const workingMinutes = ms / MINUTE_MS;
  return { workingMinutes, workingDays: Math.round((workingMinutes / (perDayMs / MINUTE_MS)) * 100) / 100 };
}

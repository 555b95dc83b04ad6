/**
 * The precomputed day table behind WorkingCalendar: one byte of day kind per epoch day, a prefix count of working
 * days and the ordered list of working days, so that "is it a working day", "how many working days between" and
 * "the Nth working day after" are O(1).
 */
import type { AnnouncedSchedule, ScheduleEntry } from './announced-schedule.js';
import { MAX_YEAR, MIN_YEAR } from './calendar-error.js';
import { dayOfWeekOfEpochDay, epochDayOf, toEpochDay } from '../shared/local-date.js';
import { statutoryHolidays } from './statutory-holidays.js';

export type DayKind =
  | 'working_day' | 'weekly_rest' | 'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'makeup_working_day';
/** Kind codes stored in the table, in this order. */
export const DAY_KINDS: readonly DayKind[] = [
  'working_day', 'weekly_rest', 'holiday', 'compensatory_day_off', 'swapped_day_off', 'makeup_working_day',
];
const KIND_CODE: Record<string, number> = Object.fromEntries(DAY_KINDS.map((k, i) => [k, i]));

export type CalendarTable = {
  fromYear: number;
  toYear: number;
  /** Epoch day of 1 January of fromYear. */
  start: number;
  /** Epoch day after 31 December of toYear. */
  end: number;
  kinds: Uint8Array;
  working: Uint8Array;
  /** prefix[i] = working days in [start, start + i). */
  prefix: Int32Array;
  /** Epoch days of all working days in the table, ascending. */
  workingDays: Int32Array;
  /** The announced or statutory entry that explains a special day. */
  entries: Map<number, ScheduleEntry>;
};

/** The special days of one year: the announced schedule when there is one, otherwise the statutory rules. */
function entriesOfYear(year: number, schedules: ReadonlyMap<number, AnnouncedSchedule>): readonly ScheduleEntry[] {
  return schedules.get(year)?.entries ?? statutoryHolidays(year);
}

/** Builds the table for whole years fromYear…toYear; announced entries win over statutory ones on the same date. */
export function buildCalendarTable(
  fromYear: number,
  toYear: number,
  schedules: ReadonlyMap<number, AnnouncedSchedule>,
  makeupDaysAreWorking: boolean,
): CalendarTable {
  const start = epochDayOf(fromYear, 1, 1);
  const end = epochDayOf(toYear + 1, 1, 1);
  const n = end - start;
  const entries = new Map<number, ScheduleEntry>();
  const announced = new Set<number>();
  for (let y = Math.max(MIN_YEAR, fromYear - 1); y <= Math.min(MAX_YEAR, toYear + 1); y++) {
    for (const e of entriesOfYear(y, schedules)) {
      const day = toEpochDay(e.date);
      if (day < start || day >= end) continue;
      const isAnnounced = schedules.has(y);
      if (entries.has(day) && announced.has(day) && !isAnnounced) continue;
      entries.set(day, e);
      if (isAnnounced) announced.add(day);
    }
  }
  const kinds = new Uint8Array(n);
  const working = new Uint8Array(n);
  const prefix = new Int32Array(n + 1);
  const list: number[] = [];
  for (let i = 0; i < n; i++) {
    const day = start + i;
    const entry = entries.get(day);
    const code = entry ? KIND_CODE[entry.kind] : dayOfWeekOfEpochDay(day) % 6 === 0 ? 1 : 0;
    const isWorking = code === 0 || (code === 5 && makeupDaysAreWorking);
    kinds[i] = code;
    working[i] = isWorking ? 1 : 0;
    prefix[i + 1] = prefix[i] + working[i];
    if (isWorking) list.push(day);
  }
  return { fromYear, toYear, start, end, kinds, working, prefix, workingDays: Int32Array.from(list), entries };
}

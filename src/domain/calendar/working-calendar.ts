/**
 * The one legal working-day calendar every deadline in cchc uses: Monday–Friday (Decision 188/1999/QĐ-TTg), minus
 * the holidays of Labour Code Art. 112 and their compensatory days (Art. 111(3)), with the Prime Minister's announced
 * swaps and make-up Saturdays where a year has an announced schedule. Pure: schedules come in as an argument.
 */
import type { AnnouncedSchedule, ScheduleSource } from './announced-schedule.js';
import { assertSupportedYear, invalidInput, MAX_YEAR, MIN_YEAR } from './calendar-error.js';
import { buildCalendarTable, type CalendarTable, DAY_KINDS, type DayKind } from './calendar-table.js';
import { epochDayOf, fromEpochDay, type LocalDate, toEpochDay, yearOfEpochDay } from '../shared/local-date.js';

export type { DayKind } from './calendar-table.js';
export type DayInfo = {
  date: LocalDate; working: boolean; kind: DayKind; reason?: string; reasonEn?: string; source?: ScheduleSource;
};
export type WorkingCalendarOptions = {
  schedules: readonly AnnouncedSchedule[];
  /** First and last year to precompute; other years 1900–2199 are added on demand. */
  fromYear: number;
  toYear: number;
  /**
   * Whether an announced make-up Saturday ("làm bù") counts as a working day for time limits. Default true: staff work
   * that day (domain.md §1.8 item 14 asks for this to be a setting).
   */
  makeupDaysAreWorking?: boolean;
};

export type WorkingCalendar = {
  /** Years currently precomputed (the table grows on demand). */
  readonly range: { fromYear: number; toYear: number };
  dayInfo(date: LocalDate): DayInfo;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /**
   * The `n`th working day after `date`, not counting `date` itself (Civil Code 2015 Art. 147); negative `n` counts back.
   * `n = 0` gives `date` when it is a working day, else the next working day.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days in the half-open range [from, to) of epoch days (negative when to < from). */
  countWorkingDays(fromEpochDay: number, toEpochDay: number): number;
  isWorkingEpochDay(epochDay: number): boolean;
  /** Epoch-day form of addWorkingDays, for hot paths. */
  addWorkingEpochDays(epochDay: number, n: number): number;
};

/** Extra years added when the table grows, so that walking year by year does not rebuild it every time. */
const GROWTH_YEARS = 4;
const WEEKLY_REST = { reason: 'Ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật)', reasonEn: 'Weekly rest day (Saturday, Sunday)' };

/**
 * Builds the calendar for fromYear…toYear (1900–2199): weekly rest on Saturday and Sunday (Decision 188/1999/QĐ-TTg),
 * Labour Code 2019 Art. 112 holidays with Art. 111(3) compensatory days, and, for years that have one, the announced
 * schedule (Art. 112(3): the Prime Minister fixes the Tết days, the National Day extra day and swaps).
 */
export function buildWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const { fromYear, toYear } = options;
  assertSupportedYear(fromYear, 'fromYear');
  assertSupportedYear(toYear, 'toYear');
  if (fromYear > toYear) {
    throw invalidInput('fromYear', 'Năm bắt đầu phải không sau năm kết thúc.', 'fromYear must not be after toYear.',
      { fromYear, toYear });
  }
  const schedules = new Map(options.schedules.map((s) => [s.year, s]));
  if (schedules.size !== options.schedules.length) {
    throw invalidInput('schedules', 'Mỗi năm chỉ được có một lịch công bố.', 'Each year may have only one announced schedule.');
  }
  const makeup = options.makeupDaysAreWorking ?? true;
  let t: CalendarTable = buildCalendarTable(fromYear, toYear, schedules, makeup);

  const cover = (day: number): void => {
    if (day >= t.start && day < t.end) return;
    const year = yearOfEpochDay(day);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw invalidInput('date', `Ngày nằm ngoài phạm vi lịch ${MIN_YEAR}–${MAX_YEAR}.`,
        `Date outside the calendar range ${MIN_YEAR}–${MAX_YEAR}.`, fromEpochDay(day));
    }
    const from = year < t.fromYear ? Math.max(MIN_YEAR, year - GROWTH_YEARS) : t.fromYear;
    const to = year > t.toYear ? Math.min(MAX_YEAR, year + GROWTH_YEARS) : t.toYear;
    t = buildCalendarTable(from, to, schedules, makeup);
  };
  const isWorkingEpochDay = (day: number): boolean => {
    cover(day);
    return t.working[day - t.start] === 1;
  };
  const addWorkingEpochDays = (day: number, n: number): number => {
    if (!Number.isInteger(n)) {
      throw invalidInput('n', 'Số ngày làm việc phải là số nguyên.', 'The number of working days must be an integer.', n);
    }
    cover(day);
    for (;;) {
      const index = n > 0 ? t.prefix[day - t.start + 1] + n - 1 : t.prefix[day - t.start] + n;
      if (index >= 0 && index < t.workingDays.length) return t.workingDays[index];
      if (index < 0 ? t.fromYear === MIN_YEAR : t.toYear === MAX_YEAR) {
        throw invalidInput('n', `Kết quả nằm ngoài phạm vi lịch ${MIN_YEAR}–${MAX_YEAR}.`,
          `The result falls outside the calendar range ${MIN_YEAR}–${MAX_YEAR}.`, n);
      }
      const years = Math.ceil(Math.abs(n) / 240) + 1;
      const year = index < 0 ? Math.max(MIN_YEAR, t.fromYear - years) : Math.min(MAX_YEAR, t.toYear + years);
      cover(epochDayOf(year, 1, 1));
    }
  };
  const countWorkingDays = (from: number, to: number): number => {
    if (from === to) return 0;
    cover(Math.min(from, to));
    cover(Math.max(from, to) - 1);
    return t.prefix[to - t.start] - t.prefix[from - t.start];
  };
  const dayInfo = (date: LocalDate): DayInfo => {
    const day = toEpochDay(date);
    cover(day);
    const kind = DAY_KINDS[t.kinds[day - t.start]];
    const working = t.working[day - t.start] === 1;
    const entry = t.entries.get(day);
    if (entry) return { date, working, kind, reason: entry.reason, reasonEn: entry.reasonEn, source: entry.source };
    return kind === 'weekly_rest' ? { date, working, kind, ...WEEKLY_REST } : { date, working, kind };
  };
  return {
    get range() {
      return { fromYear: t.fromYear, toYear: t.toYear };
    },
    dayInfo,
    isWorkingDay: (date) => isWorkingEpochDay(toEpochDay(date)),
    nextWorkingDay: (date) => fromEpochDay(addWorkingEpochDays(toEpochDay(date), 1)),
    addWorkingDays: (date, n) => fromEpochDay(addWorkingEpochDays(toEpochDay(date), n)),
    countWorkingDays,
    isWorkingEpochDay,
    addWorkingEpochDays,
  };
}

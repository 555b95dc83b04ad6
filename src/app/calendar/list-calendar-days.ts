import { solarToLunar } from '../../domain/calendar/lunar.js';
import type { DayInfo } from '../../domain/calendar/working-calendar.js';
import { invalidInput } from '../../domain/errors.js';
import { addDays, toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from './load-working-calendar.js';

export const MAX_CALENDAR_DAYS = 800;

export type CalendarDay = DayInfo & { lunar: string; lunarLeap: boolean };

/** Each day from `from` to `to` (inclusive, at most 800): working or not, why, by which document, and its lunar date. */
export async function listCalendarDays(ctx: AppContext, o: { from: LocalDate; to: LocalDate }): Promise<CalendarDay[]> {
  const span = toEpochDay(o.to) - toEpochDay(o.from) + 1;
  if (span < 1) throw invalidInput('to', '`to` must not be before `from`.', 'Ngày kết thúc không được trước ngày bắt đầu.');
  if (span > MAX_CALENDAR_DAYS) throw invalidInput('to', `At most ${MAX_CALENDAR_DAYS} days at a time.`, `Tối đa ${MAX_CALENDAR_DAYS} ngày mỗi lần.`);
  const { calendar } = await loadWorkingCalendar(ctx);
  const days: CalendarDay[] = [];
  for (let date = o.from; date <= o.to; date = addDays(date, 1)) {
    const lunar = solarToLunar(date);
    days.push({ ...calendar.dayInfo(date), lunar: `${lunar.day}/${lunar.month}`, lunarLeap: lunar.leap });
  }
  return days;
}

/** Test fixtures: the seed schedules of data/calendar and helpers to write Vietnam-time instants. Tests only. */
import seed from '../../../data/calendar/schedules.json' with { type: 'json' };
import { parseAnnouncedSchedules } from './announced-schedule.js';
import { type LocalDate, localToInstant } from '../shared/local-date.js';
import { buildWorkingCalendar, type WorkingCalendar } from './working-calendar.js';
import { parseClock } from './working-hours.js';

/** The announced schedules 2023–2026 shipped as seed data. */
export const seedSchedules = parseAnnouncedSchedules(seed);

/** A calendar over the seed years (it extends itself to other years on demand). */
export function seedCalendar(options: { makeupDaysAreWorking?: boolean } = {}): WorkingCalendar {
  return buildWorkingCalendar({ schedules: seedSchedules, fromYear: 2023, toYear: 2026, ...options });
}

/** Epoch ms of a wall-clock time in Vietnam: `vn('2024-02-02', '09:00')`; seconds optional (`'15:00:30'`). */
export function vn(date: LocalDate, time: string): number {
  const [hm, seconds = '0'] = [time.slice(0, 5), time.slice(6)];
  return localToInstant(date, parseClock(hm)) + Number(seconds || 0) * 1000;
}

/** ISO string with the +07:00 offset, to make assertions readable. */
export function vnIso(instant: number): string {
  return `${new Date(instant + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

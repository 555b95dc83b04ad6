import { calendarRepository, type ScheduleRevision, type StoredSchedule } from '../../store/repositories/calendar.repository.js';
import type { AppContext } from '../app-context.js';

/** The announced schedules stored, by year (public: they are published documents). */
export function listSchedules(ctx: AppContext, o: { year?: number } = {}): Promise<StoredSchedule[]> {
  return calendarRepository(ctx.db.orm).listSchedules(o.year);
}

/** Every saved version of a year's schedule, newest first. */
export function listScheduleRevisions(ctx: AppContext, o: { year: number }): Promise<ScheduleRevision[]> {
  return calendarRepository(ctx.db.orm).listRevisions(o.year);
}

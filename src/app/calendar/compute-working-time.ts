import { workingTimeBetween, type WorkingTime } from '../../domain/calendar/working-time.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar, resolveWorkingHours } from './load-working-calendar.js';

/** Working minutes and days between two moments, minus excluded intervals (suspensions, supplement waits). */
export async function computeWorkingTime(ctx: AppContext, o: { from: number; to: number; excluded: Array<{ from: number; to: number }>; agencyId?: string }): Promise<WorkingTime> {
  const loaded = await loadWorkingCalendar(ctx);
  const { hours } = await resolveWorkingHours(ctx, loaded, o.agencyId);
  return workingTimeBetween({ from: o.from, to: o.to, excluded: o.excluded, calendar: loaded.calendar, hours });
}

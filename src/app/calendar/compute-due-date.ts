import { computeDueAtWorkingHours } from '../../domain/calendar/due-at-working-hours.js';
import { computeDueDate as computeDue } from '../../domain/calendar/due-date.js';
import type { Channel } from '../../domain/calendar/receipt.js';
import type { SessionName } from '../../domain/calendar/working-hours.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar, resolveWorkingHours } from './load-working-calendar.js';

export type DueDateResult = { dueDate: string; dueAt: number; session: SessionName; effectiveReceiptDate: string | null; hoursFromUnitId: string | null };

/** The appointment date of a dossier received at `receivedAt` with a time limit in working days or working hours. */
export async function computeDueDate(ctx: AppContext, o: { receivedAt: number; workingDays?: number; workingHours?: number; agencyId?: string; channel?: Channel }): Promise<DueDateResult> {
  const loaded = await loadWorkingCalendar(ctx);
  const { hours, fromUnitId } = await resolveWorkingHours(ctx, loaded, o.agencyId);
  if (o.workingHours !== undefined) {
    const r = computeDueAtWorkingHours({ receivedAt: o.receivedAt, workingHours: o.workingHours, calendar: loaded.calendar, hours });
    return { ...r, effectiveReceiptDate: null, hoursFromUnitId: fromUnitId };
  }
  const r = computeDue({ receivedAt: o.receivedAt, workingDays: o.workingDays!, channel: o.channel, calendar: loaded.calendar, hours });
  return { ...r, hoursFromUnitId: fromUnitId };
}

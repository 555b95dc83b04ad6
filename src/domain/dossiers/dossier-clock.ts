import { computeDueAtWorkingHours } from '../calendar/due-at-working-hours.js';
import { computeDueDate } from '../calendar/due-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { WorkingHours } from '../calendar/working-hours.js';
import { workingTimeBetween } from '../calendar/working-time.js';
import type { TimeLimit } from '../procedures/procedure-types.js';
import { addDays, instantToLocal, localToInstant, toEpochDay } from '../shared/local-date.js';

/** The one calendar and the office hours of the agency that handles the dossier. */
export type DossierClock = { calendar: WorkingCalendar; hours: WorkingHours };

/**
 * The appointment for a time limit counted from `start`: working days from the next day (Civil Code 2015 Art. 147;
 * Decree 61/2018/ND-CP Art. 19), working hours from the moment, same-day procedures by the 15:00 rule, calendar days
 * ending on a day off moved to the end of the next working day (Civil Code 2015 Art. 148).
 */
export function appointmentFor(limit: TimeLimit, start: number, clock: DossierClock): number {
  const { calendar, hours } = clock;
  switch (limit.unit) {
    case 'working_days':
      return computeDueDate({ receivedAt: start, workingDays: limit.value, calendar, hours }).dueAt;
    case 'same_day':
      return computeDueDate({ receivedAt: start, workingDays: 0, calendar, hours }).dueAt;
    case 'working_hours':
      return computeDueAtWorkingHours({ receivedAt: start, workingHours: limit.value, calendar, hours }).dueAt;
    case 'calendar_days': {
      let last = addDays(instantToLocal(start).date, limit.value);
      while (!calendar.isWorkingEpochDay(toEpochDay(last))) last = addDays(last, 1);
      return localToInstant(last, hours.afternoon.end);
    }
  }
}

/**
 * The appointment moved by the working time a dossier spent waiting (payment, or a supplement when the procedure
 * pauses the clock instead of restarting it; domain.md requirement 7): the remaining time is kept, not renewed.
 */
export function appointmentAfterPause(dueAt: number, waitedFrom: number, waitedTo: number, clock: DossierClock): number {
  if (waitedTo <= waitedFrom) return dueAt;
  const paused = workingTimeBetween({ from: waitedFrom, to: waitedTo, excluded: [], calendar: clock.calendar, hours: clock.hours }).workingMinutes;
  if (paused === 0) return dueAt;
  return computeDueAtWorkingHours({ receivedAt: dueAt, workingHours: Math.round(paused) / 60, calendar: clock.calendar, hours: clock.hours }).dueAt;
}

/** The moment one working day before the appointment: from then on a late dossier needs its apology (Decree 61/2018/ND-CP Art. 19(9)). */
export function apologyDeadline(dueAt: number, clock: DossierClock): number {
  const dueDay = instantToLocal(dueAt).epochDay;
  return localToInstant(clock.calendar.addWorkingEpochDays(dueDay, -1), clock.hours.afternoon.end);
}

import { apologyDeadline, appointmentAfterPause, appointmentFor, type DossierClock } from '../../domain/dossiers/dossier-clock.js';
import type { LegacyDossierLine, LegacyEventType } from '../../domain/dossiers/replay-legacy-dossier.js';
import { legacyInstant } from '../../domain/dossiers/to-legacy-line.js';
import type { DossierChannel, ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { epochDayOfInstant, localToInstant, MINUTE_MS } from '../../domain/shared/local-date.js';
import { OUTCOMES, REASONS } from './demo-dossier-profile.js';

export type StoryInput = { procedure: ProcedureVersion; channel: DossierChannel; receivedAt: number; clock: DossierClock; now: number; random: () => number };
type Event = { type: LegacyEventType; at: number; dueAt?: number; reason?: string };

/** A random moment inside the office hours of a local day. */
export function workingMomentOn(epochDay: number, clock: DossierClock, random: () => number): number {
  const { morning, afternoon } = clock.hours;
  const length = morning.end - morning.start + afternoon.end - afternoon.start;
  const minute = Math.floor(random() * length);
  const local = minute < morning.end - morning.start ? morning.start + minute : afternoon.start + minute - (morning.end - morning.start);
  return localToInstant(epochDay, local);
}

/**
 * The legacy events of one demo dossier received at `receivedAt`, told as it would have happened: assignment, now and
 * then an online payment or a supplement (restarting or pausing the clock), then an end early, on the due date or late
 * (with an apology and a new date in time, or without), a withdrawal or a stop, and the delivery. Appointments come
 * from the real calendar (dossier-clock.ts). Events after `now` have not happened yet: the dossier is still open.
 */
export function demoStory(x: StoryInput): { dueAt: number; events: LegacyDossierLine['events'] } {
  const { procedure, clock, random } = x;
  const { calendar } = clock;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  /** A working moment `days` working days after `after` (0: the same day, if it is a working day), never before it. */
  const later = (after: number, days: number) => Math.max(workingMomentOn(calendar.addWorkingEpochDays(epochDayOfInstant(after), days), clock, random), after + (5 + Math.floor(random() * 55)) * MINUTE_MS);
  /** A working moment between two instants (the day drawn among the working days between them). */
  const between = (a: number, b: number) => {
    const span = Math.max(0, calendar.countWorkingDays(epochDayOfInstant(a), epochDayOfInstant(b)));
    return Math.min(b, later(a, Math.floor(random() * (span + 1))));
  };
  const events: Event[] = [];
  let last = x.receivedAt;
  const push = (type: LegacyEventType, at: number, extra: Partial<Event> = {}) => { last = Math.max(at, last + MINUTE_MS); events.push({ type, at: last, ...extra }); };
  const dueAt = appointmentFor(procedure.timeLimit, x.receivedAt, clock);
  let due = dueAt;
  if (procedure.timeLimit.unit !== 'same_day') push('assigned', later(last, 0));
  if (x.channel === 'online' && procedure.fees.some((f) => f.amountVnd > 0) && random() < OUTCOMES.onlinePayment) {
    push('payment_requested', later(last, 0));
    const asked = last;
    push('paid', later(asked, random() < 0.7 ? 0 : 1));
    due = appointmentAfterPause(due, asked, last, clock);
  }
  const end = random();
  const supplement = random();
  if (end < OUTCOMES.withdrawn) {
    push('withdrawn', between(last, due), { reason: pick(REASONS.withdrawn) });
  } else if (end < OUTCOMES.withdrawn + OUTCOMES.stopped) {
    push('stopped', between(last, due), { reason: REASONS.stopped[0] });
  } else if (supplement < OUTCOMES.supplement * OUTCOMES.supplementAbandoned) {
    push('supplement_requested', later(last, Math.floor(random() * 3)), { reason: pick(REASONS.supplement) });
    push('stopped', later(last, 15), { reason: REASONS.stopped[1] });
  } else {
    if (supplement < OUTCOMES.supplement) {
      push('supplement_requested', later(last, Math.floor(random() * 3)), { reason: pick(REASONS.supplement) });
      const asked = last;
      push('supplement_completed', later(asked, 1 + Math.floor(random() * random() * 15)));
      due = procedure.supplementClock === 'restart' ? appointmentFor(procedure.timeLimit, last, clock) : appointmentAfterPause(due, asked, last, clock);
    }
    const timing = random();
    const dueDay = epochDayOfInstant(due);
    let endAt: number;
    if (timing < OUTCOMES.late) {
      const lateDays = 1 + Math.floor(random() * 5);
      if (random() < OUTCOMES.lateWithApology) {
        // At the latest one working day before the appointment; on the day itself when that is already past.
        const deadline = apologyDeadline(due, clock);
        push('extended', deadline > last ? between(Math.max(last, deadline - 240 * MINUTE_MS), deadline) : between(last, due - MINUTE_MS), {
          dueAt: appointmentFor({ value: lateDays + Math.floor(random() * 3), unit: 'working_days' }, due, clock), reason: pick(REASONS.apology),
        });
      }
      endAt = later(due, lateDays);
    } else if (timing < OUTCOMES.late + OUTCOMES.onTime || calendar.countWorkingDays(epochDayOfInstant(last), dueDay) < 1) {
      endAt = between(Math.max(last, localToInstant(dueDay, 0)), due - MINUTE_MS);
    } else {
      endAt = between(last, localToInstant(calendar.addWorkingEpochDays(dueDay, -1), clock.hours.afternoon.end));
    }
    const refused = random() < OUTCOMES.refused;
    push(refused ? 'refused' : 'resolved', endAt, refused ? { reason: pick(REASONS.refused) } : {});
    if (random() >= OUTCOMES.neverDelivered) push('delivered', later(last, x.channel === 'online' ? Math.floor(random() * 2) : Math.floor(random() * 4)));
  }
  return {
    dueAt,
    events: events.filter((e) => e.at <= x.now).map((e) => ({
      type: e.type, at: legacyInstant(e.at), ...(e.dueAt !== undefined ? { dueAt: legacyInstant(e.dueAt) } : {}), ...(e.reason ? { reason: e.reason } : {}),
    })),
  };
}

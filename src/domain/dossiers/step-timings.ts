import { minutesPerWorkingDay } from '../calendar/working-hours.js';
import { workingTimeBetween } from '../calendar/working-time.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import type { DossierClock } from './dossier-clock.js';
import type { DossierEvent } from './dossier-types.js';

export type StepTiming = {
  code: string; name: string; role: string;
  /** The step's share of the legal time limit, in working minutes (null when the limit is not in working time). */
  allottedMinutes: number | null;
  /** Working minutes spent in the step (all its visits), suspensions for supplements and payment excluded. */
  usedMinutes: number;
  firstStartedAt: number | null;
  lastEndedAt: number | null;
  /** Used ≤ allotted: Circular 01/2018/TT-VPCP Art. 13, indicator 2 (time used by each step against its own limit). */
  onTime: boolean | null;
};

const STEP_AFTER: Record<string, (current: number) => number | null> = {
  received: () => 0, forwarded: () => 1, step_completed: (c) => c + 1, returned: (c) => c - 1,
  resolved: () => null, refused: () => null, withdrawn: () => null, stopped: () => null, auto_closed: () => null,
};

/**
 * How long each step of the procedure's process took, from the dossier's event log: the time between the events that
 * enter and leave a step, in working minutes of the one calendar, without the waits for supplements and payment
 * (Decree 61/2018/ND-CP Art. 19(6); Circular 01/2018/TT-VPCP Art. 13 indicators 1–2).
 */
export function stepTimings(events: DossierEvent[], procedure: ProcedureVersion, clock: DossierClock, now: number): StepTiming[] {
  const waits: Array<{ from: number; to: number }> = [];
  let waitStart: number | null = null;
  for (const e of events) {
    if (e.type === 'supplement_requested' || e.type === 'payment_requested') waitStart = e.at;
    if ((e.type === 'supplement_completed' || e.type === 'paid') && waitStart !== null) { waits.push({ from: waitStart, to: e.at }); waitStart = null; }
  }
  if (waitStart !== null) waits.push({ from: waitStart, to: now });
  const perDay = minutesPerWorkingDay(clock.hours);
  const limit = procedure.timeLimit;
  const total = limit.unit === 'working_days' ? limit.value * perDay : limit.unit === 'working_hours' ? limit.value * 60 : null;
  const timings: StepTiming[] = procedure.steps.map((s) => ({
    code: s.code, name: s.name, role: s.role, allottedMinutes: total === null ? null : Math.round((total * s.sharePercent) / 100),
    usedMinutes: 0, firstStartedAt: null, lastEndedAt: null, onTime: null,
  }));
  let current: number | null = null;
  let since = 0;
  const close = (at: number) => {
    if (current === null || !timings[current]) return;
    const t = timings[current];
    const excluded = waits.filter((w) => w.to > since && w.from < at);
    t.usedMinutes += workingTimeBetween({ from: since, to: Math.max(since, at), excluded, calendar: clock.calendar, hours: clock.hours }).workingMinutes;
    t.lastEndedAt = at;
  };
  for (const e of events) {
    const next = STEP_AFTER[e.type];
    if (!next) continue;
    close(e.at);
    current = current === null && e.type !== 'received' && e.type !== 'forwarded' ? null : next(current ?? 0);
    since = e.at;
    if (current !== null && timings[current]) timings[current].firstStartedAt ??= e.at;
  }
  if (current !== null && timings[current]) { close(now); timings[current].lastEndedAt = null; }
  for (const t of timings) if (t.firstStartedAt !== null && t.allottedMinutes !== null) t.onTime = t.usedMinutes <= t.allottedMinutes;
  return timings;
}

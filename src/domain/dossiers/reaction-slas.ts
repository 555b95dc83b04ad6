/**
 * Reaction-time SLAs: how fast the one-stop desk and the competent agency must react to a dossier (domain.md §1.4 C–E,
 * requirement 8). The waiting period before a dossier awaiting a supplement is closed is a separate setting
 * (app/dossiers/dossier-settings.ts, close-stale-supplements.ts).
 */
import { computeDueAtWorkingHours } from '../calendar/due-at-working-hours.js';
import { computeDueDate } from '../calendar/due-date.js';
import { parseClock } from '../calendar/working-hours.js';
import { workingTimeBetween } from '../calendar/working-time.js';
import { invalidInput } from '../errors.js';
import type { DossierChannel } from '../procedures/procedure-types.js';
import { instantToLocal, isLocalDate, localToInstant, type LocalDate } from '../shared/local-date.js';
import type { DossierClock } from './dossier-clock.js';
import type { Dossier, DossierEvent, DossierStatus } from './dossier-types.js';

export const REACTION_SLA_IDS = ['online_check', 'paper_supplement_slip', 'appraisal_return', 'counter_forwarding'] as const;
export type ReactionSlaId = (typeof REACTION_SLA_IDS)[number];

/** The figures of each reaction SLA; every one may be switched off. */
export type ReactionSlaLimits = {
  /**
   * An online dossier is received, refused or sent its one supplement notice within this many working hours of the
   * moment the system got it, counted again from zero when the applicant completes it (Decree 61/2018/ND-CP Art. 17 and
   * Decree 118/2025/ND-CP Art. 17 on checking online dossiers; the figure 8 comes from the 2025 electronic group-procedure
   * decree and the 2026 resolution on reusing national data, domain.md §1.4 C — UNCONFIRMED for every procedure).
   */
  online_check: { enabled: boolean; workingHours: number };
  /**
   * A paper (counter or postal) dossier that lacks something gets its supplement slip (Form 02) within this many working
   * days of submission (Decree 61/2018/ND-CP Art. 17(1); Decree 118/2025/ND-CP Art. 17; the figure 1 comes from the 2026
   * resolution on reusing national data, domain.md §1.4 C — UNCONFIRMED for every procedure).
   */
  paper_supplement_slip: { enabled: boolean; workingDays: number };
  /**
   * A dossier found ineligible during appraisal may be returned with a supplement request only within this many working
   * days of receipt, unless sector law says otherwise (Decree 61/2018/ND-CP Art. 19(4), as amended by Decree 107/2021/ND-CP).
   */
  appraisal_return: { enabled: boolean; workingDays: number };
  /**
   * A paper dossier received at the desk is forwarded the same working day, or by the next working morning when it was
   * received after this clock time (Decree 61/2018/ND-CP Art. 18).
   */
  counter_forwarding: { enabled: boolean; cutoff: string };
};

export type LegalText = { vi: string; en: string };

/** The reaction SLAs in force from a date on. */
export type ReactionSlaSet = {
  effectiveFrom: LocalDate;
  limits: ReactionSlaLimits;
  /** A pending SLA is "due soon" when at most this many working hours remain (UNCONFIRMED default 2). */
  warnWorkingHours: number;
  /** The legal source of each SLA under this set, shown beside the alert. */
  legalBasis: Record<ReactionSlaId, LegalText>;
};

/** A province's own figures from a date on (stored in the dossier settings); anything it leaves out keeps the default. */
export type ReactionSlaOverride = {
  effectiveFrom: LocalDate;
  limits: { [K in ReactionSlaId]?: Partial<ReactionSlaLimits[K]> };
  warnWorkingHours?: number;
  /** Why (e.g. the provincial decision), kept for the audit trail. */
  note?: string | null;
};

const DEFAULT_LIMITS: ReactionSlaLimits = {
  online_check: { enabled: true, workingHours: 8 },
  paper_supplement_slip: { enabled: true, workingDays: 1 },
  appraisal_return: { enabled: true, workingDays: 3 },
  counter_forwarding: { enabled: true, cutoff: '15:00' },
};

/**
 * The default sets, by effective date. A dossier follows the set in force on the local day it was submitted
 * (domain.md §0: dossiers keep the rule of their time).
 * - From 21 Jun 2018: Decree 61/2018/ND-CP (amended by Decree 107/2021/ND-CP), Arts. 17–19.
 * - From 1 Jul 2025: Decree 118/2025/ND-CP (amended by Decree 367/2025/ND-CP) and Circular 03/2025/TT-VPCP; the
 *   forwarding and appraisal-return rules are those of Decree 61 Arts. 18–19, whose Decree 118 articles are UNCONFIRMED.
 */
export const DEFAULT_REACTION_SLA_SETS: readonly ReactionSlaSet[] = [
  {
    effectiveFrom: '2018-06-21', limits: DEFAULT_LIMITS, warnWorkingHours: 2,
    legalBasis: {
      online_check: { vi: 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP), Điều 17; mức 8 giờ làm việc là mặc định cấu hình được', en: 'Decree 61/2018/ND-CP (amended by Decree 107/2021/ND-CP), Art. 17; 8 working hours is a configurable default' },
      paper_supplement_slip: { vi: 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP), Điều 17; mức 1 ngày làm việc là mặc định cấu hình được', en: 'Decree 61/2018/ND-CP (amended by Decree 107/2021/ND-CP), Art. 17; 1 working day is a configurable default' },
      appraisal_return: { vi: 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP), Điều 19 khoản 4', en: 'Decree 61/2018/ND-CP (amended by Decree 107/2021/ND-CP), Art. 19(4)' },
      counter_forwarding: { vi: 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP), Điều 18', en: 'Decree 61/2018/ND-CP (amended by Decree 107/2021/ND-CP), Art. 18' },
    },
  },
  {
    effectiveFrom: '2025-07-01', limits: DEFAULT_LIMITS, warnWorkingHours: 2,
    legalBasis: {
      online_check: { vi: 'Nghị định 118/2025/NĐ-CP, Điều 17; Thông tư 03/2025/TT-VPCP; mức 8 giờ làm việc là mặc định cấu hình được', en: 'Decree 118/2025/ND-CP, Art. 17; Circular 03/2025/TT-VPCP; 8 working hours is a configurable default' },
      paper_supplement_slip: { vi: 'Nghị định 118/2025/NĐ-CP, Điều 17; Thông tư 03/2025/TT-VPCP (Mẫu 02); mức 1 ngày làm việc là mặc định cấu hình được', en: 'Decree 118/2025/ND-CP, Art. 17; Circular 03/2025/TT-VPCP (Form 02); 1 working day is a configurable default' },
      appraisal_return: { vi: 'Quy tắc của Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4 (điều tương ứng của Nghị định 118/2025/NĐ-CP chưa được xác nhận)', en: 'The rule of Decree 61/2018/ND-CP Art. 19(4) (the matching article of Decree 118/2025/ND-CP is unconfirmed)' },
      counter_forwarding: { vi: 'Quy tắc của Nghị định 61/2018/NĐ-CP, Điều 18 (điều tương ứng của Nghị định 118/2025/NĐ-CP chưa được xác nhận)', en: 'The rule of Decree 61/2018/ND-CP Art. 18 (the matching article of Decree 118/2025/ND-CP is unconfirmed)' },
    },
  },
];

const PAPER: readonly DossierChannel[] = ['in_person', 'postal'];

/** Throws INVALID_INPUT naming the field unless the overrides are well formed (distinct dates, figures in range). */
export function validateReactionSlaOverrides(overrides: readonly ReactionSlaOverride[], field = 'reactionSlas'): void {
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    const at = `${field}.${i}`;
    if (!isLocalDate(o.effectiveFrom)) throw invalidInput(`${at}.effectiveFrom`, 'Give a real date written YYYY-MM-DD.', 'Ngày hiệu lực phải là ngày hợp lệ dạng YYYY-MM-DD.');
    if (seen.has(o.effectiveFrom)) throw invalidInput(`${at}.effectiveFrom`, 'Two override sets start on the same day.', 'Hai bộ cấu hình có cùng ngày hiệu lực.');
    seen.add(o.effectiveFrom);
    const l = o.limits ?? {};
    const hours = l.online_check?.workingHours;
    if (hours !== undefined && !(Number.isInteger(hours * 60) && hours > 0 && hours <= 80)) {
      throw invalidInput(`${at}.limits.online_check.workingHours`, 'Give working hours above 0 and at most 80, in whole minutes.', 'Số giờ làm việc phải lớn hơn 0, tối đa 80, tính theo phút tròn.');
    }
    for (const id of ['paper_supplement_slip', 'appraisal_return'] as const) {
      const days = l[id]?.workingDays;
      if (days !== undefined && !(Number.isInteger(days * 2) && days >= 0.5 && days <= 30)) {
        throw invalidInput(`${at}.limits.${id}.workingDays`, 'Give working days from 0.5 to 30, in half days.', 'Số ngày làm việc phải từ 0,5 đến 30, theo nửa ngày.');
      }
    }
    const cutoff = l.counter_forwarding?.cutoff;
    if (cutoff !== undefined) parseClock(cutoff, `${at}.limits.counter_forwarding.cutoff`);
    if (o.warnWorkingHours !== undefined && !(Number.isInteger(o.warnWorkingHours * 60) && o.warnWorkingHours >= 0 && o.warnWorkingHours <= 40)) {
      throw invalidInput(`${at}.warnWorkingHours`, 'Give warning hours from 0 to 40, in whole minutes.', 'Số giờ cảnh báo trước phải từ 0 đến 40, tính theo phút tròn.');
    }
  });
}

/**
 * The reaction SLAs in force on a local day: the default set of that day with the province's override of that day
 * (the latest one starting on or before it) laid over it; null before any set (before Decree 61/2018 took effect).
 */
export function reactionSlasOn(date: LocalDate, overrides: readonly ReactionSlaOverride[] = [], defaults: readonly ReactionSlaSet[] = DEFAULT_REACTION_SLA_SETS): ReactionSlaSet | null {
  const latest = <T extends { effectiveFrom: LocalDate }>(list: readonly T[]): T | undefined =>
    list.filter((s) => s.effectiveFrom <= date).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)).at(-1);
  const base = latest(defaults);
  if (!base) return null;
  const over = latest(overrides);
  if (!over) return base;
  const limits = Object.fromEntries(REACTION_SLA_IDS.map((id) => [id, { ...base.limits[id], ...(over.limits?.[id] ?? {}) }])) as ReactionSlaLimits;
  return { ...base, effectiveFrom: over.effectiveFrom > base.effectiveFrom ? over.effectiveFrom : base.effectiveFrom, limits, warnWorkingHours: over.warnWorkingHours ?? base.warnWorkingHours };
}

export type ReactionAlertState = 'met' | 'breached' | 'pending';
export type ReactionLimit = { unit: 'working_hours' | 'working_days'; value: number } | { unit: 'cutoff'; value: string };

/** One reaction SLA applied to one period of a dossier. Instants are epoch milliseconds. */
export type ReactionAlert = {
  sla: ReactionSlaId;
  /** 'duty': something must happen by the due instant; 'window': it may happen only until then (a later one is a breach). */
  kind: 'duty' | 'window';
  /** The unit that must react: the receiving desk, or the competent agency for the appraisal return. */
  unitId: string;
  startedAt: number;
  dueAt: number;
  state: ReactionAlertState;
  /** The event that ended the period (the reaction, or a withdrawal…) and when; null while nothing has happened. */
  closedBy: string | null;
  closedAt: number | null;
  /** Nothing has happened yet: pending, or breached and still waiting for the reaction. */
  open: boolean;
  /** Pending with at most the set's warning time left. */
  dueSoon: boolean;
  /** Working minutes from the due instant to the reaction (or now); 0 unless breached. */
  lateWorkingMinutes: number;
  /** Clock minutes from the due instant to the reaction (or now): a breach after office hours is late by 0 working minutes. */
  lateMinutes: number;
  /** Working minutes left before the due instant; 0 unless pending. */
  remainingWorkingMinutes: number;
  limit: ReactionLimit;
  legalBasis: LegalText;
};

export type ReactionAlertOptions = {
  dossier: Dossier;
  /** The dossier's event log, in order. */
  events: readonly DossierEvent[];
  /** Calendar and office hours of the competent agency (the appraisal return). */
  clock: DossierClock;
  /** Office hours of the receiving desk (reception and forwarding); defaults to `clock`. */
  receivingClock?: DossierClock;
  now: number;
  /** The province's overrides (dossier settings). */
  overrides?: readonly ReactionSlaOverride[];
  defaults?: readonly ReactionSlaSet[];
};

type Period = { start: number; exit: DossierEvent | null; entryIndex: number; exitIndex: number };

/** Each stay of the dossier in `status`: from the event that enters it to the event that leaves it (or none yet). */
function stays(events: readonly DossierEvent[], status: DossierStatus): Period[] {
  const periods: Period[] = [];
  let open: Period | null = null;
  events.forEach((e, i) => {
    if (!open && e.statusAfter === status && e.statusBefore !== status) open = { start: e.at, exit: null, entryIndex: i, exitIndex: events.length };
    else if (open && e.statusBefore === status && e.statusAfter !== status) {
      periods.push({ ...open, exit: e, exitIndex: i });
      open = null;
    }
  });
  if (open) periods.push(open);
  return periods;
}

/**
 * The reaction alerts of a dossier at `now`: for each SLA of the set in force on its submission day, each period it
 * applies to, with the due instant, met / breached / pending and how late (working minutes of the one calendar).
 * Pure: the caller passes the calendar, the office hours, the overrides and `now`.
 */
export function reactionAlerts(o: ReactionAlertOptions): ReactionAlert[] {
  const { dossier: d, events, clock, now } = o;
  const desk = o.receivingClock ?? clock;
  const set = reactionSlasOn(instantToLocal(d.submittedAt).date, o.overrides, o.defaults);
  if (!set) return [];
  const warnMinutes = set.warnWorkingHours * 60;
  const paper = PAPER.includes(d.channel);
  const alerts: ReactionAlert[] = [];

  const judge = (sla: ReactionSlaId, kind: ReactionAlert['kind'], unitId: string, c: DossierClock, startedAt: number, dueAt: number, limit: ReactionLimit,
    closed: { event: DossierEvent; reaction: boolean } | null): void => {
    const base = { sla, kind, unitId, startedAt, dueAt, limit, legalBasis: set.legalBasis[sla] };
    const working = (from: number, to: number) => (to <= from ? 0 : workingTimeBetween({ from, to, calendar: c.calendar, hours: c.hours }).workingMinutes);
    if (closed && !closed.reaction && (closed.event.at <= dueAt || kind === 'window')) return; // left in time (or a window never used): nothing to report
    if (!closed && kind === 'window' && now > dueAt) return;
    const end = closed ? closed.event.at : now;
    if (end <= dueAt) {
      const pending = !closed;
      const remaining = pending ? working(now, dueAt) : 0;
      alerts.push({ ...base, state: pending ? 'pending' : 'met', closedBy: closed?.event.type ?? null, closedAt: closed?.event.at ?? null, open: pending,
        dueSoon: pending && remaining <= warnMinutes, lateWorkingMinutes: 0, lateMinutes: 0, remainingWorkingMinutes: remaining });
      return;
    }
    alerts.push({ ...base, state: 'breached', closedBy: closed?.event.type ?? null, closedAt: closed?.event.at ?? null, open: !closed, dueSoon: false,
      lateWorkingMinutes: working(dueAt, end), lateMinutes: Math.floor((end - dueAt) / 60_000), remainingWorkingMinutes: 0 });
  };

  const l = set.limits;
  if (d.channel === 'online' && l.online_check.enabled) {
    const reactions = ['received', 'refused_at_reception', 'supplement_requested'];
    for (const p of stays(events, 'submitted')) {
      const dueAt = computeDueAtWorkingHours({ receivedAt: p.start, workingHours: l.online_check.workingHours, calendar: desk.calendar, hours: desk.hours }).dueAt;
      judge('online_check', 'duty', d.receivingUnitId, desk, p.start, dueAt, { unit: 'working_hours', value: l.online_check.workingHours },
        p.exit && { event: p.exit, reaction: reactions.includes(p.exit.type) });
    }
  }

  if (paper && l.paper_supplement_slip.enabled) {
    for (const p of stays(events, 'submitted')) {
      const dueAt = computeDueDate({ receivedAt: p.start, workingDays: l.paper_supplement_slip.workingDays, calendar: desk.calendar, hours: desk.hours }).dueAt;
      // The slip may also come after the desk received the dossier but before forwarding it (still at reception).
      let slip: DossierEvent | null = null;
      for (const e of events.slice(p.entryIndex + 1)) {
        if (e.type === 'supplement_requested' && (e.statusBefore === 'submitted' || e.statusBefore === 'received')) { slip = e; break; }
        if (e.type === 'forwarded' || e.statusAfter === 'submitted') break;
      }
      const closed = slip ? { event: slip, reaction: true } : p.exit ? { event: p.exit, reaction: false } : null;
      if (closed && !closed.reaction && ['received', 'refused_at_reception'].includes(closed.event.type)) continue; // complete, or refused: no slip was due
      judge('paper_supplement_slip', 'duty', d.receivingUnitId, desk, p.start, dueAt, { unit: 'working_days', value: l.paper_supplement_slip.workingDays }, closed);
    }
  }

  if (paper && l.counter_forwarding.enabled) {
    const cutoff = parseClock(l.counter_forwarding.cutoff, 'counter_forwarding.cutoff');
    for (const p of stays(events, 'received')) {
      const { epochDay, minuteOfDay } = instantToLocal(p.start);
      const sameDay = desk.calendar.isWorkingEpochDay(epochDay) && minuteOfDay <= cutoff;
      const dueAt = sameDay ? localToInstant(epochDay, desk.hours.afternoon.end) : localToInstant(desk.calendar.addWorkingEpochDays(epochDay, 1), desk.hours.morning.end);
      judge('counter_forwarding', 'duty', d.receivingUnitId, desk, p.start, dueAt, { unit: 'cutoff', value: l.counter_forwarding.cutoff },
        p.exit && { event: p.exit, reaction: p.exit.type === 'forwarded' });
    }
  }

  const received = events.find((e) => e.type === 'received');
  if (received && l.appraisal_return.enabled) {
    const dueAt = computeDueDate({ receivedAt: received.at, workingDays: l.appraisal_return.workingDays, calendar: clock.calendar, hours: clock.hours }).dueAt;
    const ret = events.find((e) => e.at >= received.at && e.type === 'supplement_requested' && e.statusBefore === 'processing');
    const stillAppraising = ['received', 'processing', 'waiting_payment'].includes(d.status);
    if (ret || stillAppraising) {
      judge('appraisal_return', 'window', d.competentUnitId, clock, received.at, dueAt, { unit: 'working_days', value: l.appraisal_return.workingDays },
        ret ? { event: ret, reaction: true } : null);
    }
  }
  return alerts.sort((a, b) => a.startedAt - b.startedAt || a.dueAt - b.dueAt);
}

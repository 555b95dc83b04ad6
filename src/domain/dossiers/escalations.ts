/**
 * Escalation to the head of the One-Stop Unit (domain.md §1.4 E, requirement 11): an agency asked for its opinion that
 * has not answered by the deadline the lead agency set, and an agency of an inter-agency procedure whose step is still
 * open past its own appointment, are reported to the head of the One-Stop Unit that received the dossier.
 *
 * Who that head is, in cchc's data model: the One-Stop Unit of a dossier is its receiving unit (the provincial or
 * commune public-administration service centre, or the reception unit of a commune); its head is any user with the role
 * `leader` whose unit is that receiving unit or a unit above it (the demo leader `lanhdao` sits at the province, over the
 * provincial service centre where `motcua` works; Circular 01/2018/TT-VPCP Art. 7: the PPC Chair appoints the PASC
 * director). The PAR standing agency and system administrators, who oversee every unit of their scope, see them too.
 *
 * Computed on read (pure: the caller passes the calendar, office hours and `now`); the nightly job records each one once
 * as an `escalated` event of the dossier.
 */
import { workingTimeBetween } from '../calendar/working-time.js';
import type { Role } from '../auth/roles.js';
import { instantToLocal, type LocalDate } from '../shared/local-date.js';
import type { DossierClock } from './dossier-clock.js';
import type { Dossier, DossierEvent } from './dossier-types.js';
import type { LegalText } from './reaction-slas.js';

export const ESCALATION_KINDS = ['consultation_overdue', 'agency_task_overdue'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** The event type that records an escalation in the dossier's log (once per consultation or agency task). */
export const ESCALATED_EVENT = 'escalated';

/** Roles that receive escalations for the receiving units of their scope: the head of the One-Stop Unit, and overseers. */
export const ESCALATION_ROLES: readonly Role[] = ['leader', 'par_agency', 'system_admin'];

/** Whether a user with these roles is told of escalations (for the receiving units inside their scope). */
export const receivesEscalations = (roles: readonly Role[]) => roles.some((r) => ESCALATION_ROLES.includes(r));

/** One overdue consultation or agency task of a dossier, escalated to the head of the One-Stop Unit. Instants are epoch ms. */
export type Escalation = {
  kind: EscalationKind;
  /** The consultation's or the agency task's id. */
  subjectId: string;
  /** What is late: the question asked, or the name of the agency step. */
  subjectName: string;
  /** Who is late: the agency consulted, or the agency of the step. */
  lateUnitId: string;
  /** The lead (competent) agency that asked or that waits for the step, and reports the delay. */
  reportedByUnitId: string;
  /** The One-Stop Unit whose head is told: the dossier's receiving unit. */
  escalatedToUnitId: string;
  startedAt: number;
  dueAt: number;
  /** Working minutes from the deadline to now (one calendar, the competent agency's office hours). */
  lateWorkingMinutes: number;
  /** Clock minutes from the deadline to now. */
  lateMinutes: number;
  /** The agency step's own limit, or the deadline the lead agency set for the answer. */
  limit: { unit: 'working_days'; value: number } | { unit: 'deadline'; value: number };
  legalBasis: LegalText;
  /** When the nightly job recorded it as an `escalated` event; null until then. */
  recordedAt: number | null;
};

/** The legal source of each escalation, by the date it applies from (a dossier follows the set of its submission day). */
export const ESCALATION_LEGAL_BASIS: ReadonlyArray<{ effectiveFrom: LocalDate; basis: Record<EscalationKind, LegalText> }> = [
  {
    effectiveFrom: '2018-06-21',
    basis: {
      consultation_overdue: {
        vi: 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 5: cơ quan được lấy ý kiến trả lời quá hạn thì cơ quan chủ trì thông báo người đứng đầu Bộ phận Một cửa',
        en: 'Decree 61/2018/ND-CP Art. 19(5): when an agency consulted answers late, the lead agency informs the head of the One-Stop Unit',
      },
      agency_task_overdue: {
        vi: 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6 (thời hạn của từng cơ quan liên thông); báo người đứng đầu Bộ phận Một cửa như khoản 5 — áp dụng tương tự, chưa được xác nhận',
        en: 'Decree 61/2018/ND-CP Art. 19(6) (each agency\'s own time limit); reported to the head of the One-Stop Unit as in Art. 19(5) — by analogy, unconfirmed',
      },
    },
  },
  {
    effectiveFrom: '2025-07-01',
    basis: {
      consultation_overdue: {
        vi: 'Quy tắc của Nghị định 61/2018/NĐ-CP, Điều 19 khoản 5 (điều tương ứng của Nghị định 118/2025/NĐ-CP chưa được xác nhận); Nghị định 118/2025/NĐ-CP, Điều 8 khoản 4: đôn đốc hồ sơ đến hạn, quá hạn',
        en: 'The rule of Decree 61/2018/ND-CP Art. 19(5) (the matching article of Decree 118/2025/ND-CP is unconfirmed); Decree 118/2025/ND-CP Art. 8(4): chase dossiers due or overdue',
      },
      agency_task_overdue: {
        vi: 'Quy tắc của Nghị định 61/2018/NĐ-CP, Điều 19 khoản 5–6, áp dụng tương tự (chưa được xác nhận); Nghị định 118/2025/NĐ-CP, Điều 8 khoản 4: đôn đốc hồ sơ đến hạn, quá hạn',
        en: 'The rules of Decree 61/2018/ND-CP Art. 19(5)–(6), by analogy (unconfirmed); Decree 118/2025/ND-CP Art. 8(4): chase dossiers due or overdue',
      },
    },
  },
];

/** The legal source of an escalation kind on a local day (the earliest set before 21 Jun 2018). */
export function escalationLegalBasis(kind: EscalationKind, date: LocalDate): LegalText {
  const set = ESCALATION_LEGAL_BASIS.filter((s) => s.effectiveFrom <= date).at(-1) ?? ESCALATION_LEGAL_BASIS[0];
  return set.basis[kind];
}

/** The key of an escalation in the event log: one `escalated` event per consultation or agency task. */
const keyOf = (kind: string, subjectId: unknown) => `${kind}:${String(subjectId)}`;

/** When each escalation was recorded, from the dossier's `escalated` events. */
function recordedEscalations(events: readonly DossierEvent[]): Map<string, number> {
  const recorded = new Map<string, number>();
  for (const e of events) {
    if (e.type !== ESCALATED_EVENT) continue;
    const key = keyOf(String(e.payload.kind), e.payload.subjectId);
    if (!recorded.has(key)) recorded.set(key, e.at);
  }
  return recorded;
}

export type DossierEscalationsOptions = {
  dossier: Dossier;
  /** The dossier's event log (to tell which escalations are already recorded). */
  events: readonly DossierEvent[];
  /** The one calendar with the competent agency's office hours (the ones the appointments were computed with). */
  clock: DossierClock;
  now: number;
};

/**
 * The escalations of a dossier at `now`: each consultation still unanswered after its deadline and each agency step
 * still open after its appointment, while the dossier is being processed. A dossier waiting for a supplement or a
 * payment escalates nothing: the wait does not count against the agencies (their appointments move when it ends,
 * agency-tasks.ts) and an answer cannot be recorded meanwhile. Longest overdue first.
 */
export function dossierEscalations(o: DossierEscalationsOptions): Escalation[] {
  const { dossier: d, clock, now } = o;
  if (d.status !== 'processing') return [];
  const recorded = recordedEscalations(o.events);
  const day = instantToLocal(d.submittedAt).date;
  const late = (dueAt: number) => ({
    lateWorkingMinutes: workingTimeBetween({ from: dueAt, to: now, calendar: clock.calendar, hours: clock.hours }).workingMinutes,
    lateMinutes: Math.floor((now - dueAt) / 60_000),
  });
  const found: Escalation[] = [];
  for (const c of d.consultations) {
    if (c.answeredAt !== null || !(now > c.dueAt)) continue;
    found.push({
      kind: 'consultation_overdue', subjectId: c.id, subjectName: c.question, lateUnitId: c.unitId, reportedByUnitId: d.competentUnitId,
      escalatedToUnitId: d.receivingUnitId, startedAt: c.askedAt, dueAt: c.dueAt, ...late(c.dueAt), limit: { unit: 'deadline', value: c.dueAt },
      legalBasis: escalationLegalBasis('consultation_overdue', day), recordedAt: recorded.get(keyOf('consultation_overdue', c.id)) ?? null,
    });
  }
  for (const t of d.tasks) {
    if (t.status !== 'open' || t.dueAt === null || !(now > t.dueAt)) continue;
    found.push({
      kind: 'agency_task_overdue', subjectId: t.id, subjectName: t.name, lateUnitId: t.unitId, reportedByUnitId: d.competentUnitId,
      escalatedToUnitId: d.receivingUnitId, startedAt: t.openedAt ?? t.dueAt, dueAt: t.dueAt, ...late(t.dueAt), limit: { unit: 'working_days', value: t.workingDays },
      legalBasis: escalationLegalBasis('agency_task_overdue', day), recordedAt: recorded.get(keyOf('agency_task_overdue', t.id)) ?? null,
    });
  }
  return found.sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * The `escalated` events to append for the escalations not recorded yet (each consultation or agency task once): acted
 * by the system for the lead agency, addressed to the One-Stop Unit. They change no state of the dossier.
 */
export function escalationEvents(d: Dossier, escalations: readonly Escalation[], now: number, actorName = 'system'): DossierEvent[] {
  return escalations.filter((x) => x.recordedAt === null).map((x) => ({
    type: ESCALATED_EVENT, at: now, actorId: null, actorName, unitId: x.reportedByUnitId, statusBefore: d.status, statusAfter: d.status, reason: null,
    payload: {
      kind: x.kind, subjectId: x.subjectId, subjectName: x.subjectName, lateUnitId: x.lateUnitId, escalatedToUnitId: x.escalatedToUnitId,
      subjectDueAt: x.dueAt, lateWorkingMinutes: Math.round(x.lateWorkingMinutes),
    },
  }));
}

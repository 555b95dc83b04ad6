import { z } from 'zod';
import type { DossierDetails } from '../../app/dossiers/get-dossier.js';
import { STATUS_CODES, type Dossier } from '../../domain/dossiers/dossier-types.js';
import { EVENT_TEXT, STATUS_TEXT } from '../../domain/dossiers/timeline-text.js';
import type { StoredEvent } from '../../store/repositories/dossier.repository.js';
import { formatVietnamInstant } from './calendar.presenter.js';
import { presentReactionAlert, ZReactionAlert } from './reaction-alert.presenter.js';

const at = (ms: number | null) => (ms === null ? null : formatVietnamInstant(ms));

export const ZDossierSummary = z.object({
  id: z.string(), code: z.string(), procedureCode: z.string(), procedureName: z.string(), channel: z.string(), status: z.string(), statusCode: z.number(),
  applicantName: z.string(), receivingUnitId: z.string(), competentUnitId: z.string(), receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(), extendedDueAt: z.string().nullable(), endedAt: z.string().nullable(), overdue: z.boolean(),
  pendingApology: z.boolean(), assigneeId: z.string().nullable(), version: z.number(),
});

/** A row of an officer's queue. */
export function presentDossierSummary(d: Dossier, now: number, procedureName: string): z.infer<typeof ZDossierSummary> {
  return {
    id: d.id, code: d.code, procedureCode: d.procedureCode, procedureName, channel: d.channel, status: d.status, statusCode: STATUS_CODES[d.status],
    applicantName: d.applicant.name, receivingUnitId: d.receivingUnitId, competentUnitId: d.competentUnitId, receivedAt: at(d.receivedAt),
    dueAt: at(d.dueAt), extendedDueAt: at(d.extendedDueAt), endedAt: at(d.endedAt), overdue: d.endedAt === null && d.dueAt !== null && now > d.dueAt,
    pendingApology: d.pendingExtension !== null, assigneeId: d.assigneeId, version: d.version,
  };
}

const ZEvent = z.object({ seq: z.number(), type: z.string(), at: z.string(), actorName: z.string(), unitId: z.string().nullable(), statusBefore: z.string().nullable(), statusAfter: z.string(), reason: z.string().nullable(), payload: z.record(z.string(), z.unknown()) });
export const ZDossierDetails = ZDossierSummary.extend({
  applicant: z.object({ kind: z.string(), name: z.string(), idNumber: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  receptionUnitId: z.string(), outsideBoundary: z.boolean(), submittedAt: z.string(), originalDueAt: z.string().nullable(),
  pendingExtension: z.object({ reason: z.string(), newDueAt: z.string(), requestedAt: z.string(), requestedBy: z.string() }).nullable(),
  supplementCount: z.number(), outcome: z.string().nullable(), deliveredAt: z.string().nullable(), resultNote: z.string().nullable(),
  step: z.object({ index: z.number(), code: z.string(), name: z.string(), role: z.string() }).nullable(),
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string(), version: z.number(), timeLimit: z.object({ value: z.number(), unit: z.string() }), steps: z.array(z.object({ code: z.string(), name: z.string(), role: z.string() })) }),
  components: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean(), status: z.string() })),
  consultations: z.array(z.object({ id: z.string(), unitId: z.string(), question: z.string(), dueAt: z.string(), answeredAt: z.string().nullable(), answer: z.string().nullable() })),
  tasks: z.array(z.object({
    id: z.string(), seq: z.number(), unitId: z.string(), name: z.string(), workingDays: z.number(), mode: z.string(), status: z.string(),
    openedAt: z.string().nullable(), dueAt: z.string().nullable(), completedAt: z.string().nullable(), completedByName: z.string().nullable(),
    note: z.string().nullable(), onTime: z.boolean().nullable(), overdue: z.boolean(), mayComplete: z.boolean(),
  })),
  events: z.array(ZEvent), allowedActions: z.array(z.string()),
  stepTimings: z.array(z.object({ code: z.string(), name: z.string(), role: z.string(), allottedMinutes: z.number().nullable(), usedMinutes: z.number(), startedAt: z.string().nullable(), endedAt: z.string().nullable(), onTime: z.boolean().nullable() })),
  rating: z.object({ overall: z.string(), criteria: z.record(z.string(), z.unknown()), comment: z.string().nullable(), ratedAt: z.string() }).nullable(),
  reactionAlerts: z.array(ZReactionAlert),
});

/** The dossier page of an officer: everything, including the applicant's personal data. */
export function presentDossierDetails(x: DossierDetails, now: number): z.infer<typeof ZDossierDetails> {
  const d = x.dossier;
  const step = d.stepIndex === null ? null : x.procedure.steps[d.stepIndex];
  return {
    ...presentDossierSummary(d, now, x.procedure.name), applicant: d.applicant, receptionUnitId: d.receptionUnitId, outsideBoundary: d.outsideBoundary,
    submittedAt: at(d.submittedAt)!, originalDueAt: at(d.originalDueAt), supplementCount: d.supplementCount, outcome: d.outcome, deliveredAt: at(d.deliveredAt), resultNote: d.resultNote,
    pendingExtension: d.pendingExtension && { ...d.pendingExtension, newDueAt: at(d.pendingExtension.newDueAt)!, requestedAt: at(d.pendingExtension.requestedAt)! },
    step: step ? { index: d.stepIndex!, code: step.code, name: step.name, role: step.role } : null,
    procedure: { id: x.procedure.id, code: x.procedure.code, name: x.procedure.name, version: x.procedure.version, timeLimit: x.procedure.timeLimit, steps: x.procedure.steps.map((s) => ({ code: s.code, name: s.name, role: s.role })) },
    components: x.components, consultations: d.consultations.map((c) => ({ ...c, dueAt: at(c.dueAt)!, answeredAt: at(c.answeredAt) })),
    tasks: d.tasks.map((t) => ({
      id: t.id, seq: t.seq, unitId: t.unitId, name: t.name, workingDays: t.workingDays, mode: t.mode, status: t.status, openedAt: at(t.openedAt), dueAt: at(t.dueAt),
      completedAt: at(t.completedAt), completedByName: t.completedByName, note: t.note, onTime: t.onTime,
      overdue: t.status === 'open' && t.dueAt !== null && now > t.dueAt, mayComplete: x.completableTaskIds.includes(t.id),
    })),
    events: x.events.map((e) => ({ seq: e.seq, type: e.type, at: at(e.at)!, actorName: e.actorName, unitId: e.unitId, statusBefore: e.statusBefore, statusAfter: e.statusAfter, reason: e.reason, payload: e.payload })),
    allowedActions: x.allowedActions, rating: x.rating ?? null,
    reactionAlerts: x.reactionAlerts.map(presentReactionAlert),
    stepTimings: x.steps.map((t) => ({ code: t.code, name: t.name, role: t.role, allottedMinutes: t.allottedMinutes, usedMinutes: Math.round(t.usedMinutes), startedAt: at(t.firstStartedAt), endedAt: at(t.lastEndedAt), onTime: t.onTime })),
  };
}

export const ZPublicDossier = z.object({
  code: z.string(), procedureName: z.string(), status: z.string(), statusCode: z.number(), statusText: z.string(), statusTextEn: z.string(),
  receivedAt: z.string().nullable(), expectedAt: z.string().nullable(), earlyResult: z.boolean(), canRate: z.boolean(),
  timeline: z.array(z.object({ at: z.string(), text: z.string(), textEn: z.string(), reason: z.string().nullable() })),
});

/** What a citizen sees: no personal data, no officer names, plain words; the expected date is the appointment in force. */
export function presentPublicDossier(d: Dossier, procedureName: string, events: StoredEvent[], rated: boolean): z.infer<typeof ZPublicDossier> {
  const expected = d.extendedDueAt ?? d.dueAt;
  const shown = events.filter((e) => EVENT_TEXT[e.type]);
  return {
    code: d.code, procedureName, status: d.status, statusCode: STATUS_CODES[d.status], statusText: STATUS_TEXT[d.status].vi, statusTextEn: STATUS_TEXT[d.status].en,
    receivedAt: at(d.receivedAt), expectedAt: at(expected), earlyResult: d.status === 'resolved' && expected !== null && (d.endedAt ?? 0) < expected,
    canRate: !rated && (d.status === 'resolved' || d.status === 'delivered'),
    timeline: shown.map((e) => ({ at: at(e.at)!, text: EVENT_TEXT[e.type]!.vi, textEn: EVENT_TEXT[e.type]!.en, reason: ['supplement_requested', 'refused', 'refused_at_reception', 'stopped', 'extension_approved'].includes(e.type) ? e.reason ?? (e.payload.reason as string | undefined) ?? null : null })),
  };
}

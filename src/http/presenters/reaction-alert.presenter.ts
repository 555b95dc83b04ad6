import { z } from 'zod';
import type { DossierAlertRow, NamedEscalation } from '../../app/dossiers/list-reaction-alerts.js';
import type { ReactionAlert } from '../../domain/dossiers/reaction-slas.js';
import { STATUS_CODES } from '../../domain/dossiers/dossier-types.js';
import { formatVietnamInstant } from './calendar.presenter.js';

export const ZReactionAlert = z.object({
  sla: z.enum(['online_check', 'paper_supplement_slip', 'appraisal_return', 'counter_forwarding']), kind: z.enum(['duty', 'window']),
  unitId: z.string(), startedAt: z.string(), dueAt: z.string(), state: z.enum(['met', 'breached', 'pending']),
  closedBy: z.string().nullable(), closedAt: z.string().nullable(), open: z.boolean(), dueSoon: z.boolean(),
  lateWorkingMinutes: z.number(), lateMinutes: z.number(), remainingWorkingMinutes: z.number(),
  limit: z.object({ unit: z.enum(['working_hours', 'working_days', 'cutoff']), value: z.union([z.number(), z.string()]) }),
  legalBasis: z.object({ vi: z.string(), en: z.string() }),
});

/** One reaction SLA of a dossier: instants in Vietnam time, durations in whole working minutes. */
export function presentReactionAlert(a: ReactionAlert): z.infer<typeof ZReactionAlert> {
  return {
    sla: a.sla, kind: a.kind, unitId: a.unitId, startedAt: formatVietnamInstant(a.startedAt), dueAt: formatVietnamInstant(a.dueAt), state: a.state,
    closedBy: a.closedBy, closedAt: a.closedAt === null ? null : formatVietnamInstant(a.closedAt), open: a.open, dueSoon: a.dueSoon,
    lateWorkingMinutes: Math.round(a.lateWorkingMinutes), lateMinutes: a.lateMinutes, remainingWorkingMinutes: Math.round(a.remainingWorkingMinutes),
    limit: a.limit, legalBasis: a.legalBasis,
  };
}

/** Who is late and to whom it was escalated (requirement 11); null on reaction-time alerts. */
export const ZEscalationDetails = z.object({
  subjectId: z.string(), subjectName: z.string(), lateUnitId: z.string(), lateUnitName: z.string(), reportedByUnitId: z.string(),
  escalatedToUnitId: z.string(), escalatedToUnitName: z.string(), recordedAt: z.string().nullable(),
});

/**
 * A row of the alerts list: a reaction-time alert (`sla` one of the SLAs, `kind` duty) or an escalation to the head of the
 * One-Stop Unit (`sla` consultation_overdue / agency_task_overdue, `kind` escalation, always an open breach; `unitId` is
 * the late unit; `limit` the step's working days or the deadline the lead agency set).
 */
export const ZDossierAlertRow = ZReactionAlert.extend({
  sla: z.enum(['online_check', 'paper_supplement_slip', 'appraisal_return', 'counter_forwarding', 'consultation_overdue', 'agency_task_overdue']),
  kind: z.enum(['duty', 'window', 'escalation']),
  limit: z.object({ unit: z.enum(['working_hours', 'working_days', 'cutoff', 'deadline']), value: z.union([z.number(), z.string()]) }),
  escalation: ZEscalationDetails.nullable(),
  dossierId: z.string(), code: z.string(), procedureCode: z.string(), procedureName: z.string(), applicantName: z.string(), channel: z.string(),
  status: z.string(), statusCode: z.number(), receivingUnitId: z.string(), competentUnitId: z.string(),
});

function presentEscalation(x: NamedEscalation) {
  return {
    sla: x.kind, kind: 'escalation' as const, unitId: x.lateUnitId, startedAt: formatVietnamInstant(x.startedAt), dueAt: formatVietnamInstant(x.dueAt), state: 'breached' as const,
    closedBy: null, closedAt: null, open: true, dueSoon: false, lateWorkingMinutes: Math.round(x.lateWorkingMinutes), lateMinutes: x.lateMinutes, remainingWorkingMinutes: 0,
    limit: x.limit.unit === 'deadline' ? { unit: 'deadline' as const, value: formatVietnamInstant(x.limit.value) } : x.limit, legalBasis: x.legalBasis,
    escalation: {
      subjectId: x.subjectId, subjectName: x.subjectName, lateUnitId: x.lateUnitId, lateUnitName: x.lateUnitName, reportedByUnitId: x.reportedByUnitId,
      escalatedToUnitId: x.escalatedToUnitId, escalatedToUnitName: x.escalatedToUnitName, recordedAt: x.recordedAt === null ? null : formatVietnamInstant(x.recordedAt),
    },
  };
}

/** A row of the alerts list: the alert (or escalation) and enough of its dossier to find it. */
export function presentDossierAlertRow(x: DossierAlertRow): z.infer<typeof ZDossierAlertRow> {
  const d = x.dossier;
  const head = x.escalation ? presentEscalation(x.escalation) : { ...presentReactionAlert(x.alert), escalation: null };
  return {
    ...head, dossierId: d.id, code: d.code, procedureCode: d.procedureCode, procedureName: x.procedureName, applicantName: d.applicant.name,
    channel: d.channel, status: d.status, statusCode: STATUS_CODES[d.status], receivingUnitId: d.receivingUnitId, competentUnitId: d.competentUnitId,
  };
}

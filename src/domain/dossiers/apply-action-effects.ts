import { DomainError, invalidInput } from '../errors.js';
import type { DecideContext, DossierCommand } from './decide-dossier-action.js';
import { apologyDeadline, appointmentAfterPause, appointmentFor } from './dossier-clock.js';
import { cancelAgencyTasks, completeAgencyTask, openAgencyTasks, requireTasksDone, resumeAgencyTasks } from './agency-tasks.js';
import type { Dossier } from './dossier-types.js';
import { epochDayOfInstant } from '../shared/local-date.js';

const text = (v: unknown, field: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw invalidInput(field, `${field} is required.`, `Thiếu ${field}.`);
  return v.trim();
};
const instant = (v: unknown, field: string): number => {
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw invalidInput(field, `${field} must be a date-time.`, `${field} phải là thời điểm hợp lệ.`);
  return ms;
};

/** Starts the legal time limit at `start` (receipt, completed supplement or payment; Decree 61/2018/ND-CP Art. 19(4)). */
function startClock(next: Dossier, start: number, ctx: DecideContext): void {
  next.dueAt = appointmentFor(ctx.procedure.timeLimit, start, ctx.clock);
  next.originalDueAt ??= next.dueAt;
}

/** The changes each action makes to the dossier (mutating `next`, a copy), returning the event's payload. */
export function applyActionEffects(next: Dossier, d: Dossier, cmd: DossierCommand, reason: string | null, ctx: DecideContext): Record<string, unknown> {
  const p = cmd.payload ?? {};
  const now = ctx.now;
  switch (cmd.type) {
    case 'received':
      next.receivedAt = now;
      if (!ctx.procedure.clockStartsAfterPayment) startClock(next, now, ctx);
      return { dueAt: next.dueAt };
    case 'refused_at_reception':
      return {};
    case 'forwarded':
      next.stepIndex = Math.min(1, Math.max(0, ctx.procedure.steps.length - 1));
      if (d.tasks.length === 0) next.tasks = openAgencyTasks(ctx.procedure, now, ctx.clock, ctx.newId);
      return { step: ctx.procedure.steps[next.stepIndex]?.code ?? null, ...(next.tasks.length ? { interAgency: ctx.procedure.interAgency, agencyTasks: next.tasks.length } : {}) };
    case 'assigned':
      next.assigneeId = text(p.assigneeId, 'payload.assigneeId');
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(next.assigneeId)) throw invalidInput('payload.assigneeId', 'Assign a user (by id).', 'Hãy chọn người dùng được phân công (theo mã).');
      return { assigneeId: next.assigneeId, assigneeName: p.assigneeName ?? null };
    case 'step_completed': {
      const from = d.stepIndex ?? 0;
      if (from >= ctx.procedure.steps.length - 1) throw new DomainError('INVALID_TRANSITION', 'This is the last step: record the result instead.', 'Đây là bước cuối: hãy ghi nhận kết quả.', { status: d.status, allowedActions: ['resolved', 'refused'] });
      next.stepIndex = from + 1;
      next.assigneeId = typeof p.assigneeId === 'string' && /^[0-9a-f-]{36}$/i.test(p.assigneeId) ? p.assigneeId : null;
      return { fromStep: ctx.procedure.steps[from]?.code ?? null, toStep: ctx.procedure.steps[next.stepIndex]?.code ?? null, assigneeId: next.assigneeId, note: p.note ?? null };
    }
    case 'returned': {
      const from = d.stepIndex ?? 0;
      if (from <= 1) throw new DomainError('INVALID_TRANSITION', 'The dossier is at its first processing step.', 'Hồ sơ đang ở bước xử lý đầu tiên.', { status: d.status, allowedActions: [] });
      next.stepIndex = from - 1;
      next.assigneeId = null;
      return { fromStep: ctx.procedure.steps[from]?.code ?? null, toStep: ctx.procedure.steps[next.stepIndex]?.code ?? null };
    }
    case 'consultation_requested': {
      const consultation = { id: ctx.newId(), unitId: text(p.unitId, 'payload.unitId'), question: text(p.question, 'payload.question'), dueAt: instant(p.dueAt, 'payload.dueAt'), askedAt: now, answeredAt: null, answer: null };
      next.consultations.push(consultation);
      return { consultationId: consultation.id, unitId: consultation.unitId, question: consultation.question, dueAt: consultation.dueAt };
    }
    case 'task_completed': {
      const note = typeof p.note === 'string' && p.note.trim() ? p.note.trim() : null;
      const done = completeAgencyTask(d.tasks, { taskId: p.taskId, now, clock: ctx.clock, byId: ctx.actor.userId, byName: ctx.actor.name, note });
      next.tasks = done.tasks;
      return { taskId: done.completed.id, seq: done.completed.seq, name: done.completed.name, taskDueAt: done.completed.dueAt, onTime: done.completed.onTime, note, nextTaskId: done.opened?.id ?? null };
    }
    case 'consultation_answered': {
      const index = next.consultations.findIndex((c) => c.id === p.consultationId && c.answeredAt === null);
      if (index < 0) throw invalidInput('payload.consultationId', 'No open consultation with this id.', 'Không có yêu cầu lấy ý kiến đang mở với mã này.');
      next.consultations[index] = { ...next.consultations[index], answeredAt: now, answer: text(p.answer, 'payload.answer') };
      return { consultationId: p.consultationId, answer: next.consultations[index].answer, late: now > next.consultations[index].dueAt };
    }
    case 'supplement_requested': {
      const missing = Array.isArray(p.missing) ? p.missing.map(String).filter((m) => m.trim()) : [];
      if (missing.length === 0) throw invalidInput('payload.missing', 'List what is missing, once and completely.', 'Cần nêu đầy đủ, một lần các nội dung cần bổ sung.');
      if (d.supplementCount >= 1 && !(typeof p.legalBasis === 'string' && p.legalBasis.trim() && ctx.actor.roles.includes('leader'))) {
        throw new DomainError('CONFLICT', 'A supplement may be requested only once; a second needs a leader citing its legal basis (Decree 118/2025, Art. 11).',
          'Chỉ được yêu cầu bổ sung một lần; lần thứ hai cần lãnh đạo phê duyệt và nêu căn cứ pháp lý (Nghị định 118/2025, Điều 11).', { field: 'payload.legalBasis', rule: 'supplement_once' });
      }
      next.supplementCount = d.supplementCount + 1;
      next.waitingSince = now;
      next.resumeStatus = d.status;
      return { missing, legalBasis: p.legalBasis ?? null, atReception: d.receivedAt === null, withinThreeWorkingDays: d.receivedAt === null || ctx.clock.calendar.countWorkingDays(epochDayOfInstant(d.receivedAt) + 1, epochDayOfInstant(now) + 1) <= 3 };
    }
    case 'supplement_completed': {
      if (d.receivedAt !== null && d.dueAt !== null) {
        if (ctx.procedure.supplementClock === 'restart') startClock(next, now, ctx);
        else next.dueAt = appointmentAfterPause(d.dueAt, d.waitingSince ?? now, now, ctx.clock);
      }
      next.tasks = resumeAgencyTasks(d.tasks, { waitedFrom: d.waitingSince ?? now, now, restart: ctx.procedure.supplementClock === 'restart', clock: ctx.clock });
      return { dueAt: next.dueAt, clock: ctx.procedure.supplementClock, waitedFrom: d.waitingSince };
    }
    case 'payment_requested':
      next.waitingSince = now;
      next.resumeStatus = d.status;
      return { amountVnd: p.amountVnd ?? null };
    case 'paid':
      if (d.dueAt === null && d.receivedAt !== null) startClock(next, now, ctx);
      else if (d.dueAt !== null) next.dueAt = appointmentAfterPause(d.dueAt, d.waitingSince ?? now, now, ctx.clock);
      next.tasks = resumeAgencyTasks(d.tasks, { waitedFrom: d.waitingSince ?? now, now, restart: false, clock: ctx.clock });
      return { method: p.method ?? null, onlineFlag: p.onlineFlag ?? null, amountVnd: p.amountVnd ?? null, dueAt: next.dueAt };
    case 'extension_requested': {
      if (d.extendedDueAt !== null || d.pendingExtension) throw new DomainError('CONFLICT', 'The appointment may be re-dated only once.', 'Chỉ được hẹn lại ngày trả kết quả một lần.', { field: 'payload.newDueAt', rule: 'extension_once' });
      const newDueAt = instant(p.newDueAt, 'payload.newDueAt');
      if (d.dueAt === null || newDueAt <= Math.max(d.dueAt, now)) throw invalidInput('payload.newDueAt', 'The new appointment must be after the current one and after now.', 'Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm hiện tại.');
      next.pendingExtension = { reason: reason!, newDueAt, requestedAt: now, requestedBy: ctx.actor.name };
      return { newDueAt, originalDueAt: d.dueAt, issuedInTime: now <= apologyDeadline(d.dueAt, ctx.clock) };
    }
    case 'extension_approved': {
      const pending = d.pendingExtension ?? (p.newDueAt !== undefined && ctx.actor.kind === 'system' ? { reason: reason ?? '', newDueAt: instant(p.newDueAt, 'payload.newDueAt'), requestedAt: now, requestedBy: ctx.actor.name } : null);
      if (!pending) throw new DomainError('INVALID_TRANSITION', 'No apology is waiting for approval.', 'Không có văn bản xin lỗi nào đang chờ phê duyệt.', { status: d.status, allowedActions: [] });
      if (d.extendedDueAt !== null) throw new DomainError('CONFLICT', 'The appointment may be re-dated only once.', 'Chỉ được hẹn lại ngày trả kết quả một lần.', { rule: 'extension_once' });
      next.extendedDueAt = pending.newDueAt;
      next.pendingExtension = null;
      return { newDueAt: pending.newDueAt, originalDueAt: d.dueAt, reason: pending.reason, requestedBy: pending.requestedBy };
    }
    case 'extension_rejected':
      if (!d.pendingExtension) throw new DomainError('INVALID_TRANSITION', 'No apology is waiting for approval.', 'Không có văn bản xin lỗi nào đang chờ phê duyệt.', { status: d.status, allowedActions: [] });
      next.pendingExtension = null;
      return {};
    case 'resolved':
    case 'refused':
      requireTasksDone(d.tasks);
      next.outcome = cmd.type === 'resolved' ? 'approved' : 'refused';
      next.endedAt = now;
      next.stepIndex = null;
      next.resultNote = typeof p.note === 'string' ? p.note : reason;
      return { outcome: next.outcome, note: next.resultNote, onTime: d.dueAt === null ? null : now <= d.dueAt };
    case 'delivered':
      next.deliveredAt = now;
      return { early: d.dueAt !== null && now < d.dueAt };
    case 'withdrawn':
    case 'stopped':
    case 'auto_closed':
      // A dossier never received was never counted as received, so it has no end of processing (Decision 766, index 2.1).
      next.endedAt = d.receivedAt === null ? null : now;
      next.tasks = cancelAgencyTasks(d.tasks);
      next.resumeStatus = null;
      next.stepIndex = null;
      next.waitingSince = null;
      return { noticeForm: '05' };
  }
}


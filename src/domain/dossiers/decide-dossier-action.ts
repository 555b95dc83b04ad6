import type { Role } from '../auth/roles.js';
import { DomainError } from '../errors.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { actionsFrom, DOSSIER_ACTIONS, type DossierActionType } from './dossier-actions.js';
import type { DossierClock } from './dossier-clock.js';
import type { AgencyTask, Dossier, DossierEvent, DossierStatus } from './dossier-types.js';
import { applyActionEffects as apply } from './apply-action-effects.js';

/** Who acts: a user with roles and the units they may act for, or the system (jobs, legacy import). */
export type DossierActor = { kind: 'user' | 'system'; userId: string | null; name: string; roles: readonly Role[]; mayActFor: (unitId: string) => boolean };

export type DossierCommand = { type: DossierActionType; reason?: string | null; payload?: Record<string, unknown> };

export type DecideContext = {
  now: number;
  actor: DossierActor;
  procedure: ProcedureVersion;
  clock: DossierClock;
  /** Live handling blocks silent progress on overdue dossiers; the legacy import replays history as it was. */
  enforceDeadlines: boolean;
  newId: () => string;
};

const SILENT_WHEN_OVERDUE: readonly DossierActionType[] = ['assigned', 'step_completed', 'returned', 'consultation_requested'];

/** The actions this actor may take on the dossier now (for the UI and for the 422 answer). */
export function allowedActions(d: Dossier, actor: DossierActor): DossierActionType[] {
  return actionsFrom(d.status).filter((type) => type !== 'auto_closed' && mayTake(d, type, actor));
}

/** The open agency tasks this actor may complete now (the state machine allows it and the task's unit is in scope). */
export function completableTasks(d: Dossier, actor: DossierActor): AgencyTask[] {
  return d.tasks.filter((t) => t.status === 'open' && (DOSSIER_ACTIONS.task_completed.from as readonly DossierStatus[]).includes(d.status) && mayTake(d, 'task_completed', actor, t.id));
}

function mayTake(d: Dossier, type: DossierActionType, actor: DossierActor, taskId?: unknown): boolean {
  if (actor.kind === 'system') return true;
  const roles: readonly Role[] = DOSSIER_ACTIONS[type].roles;
  if (!roles.some((role) => actor.roles.includes(role))) return false;
  if (actor.roles.includes('citizen') && roles.includes('citizen')) return true;
  return actingUnit(d, type, actor, taskId) !== null;
}

/**
 * The unit the actor acts for: the one the action needs (receiving desk or competent agency), either for shared steps,
 * or the unit of the agency task acted on (the task named, else any open task in the actor's scope).
 */
function actingUnit(d: Dossier, type: DossierActionType, actor: DossierActor, taskId?: unknown): string | null {
  const unit = DOSSIER_ACTIONS[type].unit;
  if (unit === 'task') {
    const named = d.tasks.find((t) => t.id === taskId);
    if (actor.kind === 'system') return named?.unitId ?? d.competentUnitId;
    if (named) return actor.mayActFor(named.unitId) ? named.unitId : null;
    return d.tasks.find((t) => t.status === 'open' && actor.mayActFor(t.unitId))?.unitId ?? null;
  }
  if (actor.kind === 'system' || actor.roles.includes('citizen')) return unit === 'competent' ? d.competentUnitId : d.receivingUnitId;
  if (unit === 'receiving') return actor.mayActFor(d.receivingUnitId) ? d.receivingUnitId : null;
  if (unit === 'competent') return actor.mayActFor(d.competentUnitId) ? d.competentUnitId : null;
  const order = d.receivedAt === null ? [d.receivingUnitId, d.competentUnitId] : [d.competentUnitId, d.receivingUnitId];
  return order.find((id) => actor.mayActFor(id)) ?? null;
}

/**
 * Decides one action on a dossier: checks the state machine, the actor's role and scope and the rules of the
 * action, and returns the next state with the event to append (Decree 61/2018/ND-CP Arts. 17–21; Decree
 * 118/2025/ND-CP Arts. 17–22; Circular 03/2025/TT-VPCP). Throws a DomainError and changes nothing otherwise.
 */
export function decideDossierAction(d: Dossier, cmd: DossierCommand, ctx: DecideContext): { next: Dossier; event: DossierEvent; events: DossierEvent[] } {
  const spec = Object.hasOwn(DOSSIER_ACTIONS, cmd.type) ? DOSSIER_ACTIONS[cmd.type] : undefined;
  if (!spec) throw new DomainError('INVALID_INPUT', `Unknown action ${cmd.type}.`, `Thao tác ${cmd.type} không tồn tại.`, { field: 'type' });
  if (!(spec.from as readonly DossierStatus[]).includes(d.status)) {
    const allowed = allowedActions(d, ctx.actor);
    throw new DomainError('INVALID_TRANSITION', `Action ${cmd.type} is not possible while the dossier is ${d.status}; allowed: ${allowed.join(', ') || 'none'}.`,
      `Không thể thực hiện "${cmd.type}" khi hồ sơ đang ở trạng thái ${d.status}; các thao tác được phép: ${allowed.join(', ') || 'không có'}.`, { status: d.status, allowedActions: allowed });
  }
  const taskId = cmd.payload?.taskId;
  if (!mayTake(d, cmd.type, ctx.actor, taskId)) {
    throw new DomainError('NOT_ALLOWED', `Your role or unit does not allow ${cmd.type} on this dossier.`, `Vai trò hoặc đơn vị của bạn không được thực hiện "${cmd.type}" với hồ sơ này.`, { requiredRoles: spec.roles });
  }
  const reason = cmd.reason?.trim() || null;
  if (spec.needsReason && !reason) throw new DomainError('INVALID_INPUT', 'A reason is required.', 'Cần nêu rõ lý do.', { field: 'reason' });
  if (ctx.enforceDeadlines && SILENT_WHEN_OVERDUE.includes(cmd.type) && isOverdueWithoutApology(d, ctx.now)) {
    throw new DomainError('INVALID_TRANSITION', 'The dossier is overdue: issue the apology and new appointment (Form 04) before going on.',
      'Hồ sơ đã quá hạn: cần lập văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi tiếp tục xử lý.', { status: d.status, allowedActions: ['extension_requested', 'resolved', 'refused', 'stopped'] });
  }
  const next: Dossier = { ...d, consultations: [...d.consultations], tasks: [...d.tasks], version: d.version + 1 };
  const payload = apply(next, d, cmd, reason, ctx);
  const to = spec.to === 'same' ? d.status : spec.to === 'back' ? (d.resumeStatus ?? 'processing') : spec.to;
  if (spec.to === 'back') { next.resumeStatus = null; next.waitingSince = null; }
  next.status = to;
  const unitId = actingUnit(d, cmd.type, ctx.actor, taskId);
  const event: DossierEvent = { type: cmd.type, at: ctx.now, actorId: ctx.actor.userId, actorName: ctx.actor.name, unitId, statusBefore: d.status, statusAfter: to, reason, payload };
  return { next, event, events: [event, ...taskOpenings(d, next, event)] };
}

/** One `task_opened` event per agency task the action opened (forwarding, or the previous sequential step done). */
function taskOpenings(d: Dossier, next: Dossier, cause: DossierEvent): DossierEvent[] {
  const wasOpen = new Set(d.tasks.filter((t) => t.status === 'open').map((t) => t.id));
  return next.tasks.filter((t) => t.status === 'open' && !wasOpen.has(t.id)).map((t) => ({
    type: 'task_opened', at: cause.at, actorId: cause.actorId, actorName: cause.actorName, unitId: t.unitId, statusBefore: cause.statusAfter, statusAfter: cause.statusAfter, reason: null,
    payload: { taskId: t.id, seq: t.seq, name: t.name, mode: t.mode, workingDays: t.workingDays, taskDueAt: t.dueAt },
  }));
}

/** Past the appointment (the re-dated one after an apology) with no apology pending (Decree 61/2018/ND-CP Art. 19(9)). */
export function isOverdueWithoutApology(d: Dossier, now: number): boolean {
  const appointment = d.extendedDueAt ?? d.dueAt;
  return appointment !== null && now > appointment && d.pendingExtension === null && d.endedAt === null;
}


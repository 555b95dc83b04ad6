import { DomainError, invalidInput } from '../errors.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { appointmentAfterPause, appointmentFor, type DossierClock } from './dossier-clock.js';
import type { AgencyTask } from './dossier-types.js';

/** The appointment of an agency step opened at `start`: its working days counted from the next working day (Decree 61/2018/ND-CP Art. 19). */
export function taskAppointment(workingDays: number, start: number, clock: DossierClock): number {
  return appointmentFor({ value: workingDays, unit: 'working_days' }, start, clock);
}

/** Tasks the agency has not finished yet (open, or waiting for the step before them). */
export const unfinishedTasks = (tasks: readonly AgencyTask[]) => tasks.filter((t) => t.status === 'open' || t.status === 'pending');

/**
 * The tasks of an inter-agency dossier when it reaches the competent agency (Decree 61/2018/ND-CP Art. 19(6)): a paper
 * dossier (sequential) goes to the first agency with a transfer slip and to the next only when that one is done; an
 * electronic dossier (parallel) goes to every agency at once. Each open task gets its own appointment.
 */
export function openAgencyTasks(procedure: ProcedureVersion, now: number, clock: DossierClock, newId: () => string): AgencyTask[] {
  if (procedure.interAgency === 'none') return [];
  const mode = procedure.interAgency;
  return (procedure.agencySteps ?? []).map((s, seq) => {
    const open = mode === 'parallel' || seq === 0;
    return {
      id: newId(), seq, unitId: s.unitId, name: s.name, workingDays: s.workingDays, mode, status: open ? 'open' : 'pending',
      openedAt: open ? now : null, dueAt: open ? taskAppointment(s.workingDays, now, clock) : null,
      completedAt: null, completedById: null, completedByName: null, note: null, onTime: null,
    };
  });
}

export type CompleteTaskInput = { taskId: unknown; now: number; clock: DossierClock; byId: string | null; byName: string; note: string | null };

/**
 * Marks one open task done — on time when it ends by its own appointment, late otherwise (Circular 01/2018/TT-VPCP
 * Art. 13, indicator 2) — and, for sequential handling, opens the next step with its appointment counted from now.
 * Returns new tasks; refuses an unknown task, one still waiting for the step before it, and one already done.
 */
export function completeAgencyTask(tasks: readonly AgencyTask[], o: CompleteTaskInput): { tasks: AgencyTask[]; completed: AgencyTask; opened: AgencyTask | null } {
  const index = tasks.findIndex((t) => t.id === o.taskId);
  if (typeof o.taskId !== 'string' || index < 0) {
    throw invalidInput('payload.taskId', 'No agency step with this id on the dossier.', 'Hồ sơ không có bước liên thông với mã này.');
  }
  const task = tasks[index];
  if (task.status === 'pending') {
    throw new DomainError('INVALID_TRANSITION', `The step "${task.name}" waits for the step before it to be done (sequential handling).`,
      `Bước "${task.name}" phải chờ bước liên thông trước đó hoàn thành (liên thông tuần tự).`, { field: 'payload.taskId', rule: 'agency_task_pending', allowedActions: [] });
  }
  if (task.status !== 'open') {
    throw new DomainError('CONFLICT', `The step "${task.name}" is already closed.`, `Bước "${task.name}" đã kết thúc.`, { field: 'payload.taskId', rule: 'agency_task_closed', taskStatus: task.status });
  }
  const onTime = task.dueAt === null || o.now <= task.dueAt;
  const completed: AgencyTask = { ...task, status: onTime ? 'done_on_time' : 'done_late', completedAt: o.now, completedById: o.byId, completedByName: o.byName, note: o.note, onTime };
  const next = tasks.map((t) => (t.id === task.id ? completed : t));
  let opened: AgencyTask | null = null;
  if (task.mode === 'sequential') {
    const following = next.find((t) => t.status === 'pending' && t.seq > task.seq);
    if (following) {
      opened = { ...following, status: 'open', openedAt: o.now, dueAt: taskAppointment(following.workingDays, o.now, o.clock) };
      next[next.indexOf(following)] = opened;
    }
  }
  return { tasks: next, completed, opened };
}

/**
 * Open tasks after the dossier waited for a supplement or a payment: the wait does not count against the agencies. When
 * the procedure restarts its limit after a supplement, each open step restarts too; otherwise its appointment moves by
 * the working time waited (the same rule as the dossier's own appointment, Decree 61/2018/ND-CP Art. 19(4)).
 */
export function resumeAgencyTasks(tasks: readonly AgencyTask[], o: { waitedFrom: number; now: number; restart: boolean; clock: DossierClock }): AgencyTask[] {
  return tasks.map((t) => {
    if (t.status !== 'open' || t.dueAt === null) return t;
    const dueAt = o.restart ? taskAppointment(t.workingDays, o.now, o.clock) : appointmentAfterPause(t.dueAt, o.waitedFrom, o.now, o.clock);
    return { ...t, dueAt };
  });
}

/** The dossier ended (withdrawn, stopped, closed) before its agencies finished: their unfinished steps are cancelled, the rest kept. */
export function cancelAgencyTasks(tasks: readonly AgencyTask[]): AgencyTask[] {
  return tasks.map((t) => (t.status === 'open' || t.status === 'pending' ? { ...t, status: 'cancelled' } : t));
}

/** Refuses a result while agency steps are unfinished: every agency of an inter-agency procedure gives its part first. */
export function requireTasksDone(tasks: readonly AgencyTask[]): void {
  const unfinished = unfinishedTasks(tasks);
  if (unfinished.length === 0) return;
  const names = unfinished.map((t) => t.name).join('; ');
  throw new DomainError('INVALID_TRANSITION', `The inter-agency steps are not all done yet: ${names}.`,
    `Các bước liên thông chưa hoàn thành: ${names}.`, { rule: 'agency_tasks_open', openTaskIds: unfinished.map((t) => t.id), allowedActions: [] });
}

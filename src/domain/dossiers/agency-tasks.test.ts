import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput, buildProcedureVersion, buildUnitActor, systemActor, testClock, vnAt, vnText } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { cancelAgencyTasks, completeAgencyTask, openAgencyTasks, resumeAgencyTasks, taskAppointment } from './agency-tasks.js';
import { allowedActions, completableTasks, decideDossierAction, type DossierCommand } from './decide-dossier-action.js';
import type { Dossier } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

/** A 10-working-day procedure handled by the commune with the tax office (3 working days) and the land office (2). */
const interAgency = (mode: 'sequential' | 'parallel', over: Partial<ProcedureVersion> = {}) => buildProcedureVersion({
  timeLimit: { value: 10, unit: 'working_days' }, interAgency: mode,
  agencySteps: [{ unitId: 'tax', name: 'Xác định nghĩa vụ tài chính', workingDays: 3 }, { unitId: 'land', name: 'Cập nhật hồ sơ địa chính', workingDays: 2 }],
  ...over,
});
const commune = buildUnitActor(['desk_officer', 'unit_officer', 'leader'], ['commune']);
const taxOfficer = buildUnitActor(['unit_officer'], ['tax']);
const landOfficer = buildUnitActor(['unit_officer'], ['land']);

const act = (d: Dossier, cmd: DossierCommand, procedure: ProcedureVersion, at: [string, string], actor = commune) =>
  decideDossierAction(d, cmd, buildContext(at[0], at[1], { procedure, actor }));
/** Received Mon 2 Mar 2026 08:00 and forwarded to the competent agency at 08:30. */
const forwarded = (procedure: ProcedureVersion) => {
  const d = openDossier(buildOpenInput({ procedure }), buildContext('2026-03-02', '08:00', { procedure })).dossier;
  return act(d, { type: 'forwarded' }, procedure, ['2026-03-02', '08:30']);
};
const complete = (d: Dossier, index: number, procedure: ProcedureVersion, at: [string, string], actor = index === 0 ? taxOfficer : landOfficer, note?: string) =>
  act(d, { type: 'task_completed', payload: { taskId: d.tasks[index].id, note } }, procedure, at, actor);

describe(openAgencyTasks.name, () => {
  it('opens nothing for a procedure that is not inter-agency', () => {
    expect(openAgencyTasks(buildProcedureVersion(), vnAt('2026-03-02'), testClock, () => 'x')).toEqual([]);
  });

  it('opens only the first step of a sequential (paper) procedure, the others waiting without an appointment', () => {
    let n = 0;
    const tasks = openAgencyTasks(interAgency('sequential'), vnAt('2026-03-02', '08:30'), testClock, () => `t${++n}`);
    expect(tasks.map((t) => [t.id, t.seq, t.unitId, t.status, vnText(t.dueAt)])).toEqual([['t1', 0, 'tax', 'open', '2026-03-05 17:00'], ['t2', 1, 'land', 'pending', null]]);
  });

  it('opens every step of a parallel (electronic) procedure at once, each with its own appointment', () => {
    const tasks = openAgencyTasks(interAgency('parallel'), vnAt('2026-03-02', '08:30'), testClock, () => 'x');
    expect(tasks.map((t) => [t.status, t.mode, vnText(t.openedAt), vnText(t.dueAt)])).toEqual([
      ['open', 'parallel', '2026-03-02 08:30', '2026-03-05 17:00'], ['open', 'parallel', '2026-03-02 08:30', '2026-03-04 17:00'],
    ]);
  });
});

describe(taskAppointment.name, () => {
  it('counts working days from the next working day, skipping the weekend and holidays (Hùng Kings Day 2026-04-26 is a Sunday, observed Monday 27)', () => {
    expect(vnText(taskAppointment(2, vnAt('2026-03-06', '10:00'), testClock))).toBe('2026-03-10 17:00');
    expect(vnText(taskAppointment(1, vnAt('2026-04-24', '10:00'), testClock))).toBe('2026-04-28 17:00');
  });

  it('ends a half working day at the end of the morning', () => {
    expect(vnText(taskAppointment(0.5, vnAt('2026-03-02', '10:00'), testClock))).toBe('2026-03-03 11:30');
  });
});

describe(completeAgencyTask.name, () => {
  const start = (mode: 'sequential' | 'parallel') => openAgencyTasks(interAgency(mode), vnAt('2026-03-02', '08:30'), testClock, (() => { let n = 0; return () => `t${++n}`; })());
  const done = (mode: 'sequential' | 'parallel', id: string, date: string, time = '10:00') =>
    completeAgencyTask(start(mode), { taskId: id, now: vnAt(date, time), clock: testClock, byId: 'u', byName: 'thue', note: 'Đã xác định' });

  it('is done on time up to the end of its appointment day, and late after it', () => {
    expect(done('sequential', 't1', '2026-03-05', '17:00').completed).toMatchObject({ status: 'done_on_time', onTime: true, completedByName: 'thue', note: 'Đã xác định' });
    expect(done('sequential', 't1', '2026-03-06', '08:00').completed).toMatchObject({ status: 'done_late', onTime: false });
  });

  it('opens the next sequential step from the moment the previous one is done, with its own appointment', () => {
    const r = done('sequential', 't1', '2026-03-04');
    expect(r.opened).toMatchObject({ id: 't2', status: 'open', openedAt: vnAt('2026-03-04', '10:00') });
    expect(vnText(r.opened!.dueAt)).toBe('2026-03-06 17:00');
    expect(r.tasks.map((t) => t.status)).toEqual(['done_on_time', 'open']);
  });

  it('opens nothing after a parallel step or after the last sequential one', () => {
    expect(done('parallel', 't2', '2026-03-03').opened).toBeNull();
    const first = done('sequential', 't1', '2026-03-03');
    expect(completeAgencyTask(first.tasks, { taskId: 't2', now: vnAt('2026-03-04'), clock: testClock, byId: null, byName: 'x', note: null }).opened).toBeNull();
  });

  it('refuses an unknown task, a step still waiting for the one before it, and a step already done', () => {
    expect(domainErrorOf(() => done('sequential', 'nope', '2026-03-03'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'payload.taskId' } });
    expect(domainErrorOf(() => done('sequential', 't2', '2026-03-03'))).toMatchObject({ code: 'INVALID_TRANSITION', details: { rule: 'agency_task_pending' } });
    const first = done('sequential', 't1', '2026-03-03');
    expect(domainErrorOf(() => completeAgencyTask(first.tasks, { taskId: 't1', now: vnAt('2026-03-04'), clock: testClock, byId: null, byName: 'x', note: null })))
      .toMatchObject({ code: 'CONFLICT', details: { rule: 'agency_task_closed' } });
  });
});

describe(resumeAgencyTasks.name, () => {
  const tasks = openAgencyTasks(interAgency('sequential'), vnAt('2026-03-02', '08:30'), testClock, () => 'x');
  it('moves an open step by the working time the dossier waited, and leaves waiting steps alone', () => {
    const moved = resumeAgencyTasks(tasks, { waitedFrom: vnAt('2026-03-03', '09:00'), now: vnAt('2026-03-05', '09:00'), restart: false, clock: testClock });
    expect(moved.map((t) => vnText(t.dueAt))).toEqual(['2026-03-09 17:00', null]);
  });
  it('restarts an open step from the completed supplement when the procedure restarts its limit', () => {
    const restarted = resumeAgencyTasks(tasks, { waitedFrom: vnAt('2026-03-03', '09:00'), now: vnAt('2026-03-05', '09:00'), restart: true, clock: testClock });
    expect(vnText(restarted[0].dueAt)).toBe('2026-03-10 17:00');
  });
});

describe(cancelAgencyTasks.name, () => {
  it('cancels unfinished steps and keeps the done ones with their result', () => {
    const first = completeAgencyTask(openAgencyTasks(interAgency('sequential'), vnAt('2026-03-02'), testClock, (() => { let n = 0; return () => `t${++n}`; })()),
      { taskId: 't1', now: vnAt('2026-03-03'), clock: testClock, byId: null, byName: 'x', note: null });
    expect(cancelAgencyTasks(first.tasks).map((t) => t.status)).toEqual(['done_on_time', 'cancelled']);
  });
});

describe('inter-agency handling through the dossier state machine (Decree 61/2018/ND-CP Art. 19(6); requirement 11)', () => {
  it('opens the first sequential step when the dossier is forwarded, with a task_opened event after the forwarding', () => {
    const r = forwarded(interAgency('sequential'));
    expect(r.next.tasks.map((t) => t.status)).toEqual(['open', 'pending']);
    expect(r.event.payload).toMatchObject({ interAgency: 'sequential', agencyTasks: 2 });
    expect(r.events.map((e) => [e.type, e.unitId])).toEqual([['forwarded', 'commune'], ['task_opened', 'tax']]);
    expect(r.events[1]).toMatchObject({ statusBefore: 'processing', statusAfter: 'processing', payload: { taskId: r.next.tasks[0].id, seq: 0, mode: 'sequential', taskDueAt: vnAt('2026-03-05', '17:00') } });
  });

  it('opens every parallel step at once, one event each', () => {
    const r = forwarded(interAgency('parallel'));
    expect(r.events.map((e) => [e.type, e.unitId])).toEqual([['forwarded', 'commune'], ['task_opened', 'tax'], ['task_opened', 'land']]);
  });

  it('runs the sequential steps one after another, each scored against its own appointment, then lets the competent agency resolve', () => {
    const p = interAgency('sequential');
    const d = forwarded(p).next;
    const tax = complete(d, 0, p, ['2026-03-04', '10:00'], taxOfficer, 'Đã xác định nghĩa vụ tài chính');
    expect(tax.event).toMatchObject({ type: 'task_completed', unitId: 'tax', statusAfter: 'processing', payload: { seq: 0, onTime: true, note: 'Đã xác định nghĩa vụ tài chính', nextTaskId: d.tasks[1].id } });
    expect(tax.events.map((e) => [e.type, e.unitId])).toEqual([['task_completed', 'tax'], ['task_opened', 'land']]);
    expect(vnText(tax.next.tasks[1].dueAt)).toBe('2026-03-06 17:00');
    expect(domainErrorOf(() => act(tax.next, { type: 'resolved' }, p, ['2026-03-05', '09:00']))).toMatchObject({ code: 'INVALID_TRANSITION', details: { rule: 'agency_tasks_open', openTaskIds: [d.tasks[1].id] } });
    const land = complete(tax.next, 1, p, ['2026-03-09', '09:00']);
    expect(land.next.tasks.map((t) => [t.status, t.onTime])).toEqual([['done_on_time', true], ['done_late', false]]);
    expect(land.events).toHaveLength(1);
    expect(act(land.next, { type: 'resolved' }, p, ['2026-03-09', '10:00']).next).toMatchObject({ status: 'resolved', outcome: 'approved' });
  });

  it('lets only an officer of the step\'s unit (or above it) complete it, and never the competent agency in its place', () => {
    const p = interAgency('parallel');
    const d = forwarded(p).next;
    expect(domainErrorOf(() => complete(d, 0, p, ['2026-03-03', '09:00'], landOfficer))).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(domainErrorOf(() => complete(d, 0, p, ['2026-03-03', '09:00'], commune))).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(domainErrorOf(() => complete(d, 0, p, ['2026-03-03', '09:00'], buildUnitActor(['desk_officer'], ['tax'])))).toMatchObject({ code: 'NOT_ALLOWED' });
    const province = buildUnitActor(['leader'], ['commune', 'tax', 'land']);
    expect(complete(d, 0, p, ['2026-03-03', '09:00'], province).next.tasks[0].status).toBe('done_on_time');
  });

  it('offers task_completed to an officer of a unit with an open step and nothing of the competent agency\'s', () => {
    const p = interAgency('sequential');
    const d = forwarded(p).next;
    expect(allowedActions(d, taxOfficer)).toEqual(['task_completed']);
    expect(allowedActions(d, landOfficer)).toEqual([]);
    expect(completableTasks(d, taxOfficer).map((t) => t.unitId)).toEqual(['tax']);
    expect(completableTasks(d, commune)).toEqual([]);
    expect(allowedActions(d, commune)).not.toContain('task_completed');
  });

  it('refuses a refusal too while steps are open, and cancels the unfinished steps when the dossier is withdrawn or stopped', () => {
    const p = interAgency('sequential');
    const d = forwarded(p).next;
    expect(domainErrorOf(() => act(d, { type: 'refused', reason: 'Không đủ điều kiện' }, p, ['2026-03-03', '09:00']))).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(act(d, { type: 'stopped', reason: 'Dừng' }, p, ['2026-03-03', '09:00']).next.tasks.map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('gives the agencies back the time the dossier waited for a supplement (pause) or restarts their steps (restart)', () => {
    for (const [clock, due] of [['pause', '2026-03-09 17:00'], ['restart', '2026-03-10 17:00']] as const) {
      const p = interAgency('parallel', { supplementClock: clock });
      const asked = act(forwarded(p).next, { type: 'supplement_requested', reason: 'Thiếu', payload: { missing: ['Sơ đồ thửa đất'] } }, p, ['2026-03-03', '09:00']).next;
      expect(domainErrorOf(() => complete(asked, 0, p, ['2026-03-04', '09:00']))).toMatchObject({ code: 'INVALID_TRANSITION', details: { status: 'waiting_supplement' } });
      const back = act(asked, { type: 'supplement_completed' }, p, ['2026-03-05', '09:00']).next;
      expect(vnText(back.tasks[0].dueAt)).toBe(due);
    }
  });

  it('lets the system complete a step, acting for the step\'s unit', () => {
    const p = interAgency('parallel');
    const d = forwarded(p).next;
    const r = decideDossierAction(d, { type: 'task_completed', payload: { taskId: d.tasks[1].id } }, buildContext('2026-03-03', '09:00', { procedure: p, actor: systemActor }));
    expect(r.event.unitId).toBe('land');
    expect(r.next.tasks[1].status).toBe('done_on_time');
  });
});

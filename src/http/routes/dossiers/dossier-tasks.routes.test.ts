import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProcedureRecord } from '../../../domain/procedures/procedure.fixtures.js';
import { rows, sql } from '../../../store/db.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

/**
 * Inter-agency procedures end to end (Decree 61/2018/ND-CP Art. 19(6); requirement 11): the catalogue carries the agencies
 * of the steps, forwarding opens their tasks (one after another, or all at once), each agency's officers see and complete
 * only their own task against its own appointment, and the competent agency resolves only when every task is done.
 */
let t: TestApp;
let clock = new Date('2026-03-02T03:00:00Z'); // Monday 2 March 2026, 10:00 in Vietnam
const cookies: Record<string, string> = {};
let communeId: string;

const signIn = async () => { for (const user of ['admin', 'canboxa', 'canbo', 'sonoivu']) cookies[user] = await t.login(user); };
const setClock = async (iso: string) => { clock = new Date(iso); await signIn(); };

const sequential = buildProcedureRecord({
  code: '1.009001', name: 'Đăng ký lại việc sinh có yếu tố liên thông (thử nghiệm)', timeLimit: { value: 10, unit: 'working_days' }, interAgency: 'sequential',
  agencySteps: [{ unitCode: 'T1.STP', name: 'Xác minh thông tin hộ tịch', workingDays: 3 }, { unitCode: 'T1.SNV', name: 'Cho ý kiến về hồ sơ', workingDays: 2 }],
});
const parallel = { ...sequential, code: '1.009002', name: 'Thủ tục liên thông điện tử (thử nghiệm)', interAgency: 'parallel' as const };

const inject = (user: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie: cookies[user] }, payload });
const intake = async (procedureCode: string) => (await inject('canboxa', 'POST', '/api/v1/dossiers', {
  procedureCode, channel: 'in_person', receivingUnitId: communeId, decision: 'receive', components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }],
  applicant: { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' },
})).json();
const act = (user: string, d: { id: string; version: number }, type: string, body: object = {}) =>
  inject(user, 'POST', `/api/v1/dossiers/${d.id}/actions`, { type, version: d.version, ...body });
const queueCodes = async (user: string, tab: string) => (await inject(user, 'GET', `/api/v1/dossiers?tab=${tab}&pageSize=200`)).json().dossiers.map((d: { code: string }) => d.code);

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  await signIn();
  communeId = (await inject('canboxa', 'GET', '/api/v1/auth/me')).json().user.unitId;
});
afterAll(async () => { await t.close(); });

describe('inter-agency procedures in the catalogue', () => {
  it('stores the agencies of the steps by unit code and refuses unknown units, missing agencies and steps beyond the time limit', async () => {
    const created = await inject('admin', 'POST', '/api/v1/procedures', sequential);
    expect(created.statusCode).toBe(201);
    expect(created.json().version).toMatchObject({ interAgency: 'sequential', agencySteps: sequential.agencySteps });
    expect((await inject('admin', 'POST', '/api/v1/procedures', parallel)).statusCode).toBe(201);

    const bad = (over: object) => inject('admin', 'POST', '/api/v1/procedures', { ...sequential, code: '1.009003', ...over });
    const unknown = await bad({ agencySteps: [{ unitCode: 'T1.NOPE', name: 'x', workingDays: 1 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'agencySteps[0].unitCode' } });
    expect(unknown.json().messageVi).toContain('T1.NOPE');
    expect((await bad({ agencySteps: [] })).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'agencySteps' } });
    expect((await bad({ timeLimit: { value: 4, unit: 'working_days' } })).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'agencySteps', needed: 5, limit: 4 } });
    expect((await bad({ agencySteps: [{ unitCode: 'T1.STP', name: 'x', workingDays: -1 }] })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('exports the agencies in JSON and CSV, and either file re-imports unchanged', async () => {
    for (const format of ['json', 'csv'] as const) {
      const exported = await inject('admin', 'GET', `/api/v1/procedures/export?format=${format}`);
      expect(exported.statusCode).toBe(200);
      if (format === 'json') expect(exported.json().find((r: { code: string }) => r.code === '1.009001').agencySteps).toEqual(sequential.agencySteps);
      const report = (await inject('admin', 'POST', '/api/v1/procedures/import', { format, content: exported.body })).json();
      expect(report.errors).toEqual([]);
      expect(report.created).toEqual([]);
      expect(report.unchanged.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['1.009001', '1.009002']));
    }
  });
});

describe('a paper dossier: the agencies work one after another', () => {
  it('opens the first agency\'s task on forwarding, lets only that agency complete it, opens the next, scores each, then allows the result', async () => {
    let d = await intake('1.009001');
    expect(d.tasks).toEqual([]);
    d = (await act('canboxa', d, 'forwarded')).json();
    expect(d.tasks.map((x: { name: string; status: string; dueAt: string | null; mayComplete: boolean }) => [x.name, x.status, x.dueAt, x.mayComplete])).toEqual([
      ['Xác minh thông tin hộ tịch', 'open', '2026-03-05T17:00:00+07:00', false], ['Cho ý kiến về hồ sơ', 'pending', null, false],
    ]);
    expect(d.events.map((e: { type: string }) => e.type).slice(-2)).toEqual(['forwarded', 'task_opened']);
    const [justice, homeAffairs] = d.tasks;

    // The Department of Justice sees the dossier in its queue and may complete its own task, nothing else.
    expect(await queueCodes('canbo', 'open')).toContain(d.code);
    let seen = (await inject('canbo', 'GET', `/api/v1/dossiers/${d.id}`)).json();
    expect(seen.allowedActions).toEqual(['task_completed']);
    expect(seen.tasks.map((x: { mayComplete: boolean }) => x.mayComplete)).toEqual([true, false]);
    expect((await act('canbo', d, 'resolved')).statusCode).toBe(403);
    expect((await act('canbo', d, 'task_completed', { payload: { taskId: homeAffairs.id } })).json()).toMatchObject({ code: 'NOT_ALLOWED' });
    expect((await act('canbo', d, 'task_completed', { payload: {} })).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'payload.taskId' } });

    // The competent agency cannot give the result while a task is open (422 with a stable rule).
    const early = await act('canboxa', d, 'resolved');
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION', details: { rule: 'agency_tasks_open', openTaskIds: [justice.id, homeAffairs.id] } });
    expect(early.json().messageVi).toContain('Các bước liên thông chưa hoàn thành');

    await setClock('2026-03-03T02:00:00Z'); // Tuesday 09:00
    const done = await act('canbo', d, 'task_completed', { payload: { taskId: justice.id, note: 'Thông tin khớp Cơ sở dữ liệu hộ tịch' } });
    expect(done.statusCode).toBe(200);
    d = done.json();
    expect(d.tasks.map((x: { status: string; onTime: boolean | null; dueAt: string | null }) => [x.status, x.onTime, x.dueAt])).toEqual([
      ['done_on_time', true, '2026-03-05T17:00:00+07:00'], ['open', null, '2026-03-05T17:00:00+07:00'],
    ]);
    expect(d.tasks[0]).toMatchObject({ completedByName: 'canbo', note: 'Thông tin khớp Cơ sở dữ liệu hộ tịch' });
    expect(d.events.slice(-2).map((e: { type: string; unitId: string }) => e.type)).toEqual(['task_completed', 'task_opened']);
    expect(await queueCodes('canbo', 'open')).not.toContain(d.code);
    expect(await queueCodes('canbo', 'all')).toContain(d.code);
    expect((await act('canbo', d, 'task_completed', { payload: { taskId: justice.id } })).json()).toMatchObject({ code: 'CONFLICT', details: { rule: 'agency_task_closed' } });

    await setClock('2026-03-06T02:00:00Z'); // Friday 09:00: the Home Affairs step was due Thursday 17:00
    seen = (await inject('sonoivu', 'GET', `/api/v1/dossiers/${d.id}`)).json();
    expect(seen.tasks[1]).toMatchObject({ overdue: true, mayComplete: true });
    d = (await act('sonoivu', d, 'task_completed', { payload: { taskId: homeAffairs.id } })).json();
    expect(d.tasks.map((x: { status: string }) => x.status)).toEqual(['done_on_time', 'done_late']);
    d = (await act('canboxa', d, 'resolved', { payload: { note: 'Đã đăng ký' } })).json();
    expect(d.status).toBe('resolved');

    // Each step's on-time result is kept for scoring (Circular 01/2018/TT-VPCP Art. 13, indicator 2), with its events.
    const stored = await rows<{ seq: number; status: string; on_time: boolean }>(t.ctx.db.orm, sql`select seq, status, on_time from dossier_tasks where dossier_id = ${d.id} order by seq`);
    expect(stored).toEqual([{ seq: 0, status: 'done_on_time', on_time: true }, { seq: 1, status: 'done_late', on_time: false }]);
    const events = await rows<{ type: string; unit_id: string }>(t.ctx.db.orm, sql`select type, unit_id from dossier_events where dossier_id = ${d.id} and type like 'task_%' order by seq`);
    expect(events.map((e) => [e.type, e.unit_id])).toEqual([['task_opened', justice.unitId], ['task_completed', justice.unitId], ['task_opened', homeAffairs.unitId], ['task_completed', homeAffairs.unitId]]);
    const audit = await rows<{ n: number }>(t.ctx.db.orm, sql`select count(*)::int as n from audit_log where action = 'dossier.task_completed'`);
    expect(audit[0].n).toBe(2);
    await setClock('2026-03-02T03:00:00Z');
  });
});

describe('an electronic dossier: the agencies work at once', () => {
  it('opens every agency\'s task on forwarding and cancels the unfinished ones when the dossier is withdrawn', async () => {
    let d = await intake('1.009002');
    d = (await act('canboxa', d, 'forwarded')).json();
    expect(d.tasks.map((x: { status: string; dueAt: string }) => [x.status, x.dueAt])).toEqual([['open', '2026-03-05T17:00:00+07:00'], ['open', '2026-03-04T17:00:00+07:00']]);
    expect(d.events.slice(-3).map((e: { type: string }) => e.type)).toEqual(['forwarded', 'task_opened', 'task_opened']);
    expect(await queueCodes('canbo', 'open')).toContain(d.code);
    d = (await act('canbo', d, 'task_completed', { payload: { taskId: d.tasks[0].id } })).json();
    expect(d.tasks.map((x: { status: string }) => x.status)).toEqual(['done_on_time', 'open']);
    d = (await act('canboxa', d, 'withdrawn', { reason: 'Người nộp xin rút hồ sơ' })).json();
    expect(d.tasks.map((x: { status: string }) => x.status)).toEqual(['done_on_time', 'cancelled']);
    expect(await queueCodes('canbo', 'open')).not.toContain(d.code);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEscalations } from '../../../app/dossiers/record-escalations.js';
import { JOBS } from '../../../app/jobs/schedule-jobs.js';
import { runJob } from '../../../app/jobs/run-job.js';
import { buildProcedureRecord } from '../../../domain/procedures/procedure.fixtures.js';
import { rows, sql } from '../../../store/db.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

/**
 * Escalation to the head of the One-Stop Unit (requirement 11; Decree 61/2018/ND-CP Art. 19(5)–(6)): a consultation
 * unanswered and an agency step still open past their deadlines show in the alerts of the leaders over the receiving unit,
 * with who is late and by how much in working time, and the nightly job records each once as an `escalated` event. The
 * officers of the step's unit see the dossier in their due-soon and overdue tabs by their own step's appointment.
 */
let t: TestApp;
let clock = new Date('2026-03-02T10:00:00+07:00'); // Monday 2 March 2026, Vietnam time
const cookies: Record<string, string> = {};
const users = ['admin', 'canboxa', 'canbo', 'sonoivu', 'lanhdao', 'motcua'] as const;
type User = (typeof users)[number];
let communeId: string;
let homeAffairsId: string;

/** Moves the test clock (sessions last 12 hours, so everyone signs in again). */
async function setClock(vietnamTime: string) {
  clock = new Date(`${vietnamTime}+07:00`);
  for (const u of users) cookies[u] = await t.login(u);
}

const procedure = buildProcedureRecord({
  code: '1.009101', name: 'Thủ tục liên thông có lấy ý kiến (thử nghiệm)', timeLimit: { value: 10, unit: 'working_days' }, interAgency: 'sequential',
  agencySteps: [{ unitCode: 'T1.STP', name: 'Xác minh thông tin hộ tịch', workingDays: 3 }],
});

const inject = (user: User, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie: cookies[user] }, payload });
const act = (user: User, d: { id: string; version: number }, type: string, body: object = {}) => inject(user, 'POST', `/api/v1/dossiers/${d.id}/actions`, { type, version: d.version, ...body });
type Row = { code: string; sla: string; kind: string; state: string; unitId: string; dueAt: string; lateWorkingMinutes: number; limit: { unit: string; value: unknown }; legalBasis: { vi: string; en: string };
  escalation: { subjectName: string; lateUnitId: string; lateUnitName: string; escalatedToUnitId: string; recordedAt: string | null } | null };
const alerts = async (user: User, query = '') => {
  const response = await inject(user, 'GET', `/api/v1/dossiers/alerts${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().alerts as Row[];
};
const escalationsOf = (list: Row[], code: string) => list.filter((a) => a.code === code && a.kind === 'escalation');
const queueCodes = async (user: User, tab: string) => (await inject(user, 'GET', `/api/v1/dossiers?tab=${tab}&pageSize=200`)).json().dossiers.map((d: { code: string }) => d.code);

let d: { id: string; code: string; version: number; tasks: Array<{ id: string; unitId: string }>; consultations: Array<{ id: string }> };

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  await setClock('2026-03-02T10:00:00');
  communeId = (await inject('canboxa', 'GET', '/api/v1/auth/me')).json().user.unitId;
  homeAffairsId = (await inject('sonoivu', 'GET', '/api/v1/auth/me')).json().user.unitId;
  expect((await inject('admin', 'POST', '/api/v1/procedures', procedure)).statusCode).toBe(201);
  d = (await inject('canboxa', 'POST', '/api/v1/dossiers', {
    procedureCode: procedure.code, channel: 'in_person', receivingUnitId: communeId, decision: 'receive', components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }],
    applicant: { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' },
  })).json();
  d = (await act('canboxa', d, 'forwarded')).json(); // the Justice step is due Thu 5 Mar 17:00; the dossier Mon 16 Mar
  d = (await act('canboxa', d, 'consultation_requested', { payload: { unitId: homeAffairsId, question: 'Cho ý kiến về nơi cư trú', dueAt: '2026-03-04T17:00:00+07:00' } })).json();
});
afterAll(async () => { await t.close(); });

describe('the queue tabs of the officers of an agency step', () => {
  it('list the dossier as due soon for the step\'s unit by the step\'s own appointment, not for the competent agency', async () => {
    await setClock('2026-03-04T09:00:00'); // due soon = before the end of the next working day (Thu 5 Mar)
    expect(await queueCodes('canbo', 'due_soon')).toContain(d.code);
    expect(await queueCodes('canbo', 'overdue')).not.toContain(d.code);
    expect(await queueCodes('canboxa', 'due_soon')).not.toContain(d.code);
  });

  it('list it as overdue once the step is past its appointment, for that unit only', async () => {
    await setClock('2026-03-06T09:00:00');
    expect(await queueCodes('canbo', 'overdue')).toContain(d.code);
    expect(await queueCodes('canboxa', 'overdue')).not.toContain(d.code);
  });
});

describe('escalations in GET /api/v1/dossiers/alerts', () => {
  it('shows nothing before the deadlines', async () => {
    await setClock('2026-03-04T16:00:00');
    expect(escalationsOf(await alerts('lanhdao'), d.code)).toEqual([]);
  });

  it('shows the late consultation and the late agency step to the leader over the receiving unit: who is late, by how much, under which rule', async () => {
    await setClock('2026-03-06T09:00:00'); // consultation due Wed 17:00 (1 day + 90 min late), step due Thu 17:00 (90 working minutes late)
    const list = escalationsOf(await alerts('lanhdao'), d.code);
    expect(list.map((a) => [a.sla, a.state, a.dueAt, a.lateWorkingMinutes, a.escalation?.lateUnitName, a.escalation?.escalatedToUnitId, a.escalation?.recordedAt])).toEqual([
      ['consultation_overdue', 'breached', '2026-03-04T17:00:00+07:00', 8 * 60 + 90, 'Sở Nội vụ', communeId, null],
      ['agency_task_overdue', 'breached', '2026-03-05T17:00:00+07:00', 90, 'Sở Tư pháp', communeId, null],
    ]);
    expect(list[0]).toMatchObject({ unitId: homeAffairsId, limit: { unit: 'deadline', value: '2026-03-04T17:00:00+07:00' }, escalation: { subjectName: 'Cho ý kiến về nơi cư trú' },
      legalBasis: { vi: expect.stringContaining('Điều 19 khoản 5') } });
    expect(list[1]).toMatchObject({ unitId: d.tasks[0].unitId, limit: { unit: 'working_days', value: 3 }, escalation: { subjectName: 'Xác minh thông tin hộ tịch' },
      legalBasis: { en: expect.stringContaining('Decree 118/2025/ND-CP Art. 8(4)') } });
    expect(escalationsOf(await alerts('lanhdao', '?state=escalated'), d.code)).toHaveLength(2);
    expect(escalationsOf(await alerts('lanhdao', `?unit=${communeId}&state=breached`), d.code)).toHaveLength(2);
    expect(escalationsOf(await alerts('lanhdao', '?state=due_soon'), d.code)).toEqual([]);
    expect((await alerts('lanhdao', '?state=escalated')).every((a) => a.kind === 'escalation')).toBe(true);
  });

  it('does not show them to desk or unit officers (the late unit chases through its queue), nor to leaders of other units\' subtrees', async () => {
    for (const user of ['canboxa', 'canbo', 'motcua'] as const) expect(escalationsOf(await alerts(user), d.code)).toEqual([]);
    expect(escalationsOf(await alerts('sonoivu'), d.code)).toHaveLength(2); // the PAR standing agency oversees the province
    expect(escalationsOf(await alerts('admin', `?unit=${homeAffairsId}`), d.code)).toEqual([]); // received by the commune, not Home Affairs
  });

  it('records each escalation once as an event through the nightly job, without touching the dossier state', async () => {
    expect(JOBS.map((j) => j.name)).toContain('record-escalations');
    const before = (await inject('canboxa', 'GET', `/api/v1/dossiers/${d.id}`)).json();
    const job = JOBS.find((j) => j.name === 'record-escalations')!;
    const first = await runJob(t.ctx, job.name, () => job.run(t.ctx));
    expect(first).toEqual({ result: { dossiers: [d.code], escalations: 2 } });
    expect(await recordEscalations(t.ctx)).toEqual({ dossiers: [], escalations: 0 });

    const after = (await inject('canboxa', 'GET', `/api/v1/dossiers/${d.id}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('processing');
    const events = await rows<{ type: string; unit_id: string; payload: { kind: string; lateUnitId: string; escalatedToUnitId: string; lateWorkingMinutes: number } }>(t.ctx.db.orm,
      sql`select type, unit_id, payload from dossier_events where dossier_id = ${d.id} and type = 'escalated' order by seq`);
    expect(events.map((e) => [e.payload.kind, e.payload.lateUnitId, e.payload.escalatedToUnitId, e.unit_id, e.payload.lateWorkingMinutes])).toEqual([
      ['consultation_overdue', homeAffairsId, communeId, communeId, 8 * 60 + 90], ['agency_task_overdue', d.tasks[0].unitId, communeId, communeId, 90],
    ]);
    const audit = await rows<{ n: number }>(t.ctx.db.orm, sql`select count(*)::int as n from audit_log where action = 'dossier.escalated'`);
    expect(audit[0].n).toBe(1);

    await setClock('2026-03-09T09:00:00');
    const list = escalationsOf(await alerts('lanhdao'), d.code);
    expect(list.map((a) => [a.sla, a.escalation?.recordedAt])).toEqual([['consultation_overdue', '2026-03-06T09:00:00+07:00'], ['agency_task_overdue', '2026-03-06T09:00:00+07:00']]);
    expect(await recordEscalations(t.ctx)).toEqual({ dossiers: [], escalations: 0 });
  });

  it('drops an escalation once the agency answers or finishes its step', async () => {
    d = (await inject('canboxa', 'GET', `/api/v1/dossiers/${d.id}`)).json();
    d = (await act('canbo', d, 'task_completed', { payload: { taskId: d.tasks[0].id } })).json();
    expect(escalationsOf(await alerts('lanhdao'), d.code).map((a) => a.sla)).toEqual(['consultation_overdue']);
    d = (await act('canboxa', d, 'consultation_answered', { payload: { consultationId: d.consultations[0].id, answer: 'Đúng nơi cư trú' } })).json();
    expect(escalationsOf(await alerts('lanhdao'), d.code)).toEqual([]);
    expect(await queueCodes('canbo', 'overdue')).not.toContain(d.code);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../../store/repositories/audit.repository.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

// Tests run with TZ=UTC; the clock is written in Vietnam time (UTC+7).
let t: TestApp;
let clock = new Date('2026-03-02T09:00:00+07:00');
const cookies: Record<string, string> = {};
const users = ['canboxa', 'congdan', 'canbo', 'sonoivu'] as const;
let communeId: string;

/** Moves the test clock (sessions last 12 hours, so everyone signs in again). */
async function setClock(vietnamTime: string) {
  clock = new Date(`${vietnamTime}+07:00`);
  for (const u of users) cookies[u] = await t.login(u);
}

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  await setClock('2026-03-02T09:00:00');
  communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookies.canboxa } })).json().user.unitId;
});
afterAll(async () => { await t.close(); });

const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912 345 678', email: null, address: 'Hà Tĩnh' };
const components = [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }];
const get = (url: string, user: (typeof users)[number] = 'canboxa') => t.app.inject({ url, headers: { cookie: cookies[user] } });
const alerts = async (query = '', user: (typeof users)[number] = 'canboxa') =>
  (await get(`/api/v1/dossiers/alerts${query}`, user)).json().alerts as Array<{ code: string; sla: string; state: string; dueAt: string; dueSoon: boolean; lateWorkingMinutes: number; remainingWorkingMinutes: number; legalBasis: { vi: string } }>;
const of = (list: Awaited<ReturnType<typeof alerts>>, code: string) => list.filter((a) => a.code === code).map((a) => `${a.sla}:${a.state}:${a.dueAt}`);

describe('GET /api/v1/dossiers/alerts', () => {
  let online: { id: string; code: string; version: number };
  let counter: { id: string; code: string; version: number };

  beforeAll(async () => {
    await setClock('2026-03-02T09:00:00');
    online = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: cookies.congdan },
      payload: { procedureCode: '1.001193', channel: 'online', receivingUnitId: communeId, applicant, components, decision: 'submit' } })).json();
    await setClock('2026-03-02T15:30:00');
    counter = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: cookies.canboxa },
      payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant, components, decision: 'receive' } })).json();
  });

  it('lists the online dossier due soon (8 working hours: Tue 3 Mar 09:00), not yet the counter dossier received after 15:00', async () => {
    await setClock('2026-03-03T08:00:00');
    const open = await alerts();
    expect(of(open, online.code)).toEqual(['online_check:pending:2026-03-03T09:00:00+07:00']);
    expect(open.find((a) => a.code === online.code)).toMatchObject({ dueSoon: true, remainingWorkingMinutes: 60 });
    expect(of(open, counter.code)).toEqual([]);
    expect(of(await alerts('?state=pending'), counter.code)).toEqual(['counter_forwarding:pending:2026-03-03T11:30:00+07:00']);
  });

  it('turns the unchecked online dossier into an open breach, and the counter dossier due soon before the next morning ends', async () => {
    await setClock('2026-03-03T10:00:00');
    const open = await alerts();
    expect(open.find((a) => a.code === online.code)).toMatchObject({ sla: 'online_check', state: 'breached', lateWorkingMinutes: 60, legalBasis: { vi: expect.stringContaining('Nghị định 118/2025/NĐ-CP') } });
    expect(of(open, counter.code)).toEqual(['counter_forwarding:pending:2026-03-03T11:30:00+07:00']);
    expect(of(await alerts('?state=breached'), counter.code)).toEqual([]);
    expect(of(await alerts(`?unit=${communeId}`, 'sonoivu'), online.code)).toEqual(['online_check:breached:2026-03-03T09:00:00+07:00']);
  });

  it('shows the alerts on the dossier page, including the appraisal-return window', async () => {
    const details = (await get(`/api/v1/dossiers/${counter.id}`)).json();
    expect(details.reactionAlerts.map((a: { sla: string; state: string; kind: string }) => `${a.sla}:${a.state}:${a.kind}`))
      .toEqual(['counter_forwarding:pending:duty', 'appraisal_return:pending:window']);
    expect((await get(`/api/v1/dossiers/${online.id}`)).json().reactionAlerts[0]).toMatchObject({ sla: 'online_check', state: 'breached', open: true, closedBy: null });
  });

  it('drops an alert from the list once the reaction happens (late receipt stays on the dossier as a closed breach)', async () => {
    const received = (await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${online.id}/actions`, headers: { cookie: cookies.canboxa }, payload: { type: 'received', version: online.version } })).json();
    expect(received.reactionAlerts[0]).toMatchObject({ sla: 'online_check', state: 'breached', open: false, closedBy: 'received', lateWorkingMinutes: 60 });
    await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${counter.id}/actions`, headers: { cookie: cookies.canboxa }, payload: { type: 'forwarded', version: counter.version } });
    const open = await alerts('?state=pending');
    expect(of(open, online.code)).toEqual([]);
    expect(of(open, counter.code)).toEqual([]);
  });

  it('keeps to the officer\'s scope: another department sees none of them and may not ask for the commune', async () => {
    await setClock('2026-03-03T10:00:00');
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: cookies.congdan },
      payload: { procedureCode: '1.001193', channel: 'online', receivingUnitId: communeId, applicant, components, decision: 'submit' } })).json();
    await setClock('2026-03-04T16:00:00');
    expect(of(await alerts(), other.code)).toEqual(['online_check:breached:2026-03-04T10:00:00+07:00']);
    expect(of(await alerts('', 'canbo'), other.code)).toEqual([]);
    expect((await get(`/api/v1/dossiers/alerts?unit=${communeId}`, 'canbo')).statusCode).toBe(403);
  });

  it('answers bad input with 400 naming the field', async () => {
    expect((await get('/api/v1/dossiers/alerts?unit=nope')).json()).toMatchObject({ details: { field: 'querystring.unit' } });
    expect((await get('/api/v1/dossiers/alerts?state=late')).json()).toMatchObject({ details: { field: 'querystring.state' } });
    expect((await get('/api/v1/dossiers/alerts?unit=00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'unit' } });
    expect((await t.app.inject({ url: '/api/v1/dossiers/alerts' })).statusCode).toBe(401);
  });
});

describe('reaction SLAs in the dossier settings', () => {
  const put = (payload: object, user: (typeof users)[number] = 'sonoivu') =>
    t.app.inject({ method: 'PUT', url: '/api/v1/dossiers/settings', headers: { cookie: cookies[user] }, payload });

  it('stores effective-dated overrides (audited), keeps them when an older client sends only the waiting period, and moves the due instants', async () => {
    await setClock('2026-03-05T09:00:00');
    const d = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: cookies.congdan },
      payload: { procedureCode: '1.001193', channel: 'online', receivingUnitId: communeId, applicant, components, decision: 'submit' } })).json();
    expect(d.reactionAlerts[0]).toMatchObject({ sla: 'online_check', dueAt: '2026-03-06T09:00:00+07:00' });
    const reactionSlas = [{ effectiveFrom: '2026-03-01', limits: { online_check: { workingHours: 16 } }, note: 'Quyết định của UBND tỉnh' }];
    expect((await put({ supplementWaitWorkingDays: 15, reactionSlas })).json()).toEqual({ supplementWaitWorkingDays: 15, reactionSlas });
    expect((await put({ supplementWaitWorkingDays: 12 })).json()).toEqual({ supplementWaitWorkingDays: 12, reactionSlas });
    expect((await get('/api/v1/dossiers/settings')).json()).toEqual({ supplementWaitWorkingDays: 12, reactionSlas });
    expect((await get(`/api/v1/dossiers/${d.id}`)).json().reactionAlerts[0]).toMatchObject({ sla: 'online_check', dueAt: '2026-03-09T09:00:00+07:00', limit: { unit: 'working_hours', value: 16 } });
    const audit = await auditRepository(t.ctx.db.orm).search({ action: 'dossier.settings_updated', limit: 10, offset: 0 });
    expect(audit.entries.map((e) => (e.after as { reactionSlas: unknown[] }).reactionSlas.length)).toEqual([1, 1]);
  });

  it('refuses bad figures with 400 naming the field, and other roles with 403', async () => {
    const bad = async (reactionSlas: unknown) => (await put({ supplementWaitWorkingDays: 15, reactionSlas })).json();
    expect(await bad([{ effectiveFrom: '2026-03-01', limits: { online_check: { workingHours: 0 } } }])).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'reactionSlas.0.limits.online_check.workingHours' } });
    expect(await bad([{ effectiveFrom: '2026-03-01', limits: { counter_forwarding: { cutoff: '3pm' } } }])).toMatchObject({ details: { field: 'reactionSlas.0.limits.counter_forwarding.cutoff' } });
    expect(await bad([{ effectiveFrom: '2026-13-01', limits: {} }])).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'body.reactionSlas.0.effectiveFrom' } });
    expect(await bad([{ effectiveFrom: '2026-03-01', limits: { unknown_sla: {} } }])).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await put({ supplementWaitWorkingDays: 15, reactionSlas: [] }, 'canboxa')).statusCode).toBe(403);
  });
});

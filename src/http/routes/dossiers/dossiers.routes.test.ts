import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
let desk: string;
let leader: string;
let communeId: string;
let clock = new Date('2026-03-02T03:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  desk = await t.login('canboxa');
  leader = await t.login('lanhdao');
  communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: desk } })).json().user.unitId;
});
afterAll(async () => { await t.close(); });

/** Moves the test clock (sessions last 12 hours, so the officers sign in again). */
async function setClock(iso: string) {
  clock = new Date(iso);
  desk = await t.login('canboxa');
  leader = await t.login('lanhdao');
}

const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912 345 678', email: null, address: 'Hà Tĩnh' };
const intake = (over: object = {}) => t.app.inject({
  method: 'POST', url: '/api/v1/dossiers', headers: { cookie: desk },
  payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant, components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }], decision: 'receive', ...over },
});
const act = (id: string, version: number, type: string, body: object = {}, cookie = desk) =>
  t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/actions`, headers: { cookie }, payload: { type, version, ...body } });

describe('intake at the counter', () => {
  it('receives a complete dossier with a code from the agency\'s daily sequence and an appointment from the calendar', async () => {
    const first = await intake();
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body.code).toMatch(/^1000\d-260302-0001$/);
    expect(body).toMatchObject({ status: 'received', statusCode: 2, dueAt: '2026-03-09T17:00:00+07:00', allowedActions: expect.arrayContaining(['forwarded']) });
    expect(body.stepTimings.map((s: { code: string; allottedMinutes: number }) => `${s.code}:${s.allottedMinutes}`)).toEqual(['TN:480', 'XL:1440', 'KY:480']);
    expect((await intake()).json().code).toMatch(/-260302-0002$/);
  });

  it('refuses a wrong citizen ID, an unknown procedure and a missing required component, writing nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/dossiers?tab=all&pageSize=200', headers: { cookie: desk } })).json().total;
    expect((await intake({ applicant: { ...applicant, idNumber: '12345' } })).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'applicant.idNumber' } });
    expect((await intake({ procedureCode: '9.999999' })).statusCode).toBe(404);
    const missing = await intake({ components: [{ code: 'TK', status: 'submitted' }] });
    expect(missing.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'components', missing: ['GCS'] } });
    expect((await t.app.inject({ url: '/api/v1/dossiers?tab=all&pageSize=200', headers: { cookie: desk } })).json().total).toBe(before);
  });
});

describe('processing', () => {
  it('runs a supplement, restarts the time limit, and refuses a second supplement', async () => {
    let d = (await intake()).json();
    d = (await act(d.id, d.version, 'forwarded')).json();
    expect(d.status).toBe('processing');
    d = (await act(d.id, d.version, 'supplement_requested', { reason: 'Giấy chứng sinh mờ', payload: { missing: ['Giấy chứng sinh bản rõ nét'] } })).json();
    expect(d.status).toBe('waiting_supplement');
    await setClock('2026-03-04T02:00:00Z');
    d = (await act(d.id, d.version, 'supplement_completed')).json();
    expect(d).toMatchObject({ status: 'processing', dueAt: '2026-03-11T17:00:00+07:00', originalDueAt: '2026-03-09T17:00:00+07:00' });
    const second = await act(d.id, d.version, 'supplement_requested', { reason: 'Thiếu nữa', payload: { missing: ['x'] } });
    expect(second.statusCode).toBe(409);
    expect(second.json().details.rule).toBe('supplement_once');
    await setClock('2026-03-02T03:00:00Z');
  });

  it('lets one of two officers acting on the same version win; the other gets 409', async () => {
    const d = (await intake()).json();
    const [a, b] = await Promise.all([act(d.id, d.version, 'forwarded'), act(d.id, d.version, 'forwarded')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('answers an illegal transition with 422 naming the status and the allowed actions', async () => {
    const d = (await intake()).json();
    const response = await act(d.id, d.version, 'delivered');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'INVALID_TRANSITION', details: { status: 'received' } });
    expect(response.json().details.allowedActions).toContain('forwarded');
  });

  it('re-dates a late dossier once with an apology approved by a leader, keeping the original appointment', async () => {
    let d = (await intake()).json();
    d = (await act(d.id, d.version, 'forwarded')).json();
    await setClock('2026-03-09T02:00:00Z');
    d = (await act(d.id, d.version, 'extension_requested', { reason: 'Cần xác minh tại nơi cư trú', payload: { newDueAt: '2026-03-13T17:00:00+07:00' } })).json();
    expect(d.pendingApology).toBe(true);
    expect((await act(d.id, d.version, 'extension_approved')).statusCode).toBe(403);
    d = (await act(d.id, d.version, 'extension_approved', {}, leader)).json();
    expect(d).toMatchObject({ dueAt: '2026-03-09T17:00:00+07:00', extendedDueAt: '2026-03-13T17:00:00+07:00', pendingApology: false });
    const again = await act(d.id, d.version, 'extension_requested', { reason: 'Lần hai', payload: { newDueAt: '2026-03-20T17:00:00+07:00' } });
    expect(again.json().details.rule).toBe('extension_once');
    await setClock('2026-03-02T03:00:00Z');
  });
});

describe('the citizen', () => {
  it('looks a dossier up with the last 4 digits, sees the timeline in plain words, and rates it once after delivery', async () => {
    let d = (await intake()).json();
    d = (await act(d.id, d.version, 'forwarded')).json();
    d = (await act(d.id, d.version, 'resolved', { payload: { note: 'Đã cấp Giấy khai sinh' } })).json();
    expect((await act(d.id, d.version, 'withdrawn', { reason: 'Không cần nữa' })).statusCode).toBe(422);
    d = (await act(d.id, d.version, 'delivered')).json();
    expect((await t.app.inject({ url: `/api/v1/public/dossiers/${d.code}?last4=0000` })).statusCode).toBe(404);
    const lookup = await t.app.inject({ url: `/api/v1/public/dossiers/${d.code}?last4=5678` });
    expect(lookup.statusCode).toBe(200);
    const body = lookup.json();
    expect(body).toMatchObject({ status: 'delivered', statusText: 'Đã trả kết quả', canRate: true });
    expect(body.timeline.map((e: { text: string }) => e.text)).toContain('Đã có kết quả giải quyết');
    expect(JSON.stringify(body)).not.toContain('042090001234');
    const rate = (last4: string) => t.app.inject({ method: 'POST', url: `/api/v1/public/dossiers/${d.code}/rating`, payload: { last4, overall: 'satisfied', criteria: { time: 'satisfied', attitude: 'satisfied' }, comment: 'Nhanh' } });
    expect((await rate('1234')).statusCode).toBe(204);
    expect((await rate('1234')).statusCode).toBe(409);
  });

  it('rate-limits look-ups so codes cannot be enumerated', async () => {
    const limited = await createTestApp({ lookupRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.app.inject({ url: `/api/v1/public/dossiers/X-260302-000${i}?last4=1234` })).statusCode);
      expect(codes).toEqual([404, 404, 404, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('forms and files', () => {
  it('prints Form 01 with the dossier code, and refuses Form 04 before any apology', async () => {
    const d = (await intake()).json();
    const form = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/forms/01`, headers: { cookie: desk } });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    expect(form.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.app.inject({ url: `/api/v1/dossiers/${d.id}/forms/04`, headers: { cookie: desk } })).statusCode).toBe(422);
  });

  it('prints the register of a unit (Form 07)', async () => {
    const response = await t.app.inject({ url: `/api/v1/dossiers/register?unit=${communeId}&from=2026-03-01&to=2026-03-31`, headers: { cookie: desk } });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('stores a scanned component by checksum, marks it digitised, and refuses a file whose bytes lie about its type', async () => {
    const d = (await intake({ components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }] })).json();
    const pdf = Buffer.from('%PDF-1.4\n% scanned birth certificate\n%%EOF\n');
    const upload = (fileName: string, body: Buffer, type = 'application/pdf') => t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${d.id}/documents?fileName=${fileName}&componentCode=GCS`, headers: { cookie: desk, 'content-type': type }, payload: body });
    const stored = await upload('giay-chung-sinh.pdf', pdf);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ componentCode: 'GCS', sizeBytes: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const details = (await t.app.inject({ url: `/api/v1/dossiers/${d.id}`, headers: { cookie: desk } })).json();
    expect(details.components.find((c: { code: string }) => c.code === 'GCS').status).toBe('digitised');
    const download = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/documents/${stored.json().id}`, headers: { cookie: desk } });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await upload('gia.pdf', Buffer.from('not a pdf at all'))).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'file' } });
    expect((await upload('virus.exe', Buffer.from('MZ'), 'application/octet-stream')).json().details.field).toBe('fileName');
  });
});

describe('online, by a signed-in citizen', () => {
  it('submits online, is received at the desk, completes the requested supplement online (the time limit restarts), and only on their own dossier', async () => {
    const citizen = await t.login('congdan');
    const submitted = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: citizen },
      payload: { procedureCode: '1.001193', channel: 'online', receivingUnitId: communeId, applicant, components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }], decision: 'submit' } });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'submitted', channel: 'online', dueAt: null });
    let d = (await act(submitted.json().id, submitted.json().version, 'received')).json();
    expect(d.dueAt).toBe('2026-03-09T17:00:00+07:00');
    d = (await act(d.id, d.version, 'forwarded')).json();
    d = (await act(d.id, d.version, 'supplement_requested', { reason: 'Ảnh giấy chứng sinh mờ', payload: { missing: ['Giấy chứng sinh'] } })).json();
    const mine = (await t.app.inject({ url: '/api/v1/my/dossiers', headers: { cookie: citizen } })).json().dossiers;
    expect(mine.map((x: { code: string }) => x.code)).toContain(d.code);
    await setClock('2026-03-05T02:00:00Z');
    const citizenAgain = await t.login('congdan');
    const completed = await t.app.inject({ method: 'POST', url: `/api/v1/my/dossiers/${d.id}/actions`, headers: { cookie: citizenAgain }, payload: { type: 'supplement_completed', version: d.version } });
    expect(completed.statusCode).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'processing', expectedAt: '2026-03-12T17:00:00+07:00' });
    const other = (await intake()).json();
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/my/dossiers/${other.id}/actions`, headers: { cookie: citizenAgain }, payload: { type: 'withdrawn', version: other.version, reason: 'x' } });
    expect(foreign.statusCode).toBe(404);
    await setClock('2026-03-02T03:00:00Z');
  });
});

describe('the work queue', () => {
  it('lists a dossier under "due soon" from the working day before its appointment, and under "overdue" after it', async () => {
    const d = (await intake()).json();
    const tab = async (name: string) => (await t.app.inject({ url: `/api/v1/dossiers?tab=${name}&pageSize=200`, headers: { cookie: desk } })).json().dossiers.map((x: { code: string; procedureName: string }) => x.code);
    expect(await tab('due_soon')).not.toContain(d.code);
    await setClock('2026-03-06T02:00:00Z'); // Friday; the appointment is Monday 9 March 17:00, the next working day
    expect(await tab('due_soon')).toContain(d.code);
    await setClock('2026-03-10T02:00:00Z');
    expect(await tab('overdue')).toContain(d.code);
    expect((await t.app.inject({ url: '/api/v1/dossiers?tab=overdue', headers: { cookie: desk } })).json().dossiers[0].procedureName).toBe('Đăng ký khai sinh');
    await setClock('2026-03-02T03:00:00Z');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => { await t.close(); });

const vn = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;
const line = (over: object) => JSON.stringify({
  code: '10001-260105-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'in_person',
  receivedAt: vn('2026-01-05'), dueAt: vn('2026-01-12', '17:00'), events: [], ...over,
});
const good = [
  line({ code: '10001-260202-0001', receivedAt: vn('2026-02-02'), dueAt: vn('2026-02-09', '17:00'), events: [
    { type: 'assigned', at: vn('2026-02-02', '10:00') }, { type: 'resolved', at: vn('2026-02-05', '15:00') }, { type: 'delivered', at: vn('2026-02-06', '08:00') }] }),
  line({ code: '10004-260105-0001', receivingUnitCode: '10004', competentUnitCode: '10004', channel: 'online', events: [
    { type: 'supplement_requested', at: vn('2026-01-06'), reason: 'Thiếu giấy chứng sinh' }, { type: 'supplement_completed', at: vn('2026-01-08') }] }),
  line({ code: 'T1.HCC-260224-0001', procedureCode: '2.000635', receivingUnitCode: 'T1.HCC', competentUnitCode: 'T1.STP', receivedAt: vn('2026-02-24', '08:00'), dueAt: vn('2026-02-27', '17:00'), events: [
    { type: 'payment_requested', at: vn('2026-02-24') }, { type: 'paid', at: vn('2026-02-25') },
    { type: 'extended', at: vn('2026-02-26', '10:00'), dueAt: vn('2026-03-05', '17:00'), reason: 'Chờ xác minh' }] }),
  line({ code: '10006-260210-0001', receivingUnitCode: '10006', competentUnitCode: '10006', receivedAt: vn('2026-02-10'), dueAt: vn('2026-02-24', '17:00'), events: [
    { type: 'withdrawn', at: vn('2026-02-11'), reason: 'Công dân rút hồ sơ' }] }),
  line({ code: '10001-260203-0002', receivedAt: vn('2026-02-03'), dueAt: vn('2026-02-10', '17:00'), events: [{ type: 'stopped', at: vn('2026-02-04'), reason: 'Không đủ điều kiện' }] }),
];
const bad = [
  '{"code": "10001-260203-0009", "procedureCode": ',
  line({ code: '99999-260203-0001', receivingUnitCode: '99999' }),
  line({ code: '10001-260203-0003', events: [{ type: 'resolved', at: vn('2026-01-07') }, { type: 'assigned', at: vn('2026-01-06') }] }),
];
// Lines 1–8: good, bad JSON, good, unknown unit, good, good, out of order, good.
const file = [good[0], bad[0], good[1], bad[1], good[2], good[3], bad[2], good[4]].join('\n') + '\n';

async function importFile(body: string, cookie = admin, type = 'application/x-ndjson') {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { cookie, 'content-type': type }, payload: body });
  return { response, lines: response.body.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}
const get = async (app: TestApp, cookie: string, code: string) => (await app.app.inject({ url: `/api/v1/dossiers/${code}`, headers: { cookie } })).json();

describe('POST /api/v1/dossiers/import', () => {
  it('stores the good lines with their statuses and appointments and reports the bad ones by line number', async () => {
    const { response, lines } = await importFile(file);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const { done } = lines.at(-1);
    expect(done).toMatchObject({ lines: 8, imported: 5, skipped: 0, failed: 3 });
    expect(done.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([[2, 'line'], [4, 'receivingUnitCode'], [7, 'events[1].at']]);
    expect(done.errors[1]).toMatchObject({ code: '99999-260203-0001', messageVi: expect.stringContaining('99999') });
    expect(await get(t, admin, '10001-260202-0001')).toMatchObject({ status: 'delivered', outcome: 'approved', dueAt: '2026-02-09T17:00:00+07:00', endedAt: '2026-02-05T15:00:00+07:00' });
    const supplemented = await get(t, admin, '10004-260105-0001');
    // Restart after the supplement (Decree 61/2018 Art. 19(4)): 5 working days from 8 Jan → 15 Jan 17:00.
    expect(supplemented).toMatchObject({ status: 'processing', channel: 'online', supplementCount: 1, dueAt: '2026-01-15T17:00:00+07:00', originalDueAt: '2026-01-12T17:00:00+07:00', overdue: true });
    // Payment pauses the clock (8 working hours waited), then the apology re-dates it once.
    expect(await get(t, admin, 'T1.HCC-260224-0001')).toMatchObject({ status: 'processing', dueAt: '2026-03-02T17:00:00+07:00', extendedDueAt: '2026-03-05T17:00:00+07:00' });
    expect((await get(t, admin, '10006-260210-0001')).status).toBe('withdrawn');
    const stopped = await get(t, admin, '10001-260203-0002');
    expect(stopped).toMatchObject({ status: 'stopped', endedAt: '2026-02-04T09:00:00+07:00', applicant: { name: '(dữ liệu chuyển đổi)' } });
    expect(stopped.events.map((e: { type: string }) => e.type)).toEqual(['received', 'stopped']);
  });

  it('skips every code already stored when the same file comes again, and reports repeats inside a file', async () => {
    const { lines } = await importFile(file, admin, 'text/plain');
    expect(lines.at(-1).done).toMatchObject({ lines: 8, imported: 0, skipped: 5, failed: 3 });
    const twice = [line({ code: '10001-260106-0001' }), line({ code: '10001-260106-0001', channel: 'online' })].join('\r\n');
    const { done } = (await importFile(twice)).lines.at(-1);
    expect(done).toMatchObject({ imported: 1, failed: 1, errors: [{ line: 2, code: '10001-260106-0001', field: 'code' }] });
  });

  it('retries a batch the database refuses line by line, keeping the good lines', async () => {
    const nul = line({ code: '10001-260107-0002', events: [{ type: 'withdrawn', at: vn('2026-01-08'), reason: 'rút\u0000' }] });
    const body = [line({ code: '10001-260107-0001' }), nul, line({ code: '10001-260107-0003' })].join('\n');
    const { done } = (await importFile(body)).lines.at(-1);
    expect(done).toMatchObject({ imported: 2, failed: 1, errors: [{ line: 2, code: '10001-260107-0002', field: null, message: expect.stringMatching(/^The database refused this line: /) }] });
    expect(done.errors[0].message.length).toBeLessThan(300);
    expect((await t.app.inject({ url: '/api/v1/dossiers/10001-260107-0003', headers: { cookie: admin } })).statusCode).toBe(200);
  });

  it('streams progress lines before the final report', async () => {
    const many = Array.from({ length: 10_050 }, (_, i) => line({ code: `10006-260105-${String(i + 1).padStart(5, '0')}`, receivingUnitCode: '10006', competentUnitCode: '10006' })).join('\n');
    const { lines } = await importFile(many);
    expect(lines[0]).toEqual({ progress: expect.objectContaining({ lines: expect.any(Number) }) });
    expect(lines.at(-1).done).toMatchObject({ lines: 10_050, imported: 10_050, failed: 0 });
  });

  it('answers an empty body with an empty report, and a JSON body with 400', async () => {
    expect((await importFile('')).lines.at(-1).done).toMatchObject({ lines: 0, imported: 0, failed: 0 });
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { cookie: admin }, payload: [JSON.parse(good[0])] });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'content-type' } });
  });

  it('is refused to officers (403) and to anonymous callers (401)', async () => {
    for (const user of ['canboxa', 'lanhdao', 'canbo']) expect((await importFile(file, await t.login(user))).response.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: file })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/dossiers/export', headers: { cookie: await t.login('canboxa') } })).statusCode).toBe(403);
  });
});

describe('GET /api/v1/dossiers/export', () => {
  it('exports in the import format; a fresh installation importing it holds the same dossiers in the same states', async () => {
    const desk = await t.login('canboxa');
    const communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: desk } })).json().user.unitId;
    const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' };
    const components = [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }];
    let live = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: desk }, payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant, components, decision: 'receive' } })).json();
    for (const [type, body] of [['forwarded', {}], ['supplement_requested', { reason: 'Thiếu', payload: { missing: ['Bản sao'] } }], ['supplement_completed', {}]] as const) {
      live = (await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${live.id}/actions`, headers: { cookie: desk }, payload: { type, version: live.version, ...body } })).json();
    }
    const exported = await t.app.inject({ url: '/api/v1/dossiers/export?from=2025-07-01&to=2026-03-02', headers: { cookie: admin } });
    expect(exported.statusCode).toBe(200);
    const rows = exported.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5 + 1 + 2 + 10_050 + 1);
    expect(rows.find((r) => r.code === 'T1.HCC-260224-0001').events.map((e: { type: string }) => e.type)).toEqual(['payment_requested', 'paid', 'extended']);
    const fresh = await createTestApp();
    try {
      const freshAdmin = await fresh.login('admin');
      const imported = await fresh.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { cookie: freshAdmin, 'content-type': 'application/x-ndjson' }, payload: exported.body });
      expect(JSON.parse(imported.body.trim().split('\n').at(-1)!).done).toMatchObject({ imported: rows.length, failed: 0 });
      const keys = ['status', 'outcome', 'channel', 'receivedAt', 'dueAt', 'originalDueAt', 'extendedDueAt', 'endedAt', 'deliveredAt', 'supplementCount'] as const;
      const pick = (d: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, d[k]]));
      for (const code of ['10001-260202-0001', '10004-260105-0001', 'T1.HCC-260224-0001', '10006-260210-0001', '10001-260203-0002', live.code]) {
        expect(pick(await get(fresh, freshAdmin, code)), code).toEqual(pick(await get(t, admin, code)));
      }
      // The imported codes advance the desk's daily sequence: the next intake there gets the next number.
      const freshDesk = await fresh.login('canboxa');
      const freshCommuneId = (await fresh.app.inject({ url: '/api/v1/auth/me', headers: { cookie: freshDesk } })).json().user.unitId;
      const next = await fresh.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: freshDesk }, payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: freshCommuneId, applicant, components, decision: 'receive' } });
      expect(next.json().code).toBe(live.code.replace(/-0001$/, '-0002'));
    } finally {
      await fresh.close();
    }
  });

  it('filters by unit (with its history) and receipt dates, and refuses an unknown unit', async () => {
    const body = (await t.app.inject({ url: '/api/v1/dossiers/export?unit=T1.STP&from=2026-02-01', headers: { cookie: admin } })).body;
    expect(body.trim().split('\n').map((l) => JSON.parse(l).code)).toEqual(['T1.HCC-260224-0001']);
    expect((await t.app.inject({ url: '/api/v1/dossiers/export?unit=10004&to=2026-01-04', headers: { cookie: admin } })).body).toBe('');
    expect((await t.app.inject({ url: '/api/v1/dossiers/export?unit=NOPE', headers: { cookie: admin } })).statusCode).toBe(404);
  });
});

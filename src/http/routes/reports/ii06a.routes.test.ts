import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeOpenSnapshots } from '../../../app/statistics/take-open-snapshots.js';
import { verifyRollups } from '../../../app/statistics/verify-rollups.js';
import { sql } from '../../../store/db.js';
import { II06A_FIGURES } from '../../../domain/statistics/ii06a-row.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

// Report II.06a from the rollups kept by imports and live transitions, checked against hand-counted figures, the
// cell drill-down and the recount (verify-rollups).
let t: TestApp;
let admin: string;
let desk: string;
let communeId: string;
let clock = new Date('2026-03-16T02:00:00Z'); // Mon 16 Mar 2026, 09:00 in Vietnam
beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  admin = await t.login('admin');
  desk = await t.login('canboxa');
  communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: desk } })).json().user.unitId;
  const body = [
    // Carried over into March: received in February, finished 2 Mar, early (due 9 Mar).
    line({ code: '10001-260226-0001', receivedAt: vn('2026-02-26'), dueAt: vn('2026-03-09', '17:00'), events: [{ type: 'resolved', at: vn('2026-03-02') }] }),
    // Finished in February: not in the March report at all.
    line({ code: '10001-260202-0001', receivedAt: vn('2026-02-02'), dueAt: vn('2026-02-09', '17:00'), events: [{ type: 'resolved', at: vn('2026-02-05') }] }),
    // Online, late with an approved apology (the extension does not move the due date).
    line({ code: '10001-260302-0001', channel: 'online', receivedAt: vn('2026-03-02'), dueAt: vn('2026-03-06', '17:00'), events: [
      { type: 'extended', at: vn('2026-03-05'), dueAt: vn('2026-03-11', '17:00'), reason: 'Chờ xác minh' }, { type: 'resolved', at: vn('2026-03-10') }] }),
    // Late without apology, refused after appraisal.
    line({ code: '10001-260302-0002', receivedAt: vn('2026-03-02'), dueAt: vn('2026-03-06', '17:00'), events: [{ type: 'refused', at: vn('2026-03-09'), reason: 'Không đủ điều kiện' }] }),
    // Withdrawn after receipt: resolved on time.
    line({ code: '10001-260303-0001', receivedAt: vn('2026-03-03'), dueAt: vn('2026-03-10', '17:00'), events: [{ type: 'withdrawn', at: vn('2026-03-12') }] }),
    // Resolved on its due date: on time.
    line({ code: '10001-260303-0002', channel: 'postal', receivedAt: vn('2026-03-03'), dueAt: vn('2026-03-10', '17:00'), events: [{ type: 'resolved', at: vn('2026-03-10', '16:00') }] }),
    // Open and overdue at the end of the period (due 10 Mar < 15 Mar).
    line({ code: '10001-260303-0003', receivedAt: vn('2026-03-03'), dueAt: vn('2026-03-10', '17:00'), events: [] }),
    // Waiting for a supplement since before its due date: within the deadline.
    line({ code: '10001-260304-0001', receivedAt: vn('2026-03-04'), dueAt: vn('2026-03-11', '17:00'), events: [{ type: 'supplement_requested', at: vn('2026-03-05') }] }),
    // Another commune: counts only in the province roll-up.
    line({ code: '10004-260304-0001', receivingUnitCode: '10004', competentUnitCode: '10004', receivedAt: vn('2026-03-04'), dueAt: vn('2026-03-11', '17:00'), events: [] }),
  ].join('\n');
  const done = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { cookie: admin, 'content-type': 'application/x-ndjson' }, payload: body })).body;
  expect(done).toContain('"imported":9');
});
afterAll(async () => { await t.close(); });

const vn = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;
const line = (over: object) => JSON.stringify({ procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'in_person', events: [], ...over });
const report = (query: string, cookie = admin) => t.app.inject({ url: `/api/v1/reports/ii06a?${query}`, headers: { cookie } });
const cell = (query: string) => t.app.inject({ url: `/api/v1/reports/ii06a/cell?${query}`, headers: { cookie: admin } });

describe('GET /api/v1/reports/ii06a', () => {
  it('counts a commune\'s March 1–15 by the rules: carried over, channels, early / on time / late, withdrawn, open within / overdue', async () => {
    const r = await report('unit=10001&from=2026-03-01&to=2026-03-15');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.rows).toHaveLength(1);
    expect(body.total).toEqual({
      received: 7, receivedOnline: 1, receivedInPersonOrPostal: 5, carriedOver: 1,
      resolved: 5, resolvedEarly: 1, resolvedOnTime: 2, resolvedLate: 2,
      inProgress: 2, inProgressWithinDeadline: 1, inProgressOverdue: 1,
      withdrawn: 1, refused: 1, lateWithApology: 1, lateWithoutApology: 1,
    });
    expect(Object.keys(body.rows[0])).toEqual(['fieldCode', 'fieldName', ...II06A_FIGURES]);
  });

  it('rolls communes up into the province, and a period in February differs', async () => {
    const province = (await report('unit=T1&from=2026-03-01&to=2026-03-15')).json();
    expect(province.total.received).toBe(8);
    expect(province.total.inProgressOverdue).toBe(2);
    const february = (await report('unit=10001&from=2026-02-01&to=2026-02-28')).json();
    expect(february.total).toMatchObject({ received: 2, resolved: 1, resolvedEarly: 1, inProgress: 1, inProgressWithinDeadline: 1, carriedOver: 0 });
  });

  it('follows live transitions in the same transaction: a dossier received and resolved today is counted at once', async () => {
    const before = (await report('unit=10001&from=2026-03-16&to=2026-03-16')).json().total;
    const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678', email: null, address: 'Hà Tĩnh' };
    let d = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { cookie: desk }, payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant,
      components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }], decision: 'receive' } })).json();
    const after = (await report('unit=10001&from=2026-03-16&to=2026-03-16')).json().total;
    expect(after.receivedInPersonOrPostal).toBe(before.receivedInPersonOrPostal + 1);
    expect(after.inProgressWithinDeadline).toBe(before.inProgressWithinDeadline + 1);
    d = (await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${d.id}/actions`, headers: { cookie: desk }, payload: { type: 'forwarded', version: d.version } })).json();
    expect(d.status).toBe('processing');
    expect(await verifyRollups(t.ctx)).toMatchObject({ mismatches: [] });
  });

  it('verify-rollups finds a counter that drifted from the event log', async () => {
    await t.ctx.db.orm.execute(sql`update stat_daily set resolved_late = resolved_late + 1 where day = (select max(day) from stat_daily)`);
    const { mismatches } = await verifyRollups(t.ctx);
    await t.ctx.db.orm.execute(sql`update stat_daily set resolved_late = resolved_late - 1 where day = (select max(day) from stat_daily)`);
    expect(mismatches.some((m) => m.startsWith('stat_daily') && m.includes('resolvedLate'))).toBe(true);
    expect(mismatches.some((m) => m.includes('II.06a') && m.includes('resolvedLate'))).toBe(true);
    expect((await verifyRollups(t.ctx)).mismatches).toEqual([]);
  });

  it('the nightly job materialises every past day\'s open counts, equal to the recount, and the report reads them', async () => {
    const before = (await report('unit=T1&from=2026-02-10&to=2026-03-05')).json();
    expect(await takeOpenSnapshots(t.ctx)).toMatchObject({ days: expect.any(Number) });
    expect(await takeOpenSnapshots(t.ctx)).toEqual({ days: 0 });
    const report2 = await verifyRollups(t.ctx);
    expect(report2.snapshotDays).toBeGreaterThan(20);
    expect(report2.mismatches).toEqual([]);
    expect((await report('unit=T1&from=2026-02-10&to=2026-03-05')).json().total).toEqual(before.total);
  });

  it('refuses bad input with the field named', async () => {
    const cases: Array<[string, string]> = [
      ['unit=NOPE&from=2026-03-01&to=2026-03-15', 'unit'],
      ['unit=10001&from=2026-03-16&to=2026-03-15', 'from'],
      ['unit=10001&from=2020-01-01&to=2026-03-15', 'to'],
      ['unit=10001&from=2026-02-30&to=2026-03-15', 'from'],
      ['unit=10001&from=01/03/2026&to=2026-03-15', 'from'],
    ];
    for (const [query, field] of cases) {
      const r = await report(query);
      expect(r.statusCode, query).toBe(400);
      expect(r.json().details.field, query).toBe(field);
      expect(r.json().messageVi).toBeTruthy();
    }
  });

  it('keeps an officer inside their organisation scope', async () => {
    expect((await report('unit=10004&from=2026-03-01&to=2026-03-15', desk)).statusCode).toBe(403);
    expect((await report('unit=10001&from=2026-03-01&to=2026-03-15', desk)).statusCode).toBe(200);
  });

  it('lets the province\'s PAR agency read the past of a former district (ended 2025-06-30), not a commune officer', async () => {
    const par = await t.login('sonoivu');
    const past = await report('unit=101&from=2025-01-01&to=2025-06-30', par);
    expect(past.statusCode).toBe(200);
    expect(past.json().unit).toMatchObject({ code: '101', name: 'Huyện Một' });
    expect((await report('unit=101&from=2025-01-01&to=2025-06-30', desk)).statusCode).toBe(403);
  });
});

describe('II.06a exports', () => {
  it('downloads the XLSX in the form layout and the DOCX narrative with the same figures', async () => {
    const period = 'unit=10001&from=2026-03-01&to=2026-03-15';
    const total = (await report(period)).json().total;
    const xlsx = await t.app.inject({ url: `/api/v1/reports/ii06a.xlsx?${period}`, headers: { cookie: admin } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('bieu-II.06a-10001-2026-03-01-2026-03-15.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values = sheet.getRows(1, sheet.rowCount)!.flatMap((r) => (r.values as unknown[]).filter((v) => typeof v === 'number'));
    expect(values).toContain(total.received);
    const docx = await t.app.inject({ url: `/api/v1/reports/ii06a.docx?${period}&periodLabel=${encodeURIComponent('nửa đầu tháng 3 năm 2026')}`, headers: { cookie: admin } });
    expect(docx.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('nửa đầu tháng 3 năm 2026');
    expect((await t.app.inject({ url: '/api/v1/reports/ii06a.xlsx?unit=10001&from=2026-03-16&to=2026-03-01', headers: { cookie: admin } })).statusCode).toBe(400);
  });
});

describe('GET /api/v1/reports/ii06a/cell', () => {
  it('lists exactly the dossiers behind each figure, with the rule and the dates', async () => {
    const period = 'unit=10001&from=2026-03-01&to=2026-03-15';
    const total = (await report(period)).json().total;
    for (const figure of II06A_FIGURES) {
      const body = (await cell(`${period}&figure=${figure}&pageSize=100`)).json();
      expect(body.total, figure).toBe(total[figure]);
      expect(body.items, figure).toHaveLength(total[figure]);
    }
    const late = (await cell(`${period}&figure=lateWithApology`)).json();
    expect(late.rule.vi).toContain('xin lỗi');
    expect(late.items[0]).toMatchObject({ code: '10001-260302-0001', receivedDate: '2026-03-02', dueDate: '2026-03-06', endDate: '2026-03-10', endClass: 'late', extended: true });
    expect((await cell(`${period}&figure=bogus`)).json().details.field).toBe('figure');
  });
});

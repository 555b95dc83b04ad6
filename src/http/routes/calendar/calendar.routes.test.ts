import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const get = (url: string) => t.app.inject({ url });
const post = (url: string, payload: object, cookie?: string) => t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

describe('GET /api/v1/calendar/lunar-new-year/{year}', () => {
  it('gives Tết by the Vietnamese calendar', async () => {
    expect((await get('/api/v1/calendar/lunar-new-year/2024')).json()).toEqual({ year: 2024, date: '2024-02-10' });
    expect((await get('/api/v1/calendar/lunar-new-year/1985')).json().date).toBe('1985-01-21');
  });
  it('refuses a year outside 1900–2199 naming the field', async () => {
    const response = await get('/api/v1/calendar/lunar-new-year/1899');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'year' } });
  });
});

describe('GET /api/v1/calendar/days', () => {
  it('marks the make-up Saturday of 2024 as a working day with its reason and lunar date', async () => {
    const { days } = (await get('/api/v1/calendar/days?from=2024-05-01&to=2024-05-05')).json();
    expect(days.map((d: { date: string; kind: string }) => `${d.date} ${d.kind}`)).toEqual([
      '2024-05-01 holiday', '2024-05-02 working_day', '2024-05-03 working_day', '2024-05-04 makeup_working_day', '2024-05-05 weekly_rest',
    ]);
    expect(days[3]).toMatchObject({ working: true, lunar: '26/3' });
    expect(days[3].reason).toBeTruthy();
    expect(days[3].source.document).toBeTruthy();
  });
  it('refuses more than 800 days and a range that ends before it starts', async () => {
    expect((await get('/api/v1/calendar/days?from=2024-01-01&to=2026-12-31')).json().details.field).toBe('to');
    expect((await get('/api/v1/calendar/days?from=2024-02-02&to=2024-02-01')).statusCode).toBe(400);
    expect((await get('/api/v1/calendar/days?from=2024-02-30&to=2024-03-01')).json().details.field).toBe('querystring.from');
  });
});

describe('POST /api/v1/calendar/due-date', () => {
  it('skips the Tết 2024 break: 5 working days from Friday 2 February end on Friday 16 February at 17:00', async () => {
    const response = await post('/api/v1/calendar/due-date', { receivedAt: '2024-02-02T09:00:00+07:00', workingDays: 5 });
    expect(response.json()).toMatchObject({ dueDate: '2024-02-16', dueAt: '2024-02-16T17:00:00+07:00', session: 'afternoon' });
  });
  it('makes a same-day procedure received after 15:00 due the next working day', async () => {
    const early = (await post('/api/v1/calendar/due-date', { receivedAt: '2024-03-01T14:59:00+07:00', workingDays: 0 })).json();
    const late = (await post('/api/v1/calendar/due-date', { receivedAt: '2024-03-01T15:01:00+07:00', workingDays: 0 })).json();
    expect([early.dueDate, late.dueDate]).toEqual(['2024-03-01', '2024-03-04']);
  });
  it.each([[-1], [1001], [1.25]])('refuses %s working days naming the field', async (workingDays) => {
    const response = await post('/api/v1/calendar/due-date', { receivedAt: '2024-02-02T09:00:00+07:00', workingDays });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.field).toBe('workingDays');
  });
  it('refuses a malformed moment', async () => {
    const response = await post('/api/v1/calendar/due-date', { receivedAt: '2024-02-02 09:00', workingDays: 1 });
    expect(response.json().details.field).toBe('body.receivedAt');
  });
});

describe('POST /api/v1/calendar/working-time', () => {
  it('counts working minutes across Tết and subtracts excluded intervals', async () => {
    const body = { from: '2024-02-05T07:30:00+07:00', to: '2024-02-16T17:00:00+07:00' };
    expect((await post('/api/v1/calendar/working-time', body)).json()).toEqual({ workingMinutes: 2400, workingDays: 5 });
    const excluded = [{ from: '2024-02-15T00:00:00+07:00', to: '2024-02-16T00:00:00+07:00' }];
    expect((await post('/api/v1/calendar/working-time', { ...body, excluded })).json()).toEqual({ workingMinutes: 1920, workingDays: 4 });
  });
  it('refuses `from` after `to`', async () => {
    const response = await post('/api/v1/calendar/working-time', { from: '2024-02-16T17:00:00+07:00', to: '2024-02-05T07:30:00+07:00' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.field).toBe('from');
  });
});

describe('announced schedules', () => {
  const schedule2027 = (reason: string) => ({
    source: { document: 'Công văn thử nghiệm 1/VPCP-KGVX', issuedOn: '2026-11-01', url: 'https://example.gov.vn/cv1' },
    entries: [{ date: '2027-01-01', kind: 'holiday', reason, reasonEn: 'New Year', source: { document: 'Công văn thử nghiệm 1/VPCP-KGVX', issuedOn: '2026-11-01', url: 'https://example.gov.vn/cv1' } }],
  });

  it('are edited by the PAR standing agency as versions with history, and 409 on a stale version', async () => {
    const cookie = await t.login('sonoivu');
    const put = (body: object) => t.app.inject({ method: 'PUT', url: '/api/v1/calendar/schedules/2027', payload: body, headers: { cookie } });
    const created = await put({ ...schedule2027('Tết Dương lịch'), version: null });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ year: 2027, version: 1 });
    expect((await put({ ...schedule2027('Tết Dương lịch 2027'), version: 1 })).json().version).toBe(2);
    const stale = await put({ ...schedule2027('Lỗi thời'), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details).toMatchObject({ field: 'version', currentVersion: 2 });
    const { revisions } = (await get('/api/v1/calendar/schedules/2027/revisions')).json();
    expect(revisions.map((r: { version: number; action: string }) => `${r.version}:${r.action}`)).toEqual(['2:updated', '1:created']);
    expect((await get('/api/v1/calendar/days?from=2027-01-01&to=2027-01-01')).json().days[0].reason).toBe('Tết Dương lịch 2027');
  });

  it('refuses a make-up working day on a weekday, naming the entry', async () => {
    const cookie = await t.login('sonoivu');
    const body = schedule2027('x');
    body.entries[0] = { ...body.entries[0], date: '2027-01-04', kind: 'makeup_working_day' };
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/schedules/2027', payload: { ...body, version: 2 }, headers: { cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.field).toBe('schedules[0].entries[0].date');
  });

  it('falls back to the statutory rules when a year\'s schedule is removed', async () => {
    const cookie = await t.login('sonoivu');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/calendar/schedules/2027?version=2', headers: { cookie } })).statusCode).toBe(204);
    expect((await get('/api/v1/calendar/schedules/2027')).statusCode).toBe(404);
    const day = (await get('/api/v1/calendar/days?from=2027-01-01&to=2027-01-01')).json().days[0];
    expect(day).toMatchObject({ kind: 'holiday', working: false });
  });

  it('forbids officers without the PAR role', async () => {
    const cookie = await t.login('canbo');
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/schedules/2028', payload: { ...schedule2027('x'), version: null }, headers: { cookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe('working hours per agency', () => {
  it('are inherited from the nearest ancestor and change the due time', async () => {
    const cookie = await t.login('sonoivu');
    const province = (await get('/api/v1/org/units/T1?asOf=2026-03-02')).json().unit.id;
    const desk = (await get('/api/v1/org/units/T1.HCC?asOf=2026-03-02')).json().unit.id;
    const hours = { morningStart: '07:00', morningEnd: '11:00', afternoonStart: '13:30', afternoonEnd: '17:30', sameDayCutoff: '15:00', receiptCutoff: '17:30' };
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/calendar/working-hours/${province}`, payload: hours, headers: { cookie } })).statusCode).toBe(204);
    expect((await get(`/api/v1/calendar/working-hours?unitId=${desk}`)).json()).toMatchObject({ fromUnitId: province, hours: { afternoonEnd: '17:30' } });
    const due = (await post('/api/v1/calendar/due-date', { receivedAt: '2024-02-02T09:00:00+07:00', workingDays: 5, agencyId: desk })).json();
    expect(due.dueAt).toBe('2024-02-16T17:30:00+07:00');
    const bad = await t.app.inject({ method: 'PUT', url: `/api/v1/calendar/working-hours/${province}`, payload: { ...hours, morningEnd: '14:00' }, headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });
});

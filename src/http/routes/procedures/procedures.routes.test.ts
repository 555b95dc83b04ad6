import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVersionInForce } from '../../../app/procedures/find-version-in-force.js';
import { BOM } from '../../../domain/procedures/procedure-csv.js';
import { buildProcedureRecord } from '../../../domain/procedures/procedure.fixtures.js';
import { auditRepository } from '../../../store/repositories/audit.repository.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
let editor: string;
let officer: string;
beforeAll(async () => {
  t = await createTestApp({ procedures: [] });
  [editor, officer] = [await t.login('sonoivu'), await t.login('canbo')];
});
afterAll(async () => { await t.close(); });

const get = (url: string) => t.app.inject({ url });
const post = (url: string, payload: object | string, cookie = editor, contentType?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie, ...(contentType ? { 'content-type': contentType } : {}) } });
const marriage = buildProcedureRecord({ code: '1.000894', name: 'Đăng ký kết hôn', timeLimit: { value: 5, unit: 'working_days' } });
const judicial = buildProcedureRecord({ code: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', level: 'province', fieldCode: 'LLTP', fieldName: 'Lý lịch tư pháp',
  competentUnitCodes: ['T1.STP'], receivingUnitCodes: ['T1.HCC'], timeLimit: { value: 10, unit: 'working_days' } });

describe('creating and reading procedures', () => {
  it('lets the PAR standing agency add a procedure for every commune, and audits it', async () => {
    const response = await post('/api/v1/procedures', buildProcedureRecord());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ version: { code: '1.001193', version: 1, competentUnitCodes: ['*commune*'], validTo: null }, closed: null });
    expect((await post('/api/v1/procedures', judicial)).statusCode).toBe(201);
    const { entries } = await auditRepository(t.ctx.db.orm).search({ action: 'procedure.created', limit: 10, offset: 0 });
    expect(entries.map((e) => e.actorName)).toEqual(['sonoivu', 'sonoivu']);
  });

  it('finds "Đăng ký khai sinh" by words without accents, in any case (public, no login)', async () => {
    for (const q of ['khai sinh', 'KHAI  SINH', 'dang ky khai', 'Đăng ký khai sinh', '1.001193', 'ho tich']) {
      const body = (await get(`/api/v1/procedures?q=${encodeURIComponent(q)}&asOf=2026-03-02`)).json();
      expect(body.procedures.map((p: { code: string }) => p.code), q).toEqual(['1.001193']);
    }
    const hit = (await get('/api/v1/procedures?q=khai%20sinh')).json().procedures[0];
    expect(hit).toEqual({ id: expect.any(String), code: '1.001193', name: 'Đăng ký khai sinh', level: 'commune', fieldCode: 'HT', fieldName: 'Hộ tịch',
      competentUnitCodes: ['*commune*'], receivingUnitCodes: ['*commune*'], timeLimit: { value: 0, unit: 'same_day' }, onlineLevel: 'full',
      channels: ['in_person', 'online', 'postal'], validFrom: '2025-07-01', validTo: null, version: 1 });
    expect((await get('/api/v1/procedures?q=ly%20lich%20tu%20phap')).json().procedures.map((p: { code: string }) => p.code)).toEqual(['2.000488']);
  });

  it('filters by level, field and unit, pages results sorted by code, and shows nothing before validFrom', async () => {
    const codes = async (query: string) => (await get(`/api/v1/procedures?asOf=2026-03-02&${query}`)).json();
    expect((await codes('level=province')).procedures.map((p: { code: string }) => p.code)).toEqual(['2.000488']);
    expect((await codes('field=HT')).total).toBe(1);
    expect((await codes('unit=10004')).procedures.map((p: { code: string }) => p.code)).toEqual(['1.001193']);
    expect((await codes('unit=T1.STP')).procedures.map((p: { code: string }) => p.code)).toEqual(['2.000488']);
    expect((await codes('unit=NOPE')).total).toBe(0);
    expect(await codes('pageSize=1&page=2')).toMatchObject({ total: 2, procedures: [{ code: '2.000488' }] });
    expect((await get('/api/v1/procedures?asOf=2025-06-30')).json().total).toBe(0);
  });

  it('shows one procedure with its version in force, all versions and its completeness problems', async () => {
    const body = (await get('/api/v1/procedures/2.000488?asOf=2026-03-02')).json();
    expect(body).toMatchObject({ code: '2.000488', inForce: { version: 1, competentUnitCodes: ['T1.STP'], receivingUnitCodes: ['T1.HCC'] }, problems: [] });
    expect(body.versions).toHaveLength(1);
    expect((await get('/api/v1/procedures/2.000488?asOf=2025-01-01')).json().inForce).toBeNull();
    expect((await get('/api/v1/procedures/9.999999')).statusCode).toBe(404);
  });
});

describe('amending a procedure from a date', () => {
  it('closes the old version the day before; the old one still answers for an earlier date and for dossiers received then', async () => {
    const amended = { ...judicial, validFrom: '2026-01-01', timeLimit: { value: 7, unit: 'working_days' } };
    const response = await post('/api/v1/procedures/2.000488/versions', amended);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ version: { version: 2, validFrom: '2026-01-01' }, closed: { version: 1, validTo: '2025-12-31' } });
    expect((await get('/api/v1/procedures/2.000488?asOf=2025-12-31')).json().inForce).toMatchObject({ version: 1, timeLimit: { value: 10 } });
    expect((await get('/api/v1/procedures/2.000488?asOf=2026-01-01')).json().inForce).toMatchObject({ version: 2, timeLimit: { value: 7 } });
    expect((await get('/api/v1/procedures?q=ly%20lich&asOf=2025-09-01')).json().procedures[0]).toMatchObject({ version: 1, validTo: '2025-12-31' });
    expect((await findVersionInForce(t.ctx, { code: '2.000488', on: '2025-12-31' })).timeLimit.value).toBe(10);
    expect((await findVersionInForce(t.ctx, { code: '2.000488', on: '2026-01-01' })).version).toBe(2);
    const missing = await findVersionInForce(t.ctx, { code: '2.000488', on: '2025-06-30' }).catch((e) => e);
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an amendment that does not start after the latest version (409), and one of an unknown procedure (404)', async () => {
    const stale = await post('/api/v1/procedures/2.000488/versions', { ...judicial, validFrom: '2025-12-01' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', details: { field: 'validFrom' }, messageVi: expect.stringContaining('2026-01-01') });
    expect((await post('/api/v1/procedures/9.999999/versions', { ...judicial, code: '9.999999' })).statusCode).toBe(404);
  });
});

describe('refusals', () => {
  it('forbids officers without the role (403) and anonymous writers (401)', async () => {
    expect((await post('/api/v1/procedures', marriage, officer)).statusCode).toBe(403);
    expect((await post('/api/v1/procedures/import', { format: 'json', content: '[]' }, officer)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/procedures', payload: marriage })).statusCode).toBe(401);
  });

  it.each([
    ['a malformed national code', { code: '1.1193' }, 'code'],
    ['a time limit of 0 working days', { timeLimit: { value: 0, unit: 'working_days' } }, 'timeLimit.value'],
    ['no channel', { channels: [] }, 'channels'],
    ['step shares that do not add up to 100', { steps: [{ code: 'A', name: 'Tiếp nhận', role: 'desk_officer', sharePercent: 50 }] }, 'steps'],
    ['a unit that does not exist on validFrom', { competentUnitCodes: ['10002'] }, 'competentUnitCodes[0]'],
  ])('refuses %s with 400 naming the field, in both languages', async (_label, change, field) => {
    const response = await post('/api/v1/procedures', { ...marriage, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field } });
    expect(response.json().messageVi).toBeTruthy();
  });

  it('refuses a body of the wrong shape with VALIDATION_FAILED naming the field', async () => {
    const response = await post('/api/v1/procedures', { ...marriage, timeLimit: { value: -1, unit: 'working_days' } });
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'body.timeLimit.value' } });
    expect((await post('/api/v1/procedures', { ...marriage, level: 'village' })).json().details.field).toBe('body.level');
  });

  it('refuses to create a procedure twice (409)', async () => {
    expect((await post('/api/v1/procedures', buildProcedureRecord())).json()).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
  });
});

describe('import and export', () => {
  it('imports JSON keeping the good rows and reporting the bad one by row number; importing again changes nothing', async () => {
    const rows = [marriage, { ...marriage, code: '1.000656', name: 'Đăng ký khai tử', timeLimit: { value: 0, unit: 'working_days' } }, { ...marriage, code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch' }];
    const report = (await post('/api/v1/procedures/import', { format: 'json', content: JSON.stringify(rows) })).json();
    expect(report.created.map((c: { row: number; code: string }) => `${c.row}:${c.code}`)).toEqual(['1:1.000894', '3:2.000635']);
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, code: '1.000656', field: 'timeLimit.value', error: 'INVALID_INPUT', messageVi: expect.any(String) })]);
    const again = (await post('/api/v1/procedures/import', { format: 'json', content: JSON.stringify(rows) })).json();
    expect(again.created).toEqual([]);
    expect(again.unchanged.map((u: { row: number }) => u.row)).toEqual([1, 3]);
    expect((await get('/api/v1/procedures?q=trich%20luc')).json().total).toBe(1);
  });

  it('imports text/csv, reporting a bad row by its spreadsheet row number', async () => {
    const csv = (await get('/api/v1/procedures/export?format=csv')).body;
    const lines = csv.replace(BOM, '').split('\r\n');
    const [header, first] = [lines[0], lines[1]];
    const renamed = first.replace('1.000894', '1.000593').replace('Đăng ký kết hôn', 'Đăng ký kết hôn lưu động');
    const broken = first.replace('1.000894', '1.0008');
    const report = (await post('/api/v1/procedures/import', [header, renamed, broken].join('\r\n'), editor, 'text/csv')).json();
    expect(report.created).toEqual([expect.objectContaining({ row: 2, code: '1.000593' })]);
    expect(report.errors).toEqual([expect.objectContaining({ row: 3, field: 'code' })]);
  });

  it('exports CSV for Excel (BOM, Vietnamese intact) and JSON, both of which re-import as unchanged', async () => {
    const csv = await get('/api/v1/procedures/export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith(BOM)).toBe(true);
    expect(csv.body).toContain('Đăng ký khai sinh');
    const json = (await get('/api/v1/procedures/export?format=json')).json();
    expect(json.filter((r: { code: string }) => r.code === '2.000488').map((r: { validTo: string | null }) => r.validTo)).toEqual(['2025-12-31', null]);
    const fromCsv = (await post('/api/v1/procedures/import', csv.body, editor, 'text/csv')).json();
    const fromJson = (await post('/api/v1/procedures/import', { format: 'json', content: JSON.stringify(json) })).json();
    for (const report of [fromCsv, fromJson]) expect(report).toMatchObject({ created: [], errors: [], unchanged: expect.arrayContaining([expect.anything()]) });
    expect(fromJson.unchanged).toHaveLength(json.length);
  });

  it('refuses content that is not a JSON array', async () => {
    expect((await post('/api/v1/procedures/import', { format: 'json', content: '{"a":1}' })).json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'content' } });
  });
});

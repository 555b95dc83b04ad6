import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /api/v1/org/units', () => {
  it('lists the provinces valid on a date, with successors of merged ones', async () => {
    const before = (await t.app.inject({ url: '/api/v1/org/units?level=province&asOf=2025-06-30' })).json();
    expect(before.units.map((u: { code: string }) => u.code)).toEqual(['T1', 'T2', 'T3']);
    expect(before.units.find((u: { code: string }) => u.code === 'T2').successorCodes).toEqual(['T3']);
    const after = (await t.app.inject({ url: '/api/v1/org/units?level=province&asOf=2025-07-01' })).json();
    expect(after.units.map((u: { code: string; name: string }) => `${u.code} ${u.name}`)).toEqual(['T1 Tỉnh Thử Nghiệm', 'T3 Tỉnh Ba Mới']);
  });

  it('shows the districts before the 2025 reform and none after', async () => {
    const count = async (asOf: string) => (await t.app.inject({ url: `/api/v1/org/units?level=district&asOf=${asOf}` })).json().units.length;
    expect(await count('2025-06-30')).toBe(2);
    expect(await count('2025-07-01')).toBe(0);
  });

  it('matches names without accents and filters by parent code', async () => {
    const byText = (await t.app.inject({ url: '/api/v1/org/units?asOf=2025-01-01&q=xa%20mot' })).json();
    expect(byText.units.map((u: { code: string }) => u.code)).toEqual(['10001', '10002', '10003']);
    const byParent = (await t.app.inject({ url: '/api/v1/org/units?asOf=2025-01-01&parentCode=102' })).json();
    expect(byParent.units).toHaveLength(3);
  });

  it('refuses a malformed date with 400 naming the field', async () => {
    const response = await t.app.inject({ url: '/api/v1/org/units?asOf=2025-02-30' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'querystring.asOf' } });
    expect(response.json().messageVi).toContain('asOf');
  });
});

describe('GET /api/v1/org/units/:id', () => {
  it('gives a merged commune with its merge event, legal document and successor, by code as of a date', async () => {
    const response = await t.app.inject({ url: '/api/v1/org/units/10002?asOf=2025-06-30' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.unit).toMatchObject({ code: '10002', level: 'commune', validTo: '2025-06-30', parentCode: '101' });
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ kind: 'merge', date: '2025-07-01', legalDoc: { number: '1665/NQ-UBTVQH15' } });
    expect(body.events[0].successors.map((s: { name: string }) => s.name)).toEqual(['Xã Một']);
  });

  it('answers 404 for an unknown code', async () => {
    const response = await t.app.inject({ url: '/api/v1/org/units/99999?asOf=2025-06-30' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('rolls the old communes and districts up into the province and the new commune', async () => {
    const province = (await t.app.inject({ url: '/api/v1/org/units/T1/rollup?asOf=2026-01-01' })).json();
    expect(province.members.map((m: { code: string }) => m.code)).toEqual(expect.arrayContaining(['T1', '101', '102', '10001', '10002', '10003', '10004', 'T1.SLDTBXH']));
    const commune = (await t.app.inject({ url: '/api/v1/org/units/10004/rollup?asOf=2026-01-01' })).json();
    expect(commune.members.map((m: { code: string; via: string }) => `${m.code}:${m.via}`).sort()).toEqual(['10004:predecessor', '10004:self', '10005:predecessor']);
  });
});

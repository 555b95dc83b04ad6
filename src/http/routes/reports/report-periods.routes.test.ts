import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
// 2026-03-20 09:00 in Vietnam.
beforeAll(async () => { t = await createTestApp({ now: new Date('2026-03-20T02:00:00Z') }); });
afterAll(async () => { await t.close(); });

const get = (query: string) => t.app.inject({ url: `/api/v1/reports/periods?${query}` });

describe('GET /api/v1/reports/periods', () => {
  it('gives the range and label of a preset for a reference date', async () => {
    const response = await get('preset=quarter&date=2026-05-15');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ preset: 'quarter', from: '2026-04-01', to: '2026-06-30', label: 'quý II năm 2026', labelEn: 'Q2 2026' });
  });

  it('gives the Decree 09/2019 cut-off window of the month', async () => {
    expect((await get('preset=cutoff_month&date=2026-01-05')).json()).toMatchObject({ from: '2025-12-15', to: '2026-01-14' });
  });

  it('takes the number of months for the first months of the year', async () => {
    expect((await get('preset=first_months&months=7&date=2026-09-01')).json()).toMatchObject({ from: '2026-01-01', to: '2026-07-31', label: '7 tháng đầu năm 2026' });
  });

  it('uses today in Vietnam when no date is given', async () => {
    expect((await get('preset=month')).json()).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
  });

  it.each([
    ['preset=week&date=2026-03-01', 'querystring.preset'],
    ['date=2026-03-01', 'querystring.preset'],
    ['preset=month&date=2026-02-30', 'querystring.date'],
    ['preset=month&date=20260301', 'querystring.date'],
    ['preset=first_months&date=2026-03-01', 'querystring.months'],
    ['preset=first_months&months=13&date=2026-03-01', 'querystring.months'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const response = await get(query);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field } });
  });
});

describe('GET /api/v1/reports/period-presets', () => {
  it('lists the presets with Vietnamese and English labels', async () => {
    const { presets } = (await t.app.inject({ url: '/api/v1/reports/period-presets' })).json();
    expect(presets[0]).toEqual({ preset: 'month', labelVi: 'Tháng', labelEn: 'Month', kind: 'calendar', needsMonths: false, unconfirmed: false });
    expect(presets.map((p: { preset: string }) => p.preset)).toContain('cutoff_year');
  });
});

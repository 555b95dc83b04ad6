import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('GET /api/v1/health', () => {
  it('answers with the database kind and the migration version', async () => {
    const body = (await t.app.inject({ url: '/api/v1/health' })).json();
    expect(body).toMatchObject({ status: 'ok', database: process.env.DATABASE_URL ? 'postgresql' : 'pglite' });
    expect(body.migration).toBeGreaterThanOrEqual(5);
  });
});

describe('GET /docs/json', () => {
  it('documents every route in OpenAPI 3.1', async () => {
    const response = await t.app.inject({ url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.1/);
    for (const path of ['/api/v1/auth/login', '/api/v1/org/units', '/api/v1/calendar/due-date', '/api/v1/procedures', '/api/v1/dossiers', '/api/v1/dossiers/{id}/actions', '/api/v1/public/dossiers/{code}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});

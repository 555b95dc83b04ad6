import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => { t = await createTestApp(); admin = await t.login('admin'); });
afterAll(async () => { await t.close(); });

const unitId = async (code: string) => (await t.app.inject({ url: `/api/v1/org/units/${code}?asOf=2026-03-02` })).json().unit.id;

describe('user administration', () => {
  it('creates a user with roles in a living unit, who can then sign in', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: { cookie: admin },
      payload: { username: 'nv.tuphap', displayName: 'Nguyễn Văn Tư Pháp', password: 'mat-khau-rat-dai', unitId: await unitId('T1.STP'), roles: ['unit_officer', 'leader'] } });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ username: 'nv.tuphap', unitCode: 'T1.STP', roles: ['leader', 'unit_officer'], active: true });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'NV.TUPHAP', password: 'mat-khau-rat-dai' } });
    expect(login.statusCode).toBe(200);
  });

  it('refuses a taken username (any case) with 409 and writes nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/admin/users?pageSize=200', headers: { cookie: admin } })).json().total;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: { cookie: admin },
      payload: { username: 'CANBO', displayName: 'X', password: 'mat-khau-rat-dai', unitId: await unitId('T1.STP'), roles: ['unit_officer'] } });
    expect(response.statusCode).toBe(409);
    expect(response.json().details.field).toBe('username');
    expect((await t.app.inject({ url: '/api/v1/admin/users?pageSize=200', headers: { cookie: admin } })).json().total).toBe(before);
  });

  it('refuses a unit that no longer exists', async () => {
    const ended = (await t.app.inject({ url: '/api/v1/org/units/101?asOf=2025-01-01' })).json().unit.id;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: { cookie: admin },
      payload: { username: 'old.district', displayName: 'X', password: 'mat-khau-rat-dai', unitId: ended, roles: ['unit_officer'] } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'unitId' } });
  });

  it('deactivates a user, ending their sessions', async () => {
    const cookie = await t.login('congdan');
    const id = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).json().user.id;
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, headers: { cookie: admin }, payload: { active: false } });
    expect(response.json().user.active).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('forbids non-administrators with 403', async () => {
    const cookie = await t.login('lanhdao');
    expect((await t.app.inject({ url: '/api/v1/admin/users', headers: { cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/audit', headers: { cookie } })).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('records every write with actor, entity and before/after, and never a password hash', async () => {
    const response = await t.app.inject({ url: '/api/v1/admin/audit?entityType=user&pageSize=200', headers: { cookie: admin } });
    const { entries } = response.json();
    const deactivation = entries.find((e: { action: string; after: { active?: boolean } }) => e.action === 'user.updated' && e.after?.active === false);
    expect(deactivation).toMatchObject({ actorName: 'admin', before: { active: true }, after: { active: false } });
    expect(entries.some((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('$argon2id$');
  });
});

describe('organisation changes', () => {
  const write = (cookie: string, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });

  it('renames a unit from a date, keeping the old name for the past', async () => {
    const id = await unitId('T1.STP');
    const response = await write(admin, `/api/v1/org/units/${id}/rename`, { name: 'Sở Tư pháp tỉnh Thử Nghiệm', date: '2026-01-01', legalDoc: { number: '12/QĐ-UBND', issuedOn: '2025-12-20' } });
    expect(response.statusCode).toBe(201);
    expect((await t.app.inject({ url: `/api/v1/org/units/${id}?asOf=2025-12-31` })).json().unit.name).toBe('Sở Tư pháp');
    expect((await t.app.inject({ url: `/api/v1/org/units/${id}?asOf=2026-01-01` })).json().unit.name).toBe('Sở Tư pháp tỉnh Thử Nghiệm');
  });

  it('refuses a merger into a unit that does not exist on that date, writing nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/admin/audit?action=org.units_merged', headers: { cookie: admin } })).json().total;
    const n1 = await unitId('10001');
    const n2 = await unitId('10004');
    const ended = (await t.app.inject({ url: '/api/v1/org/units/10002?asOf=2025-01-01' })).json().unit.id;
    const response = await write(admin, '/api/v1/org/mergers', { predecessorIds: [n1, n2], successor: { existingId: ended }, date: '2026-07-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'successor' } });
    expect((await t.app.inject({ url: '/api/v1/org/units?level=commune&asOf=2026-07-01' })).json().units).toHaveLength(3);
    expect((await t.app.inject({ url: '/api/v1/admin/audit?action=org.units_merged', headers: { cookie: admin } })).json().total).toBe(before);
  });

  it('merges two communes into a new one, moving nothing that should stay', async () => {
    const response = await write(admin, '/api/v1/org/mergers', {
      predecessorIds: [await unitId('10001'), await unitId('10004')],
      successor: { spec: { code: '10001', name: 'Phường Hợp Nhất', level: 'commune', kind: 'ward', parentId: await unitId('T1') } },
      date: '2026-07-01', legalDoc: { number: '99/NQ-UBTVQH15' },
    });
    expect(response.statusCode).toBe(201);
    const after = (await t.app.inject({ url: '/api/v1/org/units?level=commune&asOf=2026-07-01' })).json();
    expect(after.units.map((u: { name: string }) => u.name).sort()).toEqual(['Phường Hợp Nhất', 'Xã Ba']);
  });

  it('refuses a cycle in the tree', async () => {
    const province = await unitId('T1');
    const hcc = await unitId('T1.HCC');
    const response = await write(admin, `/api/v1/org/units/${province}/move`, { parentId: hcc, date: '2026-08-01' });
    expect(response.statusCode).toBe(400);
  });

  it('lets the PAR standing agency change its own province only', async () => {
    const cookie = await t.login('sonoivu');
    const own = await write(cookie, '/api/v1/org/units', { code: 'T1.BQL', name: 'Ban Quản lý các khu công nghiệp', level: 'department', parentId: await unitId('T1'), validFrom: '2026-02-01' });
    expect(own.statusCode).toBe(201);
    const other = await write(cookie, `/api/v1/org/units/${await unitId('T3')}/rename`, { name: 'Tỉnh Khác', date: '2026-02-01' });
    expect(other.statusCode).toBe(403);
    const officer = await write(await t.login('canbo'), '/api/v1/org/units', { code: 'T1.X', name: 'X', level: 'department', parentId: await unitId('T1'), validFrom: '2026-02-01' });
    expect(officer.statusCode).toBe(403);
  });
});

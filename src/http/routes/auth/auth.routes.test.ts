import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const post = (url: string, payload: unknown, cookie?: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: { ...(cookie ? { cookie } : {}), ...headers } });

describe('login', () => {
  it('sets an httpOnly SameSite session cookie and answers who is signed in', async () => {
    const response = await post('/api/v1/auth/login', { username: 'canbo', password: 'canbo-demo-2025' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ username: 'canbo', roles: ['unit_officer'], unitCode: 'T1.STP', unitName: 'Sở Tư pháp' });
    const cookie = response.cookies.find((c) => c.name === 'cchc_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `cchc_session=${cookie.value}` } });
    expect(me.json().user.username).toBe('canbo');
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await post('/api/v1/auth/login', { username: 'canbo', password: 'not-the-password' });
    const unknown = await post('/api/v1/auth/login', { username: 'nobody', password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', messageVi: 'Sai tên đăng nhập hoặc mật khẩu.' });
  });

  it('names the missing field', async () => {
    const response = await post('/api/v1/auth/login', { username: 'canbo' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.field).toBe('body.password');
  });

  it('refuses anonymous access to /me with 401', async () => {
    const response = await t.app.inject({ url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('lanhdao');
    expect((await post('/api/v1/auth/logout', {}, cookie)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write from another site', async () => {
    const cookie = await t.login('lanhdao');
    const response = await post('/api/v1/auth/tokens', { name: 'x' }, cookie, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
  });
});

describe('rate-limited login', () => {
  it('answers 429 after too many attempts for one user from one address', async () => {
    const limited = await createTestApp({ loginRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'canbo', password: 'wrong-password' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const body = (await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'canbo', password: 'canbo-demo-2025' } })).json();
      expect(body.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('password change', () => {
  it('checks the current password and the strength of the new one, then accepts only the new one', async () => {
    const cookie = await t.login('motcua');
    expect((await post('/api/v1/auth/password', { currentPassword: 'wrong-password', newPassword: 'a-good-new-password' }, cookie)).statusCode).toBe(401);
    const weak = await post('/api/v1/auth/password', { currentPassword: 'motcua-demo-2025', newPassword: 'short' }, cookie);
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'password' } });
    expect((await post('/api/v1/auth/password', { currentPassword: 'motcua-demo-2025', newPassword: 'a-good-new-password' }, cookie)).statusCode).toBe(204);
    expect((await post('/api/v1/auth/login', { username: 'motcua', password: 'motcua-demo-2025' })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: 'motcua', password: 'a-good-new-password' })).statusCode).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, authenticates with it as Bearer, and stops after revocation', async () => {
    const cookie = await t.login('sonoivu');
    const created = await post('/api/v1/auth/tokens', { name: 'Báo cáo tự động', expiresInDays: 30 }, cookie);
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret).toMatch(/^cchc_/);
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer })).json().user.username).toBe('sonoivu');
    const list = (await t.app.inject({ url: '/api/v1/auth/tokens', headers: { cookie } })).json();
    expect(list.tokens.map((x: { id: string }) => x.id)).toContain(token.id);
    expect(JSON.stringify(list)).not.toContain(secret);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${token.id}`, headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
  });
});

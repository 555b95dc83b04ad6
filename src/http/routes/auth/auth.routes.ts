import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../../app/auth/api-tokens.js';
import { changePassword } from '../../../app/auth/change-password.js';
import { login } from '../../../app/auth/login.js';
import { logout } from '../../../app/auth/logout.js';
import { toActor } from '../../../app/auth/to-actor.js';
import type { AppContext } from '../../../app/app-context.js';
import { loadOrgHistory } from '../../../app/org/load-org-history.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { requireActor, SESSION_COOKIE } from '../../plugins/authentication.js';
import { presentActor, ZUser } from '../../presenters/user.presenter.js';
import { ZError, ZIdParams } from '../../schemas.js';

export type AuthRouteOptions = { secureCookies: boolean; loginRateLimit: { max: number; timeWindow: number } };

const ZToken = z.object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), expiresAt: z.string().nullable() });
const presentToken = (t: z.infer<typeof ZToken>) => ({ id: t.id, name: t.name, prefix: t.prefix, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, expiresAt: t.expiresAt });

/** Login, logout, who am I, password change and personal API tokens. */
export const authRoutes = (ctx: AppContext, o: AuthRouteOptions): FastifyPluginAsyncZod => async (app) => {
  const me = async (actor: ReturnType<typeof requireActor>) => presentActor(actor, await loadOrgHistory(ctx), localDateOf(ctx.now()));

  app.post('/api/v1/auth/login', {
    schema: {
      tags: ['auth'], summary: 'Sign in; sets the httpOnly session cookie',
      body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: z.object({ user: ZUser }), 401: ZError, 429: ZError },
    },
    config: { rateLimit: { max: o.loginRateLimit.max, timeWindow: o.loginRateLimit.timeWindow, keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}` } },
  }, async (request, reply) => {
    const result = await login(ctx, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    reply.setCookie(SESSION_COOKIE, result.sessionSecret, { path: '/', httpOnly: true, sameSite: 'lax', secure: o.secureCookies, expires: result.expiresAt });
    return { user: await me(toActor(result.user, request.ip)) };
  });

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } }, async (request, reply) => {
    if (request.actor && request.sessionSecret) await logout(ctx, { actor: request.actor, sessionSecret: request.sessionSecret });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: z.object({ user: ZUser }), 401: ZError } } },
    async (request) => ({ user: await me(requireActor(request)) }));

  app.post('/api/v1/auth/password', {
    schema: { tags: ['auth'], summary: 'Change one\'s own password', body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }), response: { 204: z.null(), 400: ZError, 401: ZError } },
  }, async (request, reply) => {
    await changePassword(ctx, { actor: requireActor(request), ...request.body, sessionSecret: request.sessionSecret });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/tokens', { schema: { tags: ['auth'], summary: 'My personal API tokens', response: { 200: z.object({ tokens: z.array(ZToken) }) } } },
    async (request) => ({ tokens: (await listApiTokens(ctx, { actor: requireActor(request) })).map(presentToken) }));

  app.post('/api/v1/auth/tokens', {
    schema: { tags: ['auth'], summary: 'Create a personal API token (the secret is shown once; send it as Authorization: Bearer)', body: z.object({ name: z.string().trim().min(1).max(100), expiresInDays: z.number().int().min(1).max(3650).nullable().optional() }), response: { 201: z.object({ token: ZToken, secret: z.string() }) } },
  }, async (request, reply) => {
    const { token, secret } = await createApiToken(ctx, { actor: requireActor(request), name: request.body.name, expiresInDays: request.body.expiresInDays ?? null });
    return reply.status(201).send({ token: presentToken(token), secret });
  });

  app.delete('/api/v1/auth/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke a token', params: ZIdParams, response: { 204: z.null(), 404: ZError } } }, async (request, reply) => {
    await revokeApiToken(ctx, { actor: requireActor(request), tokenId: request.params.id });
    return reply.status(204).send(null);
  });
};

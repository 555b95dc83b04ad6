import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { searchAudit } from '../../../app/audit/search-audit.js';
import { loadOrgHistory } from '../../../app/org/load-org-history.js';
import { createUser } from '../../../app/users/create-user.js';
import { listUsers } from '../../../app/users/list-users.js';
import { updateUser } from '../../../app/users/update-user.js';
import { ROLE_INFO, ROLES } from '../../../domain/auth/roles.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentAdminUser, ZAdminUser } from '../../presenters/user.presenter.js';
import { ZError, ZIdParams, ZLocalDate, ZPage, ZPageSize, ZUuid } from '../../schemas.js';

const ZRole = z.enum(ROLES);
const ZAudit = z.object({ id: z.string(), at: z.string(), actorId: z.string().nullable(), actorName: z.string().nullable(), action: z.string(), entityType: z.string(), entityId: z.string().nullable(), before: z.unknown(), after: z.unknown() });

/** Users, roles and the audit log (system administrators). */
export const adminRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const admin = { preHandler: requireRoles('system_admin') };
  const present = async () => { const history = await loadOrgHistory(ctx); const today = localDateOf(ctx.now()); return (u: Parameters<typeof presentAdminUser>[0]) => presentAdminUser(u, history, today); };

  app.get('/api/v1/admin/roles', { ...admin, schema: { tags: ['admin'], summary: 'The roles', response: { 200: z.object({ roles: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), description: z.string() })) }) } } },
    async () => ({ roles: ROLE_INFO }));

  app.get('/api/v1/admin/users', {
    ...admin, schema: { tags: ['admin'], summary: 'Users, searched and paged', querystring: z.object({ q: z.string().max(100).optional(), page: ZPage, pageSize: ZPageSize }), response: { 200: z.object({ users: z.array(ZAdminUser), total: z.number() }) } },
  }, async (request) => {
    const { users, total } = await listUsers(ctx, { actor: requireActor(request), ...request.query });
    const p = await present();
    return { users: users.map(p), total };
  });

  app.post('/api/v1/admin/users', {
    ...admin, schema: {
      tags: ['admin'], summary: 'Create a user',
      body: z.object({ username: z.string().trim().min(3).max(100).regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only'), displayName: z.string().trim().min(1).max(200), password: z.string().min(1).max(200), unitId: ZUuid, roles: z.array(ZRole).min(1) }),
      response: { 201: z.object({ user: ZAdminUser }), 400: ZError, 409: ZError },
    },
  }, async (request, reply) => {
    const user = await createUser(ctx, { actor: requireActor(request), ...request.body });
    return reply.status(201).send({ user: (await present())(user) });
  });

  app.patch('/api/v1/admin/users/:id', {
    ...admin, schema: {
      tags: ['admin'], summary: 'Change a user (name, unit, roles, active, password reset)', params: ZIdParams,
      body: z.object({ displayName: z.string().trim().min(1).max(200).optional(), unitId: ZUuid.optional(), roles: z.array(ZRole).min(1).optional(), active: z.boolean().optional(), password: z.string().min(1).max(200).optional() }),
      response: { 200: z.object({ user: ZAdminUser }), 400: ZError, 403: ZError, 404: ZError },
    },
  }, async (request) => ({ user: (await present())(await updateUser(ctx, { actor: requireActor(request), userId: request.params.id, ...request.body })) }));

  app.get('/api/v1/admin/audit', {
    ...admin, schema: {
      tags: ['admin'], summary: 'The audit log, newest first',
      querystring: z.object({ action: z.string().max(100).optional(), entityType: z.string().max(100).optional(), entityId: z.string().max(100).optional(), actorId: ZUuid.optional(), from: ZLocalDate.optional(), to: ZLocalDate.optional(), page: ZPage, pageSize: ZPageSize }),
      response: { 200: z.object({ entries: z.array(ZAudit), total: z.number() }), 400: ZError },
    },
  }, async (request) => {
    const { page, pageSize, from, to, ...filter } = request.query;
    // Dates are local (UTC+7) days: from 00:00 of `from` to 24:00 of `to`.
    const bounds = { from: from ? `${from}T00:00:00+07:00` : undefined, to: to ? new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString() : undefined };
    const { entries, total } = await searchAudit(ctx, { actor: requireActor(request), filter: { ...filter, ...bounds }, page, pageSize });
    return { entries: entries.map(({ ip: _ip, ...e }) => e), total };
  });
};

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/auth/actor.js';
import type { Role } from '../../domain/auth/roles.js';
import { DomainError } from '../../domain/errors.js';
import { authenticateSession, authenticateToken } from '../../app/auth/authenticate.js';
import type { AppContext } from '../../app/app-context.js';

export const SESSION_COOKIE = 'cchc_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionSecret: string | null;
  }
}

/**
 * Resolves the actor of each request from a Bearer API token or the session cookie. Cookie-authenticated writes must
 * come from this site's own origin (SameSite cookies plus an Origin check against cross-site request forgery).
 */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionSecret', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = await authenticateToken(ctx, header.slice(7).trim(), request.ip);
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (!secret) return;
    const actor = await authenticateSession(ctx, secret, request.ip);
    if (!actor) return;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !sameOrigin(request)) {
      throw new DomainError('NOT_ALLOWED', 'Cross-site request refused.', 'Yêu cầu từ trang web khác bị từ chối.');
    }
    request.actor = actor;
    request.sessionSecret = secret;
  });
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in.', 'Vui lòng đăng nhập.');
  return request.actor;
}

/** A preHandler that requires a signed-in user holding one of the roles (403 otherwise). */
export function requireRoles(...roles: Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const actor = requireActor(request);
    if (roles.length && !actor.roles.some((r) => roles.includes(r))) {
      throw new DomainError('NOT_ALLOWED', 'Your role does not allow this action.', 'Vai trò của bạn không được phép thực hiện thao tác này.', { requiredRoles: roles });
    }
  };
}

import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';

/** Accounts matching a text, paged (administrators only). */
export function listUsers(ctx: AppContext, o: { actor: Actor; q?: string; page: number; pageSize: number }) {
  requireRole(o.actor, ['system_admin']);
  return userRepository(ctx.db.orm).search({ q: o.q, limit: o.pageSize, offset: (o.page - 1) * o.pageSize });
}

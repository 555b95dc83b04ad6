import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { auditRepository, type AuditFilter } from '../../store/repositories/audit.repository.js';
import type { AppContext } from '../app-context.js';

/** Browses the audit log, newest first (administrators only). */
export function searchAudit(ctx: AppContext, o: { actor: Actor; filter: Omit<AuditFilter, 'limit' | 'offset'>; page: number; pageSize: number }) {
  requireRole(o.actor, ['system_admin']);
  return auditRepository(ctx.db.orm).search({ ...o.filter, limit: o.pageSize, offset: (o.page - 1) * o.pageSize });
}

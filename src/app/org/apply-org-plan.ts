import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireInScope, requireRole } from '../../domain/auth/access-scope.js';
import type { OrgChange } from '../../domain/org/org-changes.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { orgRepository } from '../../store/repositories/org.repository.js';
import type { AppContext } from '../app-context.js';
import { lockOrgHistory } from './load-org-history.js';

export type OrgPlanResult = { eventId: string; changes: OrgChange[] };

/**
 * The shape of every organisation write: lock, load, let the domain plan the change (it throws on bad input),
 * check the actor may touch every unit involved, apply and audit — all in one transaction.
 */
export async function applyOrgPlan(
  ctx: AppContext,
  actor: Actor,
  action: string,
  plan: (history: OrgHistory, ids: { eventId: string; newId: () => string }) => OrgChange[],
): Promise<OrgPlanResult> {
  requireRole(actor, ['system_admin', 'par_agency']);
  return ctx.db.transaction(async (tx) => {
    const history = await lockOrgHistory(tx);
    const eventId = randomUUID();
    const changes = plan(history, { eventId, newId: () => randomUUID() });
    const touched = new Set<string>();
    for (const c of changes) {
      if (c.op === 'insertUnit') continue;
      if (c.op === 'insertEvent') [...c.event.predecessorIds, ...c.event.subjectIds].forEach((id) => touched.add(id));
      else if (c.op === 'insertParent') touched.add(c.parentId);
      else touched.add(c.unitId);
    }
    const inserted = new Set(changes.flatMap((c) => (c.op === 'insertUnit' ? [c.unit.id] : [])));
    requireInScope(accessScope(actor, history, localDateOf(ctx.now())), [...touched].filter((id) => !inserted.has(id)));
    await orgRepository(tx).apply(changes, actor.userId);
    await auditRepository(tx).record(actor, action, { type: 'org_event', id: eventId }, null, { changes });
    return { eventId, changes };
  });
}

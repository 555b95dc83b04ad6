import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/auth/actor.js';
import { accessScope } from '../../domain/auth/access-scope.js';
import type { DecideContext, DossierActor } from '../../domain/dossiers/decide-dossier-action.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar, resolveWorkingHours } from '../calendar/load-working-calendar.js';
import { loadOrgHistory } from '../org/load-org-history.js';

/** The dossier actor of a signed-in user: their roles, and the units of their scope today. */
export async function toDossierActor(ctx: AppContext, actor: Actor): Promise<DossierActor> {
  const scope = accessScope(actor, await loadOrgHistory(ctx), localDateOf(ctx.now()));
  return { kind: actor.kind, userId: actor.userId, name: actor.username, roles: actor.roles, mayActFor: (unitId) => scope === 'all' || scope.has(unitId) };
}

/** Everything the domain needs to decide an action at `now`: the one calendar and the competent agency's office hours. */
export async function decideContext(ctx: AppContext, o: { actor: DossierActor; procedure: ProcedureVersion; competentUnitId: string; now?: number; enforceDeadlines?: boolean }): Promise<DecideContext> {
  const loaded = await loadWorkingCalendar(ctx);
  const { hours } = await resolveWorkingHours(ctx, loaded, o.competentUnitId);
  return { now: o.now ?? ctx.now().getTime(), actor: o.actor, procedure: o.procedure, clock: { calendar: loaded.calendar, hours }, enforceDeadlines: o.enforceDeadlines ?? true, newId: randomUUID };
}

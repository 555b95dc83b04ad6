import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/auth/actor.js';
import { accessScope } from '../../domain/auth/access-scope.js';
import type { DecideContext, DossierActor } from '../../domain/dossiers/decide-dossier-action.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import type { Executor } from '../../store/db.js';
import { PROCEDURE_VERSION_KEY } from '../../store/repositories/procedure.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import { CALENDAR_VERSION_KEY, loadWorkingCalendar, workingHoursFor, type LoadedCalendar } from '../calendar/load-working-calendar.js';
import { loadOrgHistory, ORG_VERSION_KEY } from '../org/load-org-history.js';
import { findProcedureVersion } from '../procedures/procedure-version-cache.js';

/** The dossier actor of a signed-in user: their roles, and the units of their scope today. */
export function toDossierActor(actor: Actor, history: OrgHistory, today: string): DossierActor {
  const scope = accessScope(actor, history, today);
  return { kind: actor.kind, userId: actor.userId, name: actor.username, roles: actor.roles, mayActFor: (unitId) => scope === 'all' || scope.has(unitId) };
}

export type DecisionSetup = {
  actor: DossierActor;
  history: OrgHistory;
  calendar: LoadedCalendar;
  /** A procedure version by id: from memory while the catalogue is unchanged, else read through `ex` (the transaction). */
  procedureVersion: (ex: Executor, id: string) => Promise<ProcedureVersion | undefined>;
  /** The context to decide an action on a dossier of `competentUnitId` — pure, safe inside a transaction. */
  contextFor: (o: { procedure: ProcedureVersion; competentUnitId: string; now?: number; enforceDeadlines?: boolean }) => DecideContext;
};

/**
 * Loads what deciding needs — the organisation history, the one calendar and office hours — BEFORE the use case opens
 * its transaction (embedded PGlite has one connection: reading through the pool inside a transaction would wait forever).
 */
export async function prepareDecision(ctx: AppContext, actor: Actor | DossierActor): Promise<DecisionSetup> {
  // One query for the three cache keys, then the cached organisation history, calendar and procedure versions.
  const versions = await settingsRepository(ctx.db.orm).counters([ORG_VERSION_KEY, CALENDAR_VERSION_KEY, PROCEDURE_VERSION_KEY] as const);
  const [history, calendar] = [await loadOrgHistory(ctx, versions[ORG_VERSION_KEY]), await loadWorkingCalendar(ctx, versions[CALENDAR_VERSION_KEY])];
  const today = localDateOf(ctx.now());
  const dossierActor = 'mayActFor' in actor ? actor : toDossierActor(actor, history, today);
  return {
    actor: dossierActor, history, calendar,
    procedureVersion: (ex, id) => findProcedureVersion(ctx.db, ex, id, versions[PROCEDURE_VERSION_KEY]),
    contextFor: (o) => ({
      now: o.now ?? ctx.now().getTime(), actor: dossierActor, procedure: o.procedure, enforceDeadlines: o.enforceDeadlines ?? true, newId: randomUUID,
      clock: { calendar: calendar.calendar, hours: workingHoursFor(calendar, history, o.competentUnitId, today).hours },
    }),
  };
}

import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import type { ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { CATALOGUE_EDITORS, draftOf, saveProcedureVersion, type SavedVersion } from './save-procedure-version.js';

export type CreateProcedureVersionOptions = {
  /** The system administrator or the PAR standing agency. */
  actor: Actor;
  /** The first version of a procedure not yet in the catalogue, units by code as of `validFrom`. */
  record: ProcedureRecord;
};

/** Adds a procedure to the catalogue with its first version (Decree 63/2010/ND-CP Art. 15: procedures take effect as announced). */
export async function createProcedureVersion(ctx: AppContext, o: CreateProcedureVersionOptions): Promise<SavedVersion> {
  requireRole(o.actor, CATALOGUE_EDITORS);
  const history = await loadOrgHistory(ctx);
  const draft = draftOf(history, o.record);
  return ctx.db.transaction((tx) => saveProcedureVersion(tx, { actor: o.actor, history, draft, mode: 'create', today: localDateOf(ctx.now()) }));
}

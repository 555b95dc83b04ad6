import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { invalidInput } from '../../domain/errors.js';
import type { ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { CATALOGUE_EDITORS, draftOf, saveProcedureVersion, type SavedVersion } from './save-procedure-version.js';

export type AmendProcedureOptions = {
  actor: Actor;
  /** The procedure, by national code (e.g. 1.001193). */
  code: string;
  /** The whole new version, in force from `record.validFrom`; the previous version ends the day before. */
  record: ProcedureRecord;
};

/**
 * Records an amended procedure from a date, keeping the earlier version for dossiers received before it (domain.md
 * requirement 1; Decree 63/2010/ND-CP Art. 15 on announcing amended procedures).
 */
export async function amendProcedure(ctx: AppContext, o: AmendProcedureOptions): Promise<SavedVersion> {
  requireRole(o.actor, CATALOGUE_EDITORS);
  if (o.record.code !== o.code) throw invalidInput('code', `The body's code ${o.record.code} differs from ${o.code}.`, `Mã thủ tục ${o.record.code} khác với ${o.code}.`);
  const history = await loadOrgHistory(ctx);
  const draft = draftOf(history, o.record);
  return ctx.db.transaction((tx) => saveProcedureVersion(tx, { actor: o.actor, history, draft, mode: 'amend', today: localDateOf(ctx.now()) }));
}

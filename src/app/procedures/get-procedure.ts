import { DomainError } from '../../domain/errors.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { checkCompleteness, type CompletenessProblem } from '../../domain/procedures/check-completeness.js';
import { versionInForce } from '../../domain/procedures/plan-procedure-version.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';

export type ProcedureDetails = {
  history: OrgHistory;
  /** The version in force on asOf, or null (not yet in force, or repealed). */
  inForce: ProcedureVersion | null;
  /** Every version, oldest first. */
  versions: ProcedureVersion[];
  /** What the version in force (else the latest) lacks against Decree 63/2010/ND-CP Art. 8(2). */
  problems: CompletenessProblem[];
};

/** A procedure with all its versions, the one in force on a date, and its completeness problems. */
export async function getProcedure(ctx: AppContext, o: { code: string; asOf: LocalDate }): Promise<ProcedureDetails> {
  const versions = await procedureRepository(ctx.db.orm).listVersions(o.code);
  if (!versions.length) throw new DomainError('NOT_FOUND', `No procedure ${o.code}.`, `Không tìm thấy thủ tục ${o.code}.`, { field: 'code' });
  const inForce = versionInForce(versions, o.asOf) ?? null;
  return { history: await loadOrgHistory(ctx), inForce, versions, problems: checkCompleteness(inForce ?? versions.at(-1)!) };
}

import { DomainError } from '../../domain/errors.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { Executor } from '../../store/db.js';
import type { AppContext } from '../app-context.js';

/**
 * The version of a procedure in force on a date — the one a dossier received that day keeps for its whole life, even
 * after the procedure is amended (domain.md requirement 1). NOT_FOUND when the code is unknown or nothing was in force.
 * Pass `tx` to read inside the caller's transaction (the dossier intake).
 */
export async function findVersionInForce(ctx: AppContext, o: { code: string; on: LocalDate; tx?: Executor }): Promise<ProcedureVersion> {
  const version = await procedureRepository(o.tx ?? ctx.db.orm).findInForce(o.code, o.on);
  if (version) return version;
  throw new DomainError('NOT_FOUND', `Procedure ${o.code} has no version in force on ${o.on}.`, `Thủ tục ${o.code} không có phiên bản nào có hiệu lực vào ngày ${o.on}.`, { field: 'procedureCode', code: o.code, on: o.on });
}

import { formatProcedureCsv } from '../../domain/procedures/procedure-csv.js';
import type { ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { agencyStepRecords, unitCodesOf } from '../../domain/procedures/resolve-unit-codes.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';

/** A stored version as a portable record: units by code as of its first day, every commune as `*commune*`. */
export function recordOf(history: OrgHistory, v: ProcedureVersion): ProcedureRecord {
  const { id: _id, procedureId: _p, version: _v, competentUnitIds, receivingUnitIds, agencySteps, ...rest } = v;
  return { ...rest, competentUnitCodes: unitCodesOf(history, competentUnitIds, v.validFrom), receivingUnitCodes: unitCodesOf(history, receivingUnitIds, v.validFrom),
    ...(agencySteps ? { agencySteps: agencyStepRecords(history, agencySteps) } : {}) };
}

/**
 * The whole catalogue, every version of every procedure, as CSV for Excel (UTF-8 with BOM, one row per version) or as a
 * JSON array; either re-imports unchanged (the public catalogue of Decree 63/2010/ND-CP Art. 15–16).
 */
export async function exportProcedures(ctx: AppContext, o: { format: 'csv' | 'json' }): Promise<{ contentType: string; body: string; count: number }> {
  const history = await loadOrgHistory(ctx);
  const records = (await procedureRepository(ctx.db.orm).listAll()).map((v) => recordOf(history, v));
  if (o.format === 'csv') return { contentType: 'text/csv; charset=utf-8', body: formatProcedureCsv(records), count: records.length };
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(records), count: records.length };
}

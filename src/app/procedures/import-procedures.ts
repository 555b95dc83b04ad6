import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { DomainError } from '../../domain/errors.js';
import { parseProcedureCsv, type CsvRow } from '../../domain/procedures/procedure-csv.js';
import { parseProcedureRecord, type ProcedureRecord } from '../../domain/procedures/procedure-record.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { VersionDraft } from '../../domain/procedures/plan-procedure-version.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import { sql } from '../../store/db.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { CATALOGUE_EDITORS, draftOf, saveProcedureVersion } from './save-procedure-version.js';

export type ImportRowError = { row: number; code: string | null; field: string | null; error: string; message: string; messageVi: string };
export type ImportReport = {
  created: Array<{ row: number; code: string; validFrom: string; version: number }>;
  /** Rows whose code and validFrom are already stored with the same content (imports are idempotent). */
  unchanged: Array<{ row: number; code: string; validFrom: string }>;
  errors: ImportRowError[];
};

export type ImportProceduresOptions = {
  actor: Actor;
  format: 'json' | 'csv';
  /** CSV text, or a JSON array of records (row n = the n-th element, from 1). */
  content: string;
};

/** Rows of the file, each parsed or refused; CSV rows count the header as row 1 as a spreadsheet shows them. */
function rowsOf(format: 'json' | 'csv', content: string): CsvRow[] {
  if (format === 'csv') return parseProcedureCsv(content);
  let data: unknown;
  try { data = JSON.parse(content); } catch { throw new DomainError('INVALID_INPUT', 'The content is not valid JSON.', 'Nội dung không phải JSON hợp lệ.', { field: 'content' }); }
  if (!Array.isArray(data)) throw new DomainError('INVALID_INPUT', 'The JSON must be an array of procedure versions.', 'JSON phải là một mảng các phiên bản thủ tục.', { field: 'content' });
  return data.map((raw, i) => {
    try { return { row: i + 1, record: parseProcedureRecord(raw) }; } catch (error) { if (error instanceof DomainError) return { row: i + 1, error }; throw error; }
  });
}

/** JSON with object keys sorted (jsonb does not keep key order). */
const stable = (v: unknown): string => (Array.isArray(v) ? `[${v.map(stable).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`).join(',')}}`
    : JSON.stringify(v ?? null));

const comparable = (v: VersionDraft | ProcedureVersion, withValidTo: boolean) => {
  const { code, validFrom, name, level, fieldCode, fieldName, channels, onlineLevel, onlineReason, timeLimit, components, fees, resultType, resultName,
    legalBasis, announcingDecision, steps, interAgency, agencySteps, supplementClock, clockStartsAfterPayment, outsideBoundaryAllowed, subjects, conditions } = v;
  return stable({ code, validFrom, name, level, fieldCode, fieldName, channels, onlineLevel, onlineReason, timeLimit, components, fees, resultType, resultName,
    legalBasis, announcingDecision, steps, interAgency, agencySteps, supplementClock, clockStartsAfterPayment, outsideBoundaryAllowed, subjects, conditions,
    units: [[...v.competentUnitIds].sort(), [...v.receivingUnitIds].sort()], validTo: withValidTo ? v.validTo : undefined });
};

const rowError = (row: number, code: string | null, e: DomainError): ImportRowError =>
  ({ row, code, field: e.field ?? null, error: e.code, message: e.message, messageVi: e.messageVi });

/**
 * Imports a catalogue file in ONE transaction for the whole file, with a savepoint per row: a bad row (shape, rule or
 * database error) is rolled back alone and reported with its row number and reason, the good rows are kept, and readers
 * never see half a file. Rows apply per code in date order, so a file may carry a procedure's successive versions.
 */
export async function importProcedures(ctx: AppContext, o: ImportProceduresOptions): Promise<ImportReport> {
  requireRole(o.actor, CATALOGUE_EDITORS);
  const parsed = rowsOf(o.format, o.content);
  const report: ImportReport = { created: [], unchanged: [], errors: [] };
  for (const r of parsed) if ('error' in r) report.errors.push(rowError(r.row, null, r.error));
  const good = parsed.filter((r): r is { row: number; record: ProcedureRecord } => 'record' in r)
    .sort((a, b) => a.record.code.localeCompare(b.record.code) || a.record.validFrom.localeCompare(b.record.validFrom) || a.row - b.row);
  const history = await loadOrgHistory(ctx);
  const today = localDateOf(ctx.now());
  await ctx.db.transaction(async (tx) => {
    for (const { row, record } of good) {
      await tx.execute(sql`savepoint import_row`);
      try {
        const draft = draftOf(history, record);
        const existing = await procedureRepository(tx).listVersions(record.code);
        const same = existing.find((v) => v.validFrom === record.validFrom);
        if (same && comparable(same, record.validTo !== null) === comparable(draft, record.validTo !== null)) {
          report.unchanged.push({ row, code: record.code, validFrom: record.validFrom });
        } else if (same) {
          throw new DomainError('CONFLICT', `Procedure ${record.code} already has a different version from ${record.validFrom}.`,
            `Thủ tục ${record.code} đã có phiên bản khác có hiệu lực từ ngày ${record.validFrom}.`, { field: 'validFrom' });
        } else {
          const saved = await saveProcedureVersion(tx, { actor: o.actor, history, draft, mode: 'either', today, existing });
          report.created.push({ row, code: record.code, validFrom: record.validFrom, version: saved.version.version });
        }
        await tx.execute(sql`release savepoint import_row`);
      } catch (error) {
        await tx.execute(sql`rollback to savepoint import_row`);
        if (!(error instanceof DomainError)) throw error;
        report.errors.push(rowError(row, record.code, error));
      }
    }
    await auditRepository(tx).record(o.actor, 'procedure.imported', { type: 'procedure_import', id: null }, null,
      { format: o.format, created: report.created.length, unchanged: report.unchanged.length, errors: report.errors.length });
  });
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}

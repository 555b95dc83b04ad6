import type { Actor } from '../../domain/auth/actor.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { emptyCounters } from '../../domain/statistics/fact-counters.js';
import type { Ii06aReport } from '../../domain/statistics/ii06a-report.js';
import { addFigures, emptyFigures, figuresFrom } from '../../domain/statistics/ii06a-row.js';
import { fromEpochDay } from '../../domain/shared/local-date.js';
import type { Executor } from '../../store/db.js';
import { statisticsRepository } from '../../store/repositories/statistics.repository.js';
import type { AppContext } from '../app-context.js';
import { loadProcedureCatalogue } from '../procedures/procedure-version-cache.js';
import { resolveReportScope } from './resolve-report-scope.js';

/** The latest name of each field code (lĩnh vực) in the catalogue: the row titles of form II.06a. */
function fieldNames(versions: ProcedureVersion[]): Map<string, string> {
  const latest = new Map<string, ProcedureVersion>();
  for (const v of versions) if ((latest.get(v.fieldCode)?.validFrom ?? '') < v.validFrom) latest.set(v.fieldCode, v);
  return new Map([...latest].map(([code, v]) => [code, v.fieldName]));
}

/** The rule set the figures follow (issue 5 rules on Circular 01/2020/TT-VPCP, form II.06a). */
export const II06A_RULES = 'II.06a/2020 (cchc rules v1: local UTC+7 dates; appointment in force; withdrawn = on time; open waiting for supplement = within)';

/**
 * Open dossiers per field at the end of a local day: a past day from its snapshot (taken on first use), today or a
 * future day from the open spans (projected).
 */
export async function openCountsOn(ex: Executor, memberIds: string[], day: number, today: number) {
  const repository = statisticsRepository(ex);
  if (day >= today) return repository.openCounts(memberIds, day, false);
  if (!(await repository.hasSnapshot(day))) await repository.takeSnapshots(day, day);
  return repository.openCounts(memberIds, day, true);
}

/**
 * Biểu II.06a/VPCP/KSTT for a unit (with its roll-up) and a period, rows by field (Circular 01/2020/TT-VPCP annex):
 * the period's counters plus the open dossiers at the end of the day before it (carried over) and at its end.
 */
export async function buildIi06aReport(ctx: AppContext, o: { actor: Actor; unitCode: string; from: string; to: string }): Promise<Ii06aReport> {
  const scope = await resolveReportScope(ctx, o);
  const { memberIds, fromDay, toDay, today } = scope;
  const repository = statisticsRepository(ctx.db.orm);
  const counters = await repository.sumCounters(memberIds, fromDay, toDay);
  const before = await openCountsOn(ctx.db.orm, memberIds, fromDay - 1, today);
  const after = await openCountsOn(ctx.db.orm, memberIds, toDay, today);
  const names = fieldNames(await loadProcedureCatalogue(ctx));
  const fields = [...new Set([...counters.keys(), ...before.keys(), ...after.keys()])].sort();
  const rows = fields.map((fieldCode) => {
    const carried = before.get(fieldCode);
    const open = after.get(fieldCode);
    return { fieldCode, fieldName: names.get(fieldCode) ?? fieldCode,
      ...figuresFrom(counters.get(fieldCode) ?? emptyCounters(), (carried?.within ?? 0) + (carried?.overdue ?? 0), open?.within ?? 0, open?.overdue ?? 0) };
  }).filter((r) => r.received > 0);
  const total = rows.reduce((sum, r) => addFigures(sum, r), emptyFigures());
  return {
    unit: { id: scope.unit.id, code: scope.unit.code, name: scope.unitName }, from: fromEpochDay(fromDay), to: fromEpochDay(toDay),
    rows, total, generatedAt: ctx.now().toISOString(), rules: II06A_RULES,
  };
}

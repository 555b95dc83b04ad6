import type { OrgHistory } from '../../domain/org/org-types.js';
import { findByCodeOn } from '../../domain/org/org-queries.js';
import type { ProcedureLevel, ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { foldVietnamese } from '../../domain/shared/fold-vietnamese.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';

export type ListProceduresOptions = {
  /** Versions in force on this date. */
  asOf: LocalDate;
  /** Words matched without accents against code, name and field ("khai sinh" finds "Đăng ký khai sinh"). */
  q?: string;
  level?: ProcedureLevel;
  fieldCode?: string;
  /** A unit code (as of asOf): procedures it decides or receives. */
  unit?: string;
  page: number;
  pageSize: number;
};

/**
 * The public catalogue as of a date (Decree 63/2010/ND-CP Art. 16–17: published procedures are public): accent-insensitive
 * search over code, name and field, filtered by level, field and unit, sorted by code, one page at a time.
 */
export async function listProcedures(ctx: AppContext, o: ListProceduresOptions): Promise<{ history: OrgHistory; versions: ProcedureVersion[]; total: number }> {
  const history = await loadOrgHistory(ctx);
  let unitIds: string[] | undefined;
  if (o.unit) {
    const unit = findByCodeOn(history, o.unit, o.asOf);
    if (!unit) return { history, versions: [], total: 0 };
    unitIds = [unit.id];
  }
  const words = o.q ? foldVietnamese(o.q).split(/\s+/).filter(Boolean) : [];
  const { versions, total } = await procedureRepository(ctx.db.orm).search({
    asOf: o.asOf, words, level: o.level, fieldCode: o.fieldCode, unitIds, limit: o.pageSize, offset: (o.page - 1) * o.pageSize,
  });
  return { history, versions, total };
}

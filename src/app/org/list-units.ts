import { unitsAsOf, type OrgUnitAsOf } from '../../domain/org/org-queries.js';
import type { OrgHistory, OrgLevel } from '../../domain/org/org-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { foldVietnamese } from '../../domain/shared/fold-vietnamese.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from './load-org-history.js';

export type ListUnitsOptions = { asOf: LocalDate; level?: OrgLevel; q?: string; parentCode?: string };

const collator = new Intl.Collator('vi');

/** Units valid on a date, filtered by level, parent code and an accent-insensitive text match; sorted by code then name. */
export async function listUnits(ctx: AppContext, o: ListUnitsOptions): Promise<{ history: OrgHistory; units: OrgUnitAsOf[] }> {
  const history = await loadOrgHistory(ctx);
  let units = unitsAsOf(history, o.asOf, o.level);
  if (o.parentCode) {
    const parentIds = new Set(units.filter((u) => u.unit.code === o.parentCode).map((u) => u.unit.id));
    units = units.filter((u) => u.parentId !== null && parentIds.has(u.parentId));
  }
  if (o.q) {
    const needle = foldVietnamese(o.q);
    units = units.filter((u) => foldVietnamese(u.name).includes(needle) || u.unit.code.toLowerCase().includes(needle));
  }
  units.sort((a, b) => a.unit.code.localeCompare(b.unit.code, 'en', { numeric: true }) || collator.compare(a.name, b.name));
  return { history, units };
}

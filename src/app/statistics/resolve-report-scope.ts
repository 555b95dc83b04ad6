import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireRole } from '../../domain/auth/access-scope.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import { ancestorsOn, findByCodeOn, nameOn } from '../../domain/org/org-queries.js';
import type { OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import { rollupMembers } from '../../domain/org/rollup-members.js';
import { isLocalDate, localDateOf, toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';

/** Who may read statistics: every officer role (a citizen may not), each within their scope. */
export const REPORT_ROLES: Actor['roles'] = ['system_admin', 'par_agency', 'leader', 'unit_officer', 'desk_officer'];

/** The longest period a report covers: five years (issue 5, bad input). */
export const MAX_REPORT_DAYS = 5 * 366;

export type ReportScope = {
  history: OrgHistory;
  unit: OrgUnit;
  unitName: string;
  /** The unit, every unit ever under it and every predecessor merged into those (organisation history roll-up). */
  memberIds: string[];
  fromDay: number;
  toDay: number;
  today: number;
};

/** A unit by code as of `date`, else the latest unit that held the code. */
export function findUnitByCode(history: OrgHistory, code: string, date: LocalDate): OrgUnit | undefined {
  return findByCodeOn(history, code, date)
    ?? [...history.units.values()].filter((u) => u.code === code).sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'))[0];
}

/**
 * Whether an officer may read a unit's statistics: their unit subtree today (accessScope), and every unit that was ever
 * below it or merged into it, so the province reads the past of a former district or a merged commune (domain.md
 * requirement 23).
 */
export function mayReadUnit(actor: Actor, history: OrgHistory, unitId: string, today: LocalDate): boolean {
  const scope = accessScope(actor, history, today);
  if (scope === 'all' || scope.has(unitId)) return true;
  if (scope.size === 0 || !actor.unitId) return false;
  const root = actor.roles.includes('par_agency') ? [actor.unitId, ...ancestorsOn(history, actor.unitId, today)].at(-1)! : actor.unitId;
  return rollupMembers(history, root).members.some((m) => m.unitId === unitId);
}

/**
 * Checks a report request (officer role, dates, a period of at most five years, a known unit inside the actor's scope)
 * and resolves the unit's roll-up, so that merged units count in their successor (domain.md requirement 23).
 */
export async function resolveReportScope(ctx: AppContext, o: { actor: Actor; unitCode: string; from: string; to: string }): Promise<ReportScope> {
  requireRole(o.actor, REPORT_ROLES);
  if (!isLocalDate(o.from)) throw invalidInput('from', 'from must be a date YYYY-MM-DD.', 'Ngày bắt đầu (from) phải có dạng YYYY-MM-DD.');
  if (!isLocalDate(o.to)) throw invalidInput('to', 'to must be a date YYYY-MM-DD.', 'Ngày kết thúc (to) phải có dạng YYYY-MM-DD.');
  const fromDay = toEpochDay(o.from, 'from');
  const toDay = toEpochDay(o.to, 'to');
  if (fromDay > toDay) throw invalidInput('from', 'from is after to.', 'Ngày bắt đầu sau ngày kết thúc.');
  if (toDay - fromDay + 1 > MAX_REPORT_DAYS) throw invalidInput('to', 'A report covers at most 5 years.', 'Kỳ báo cáo tối đa 5 năm.');
  const history = await loadOrgHistory(ctx);
  const todayDate = localDateOf(ctx.now());
  const unit = findUnitByCode(history, o.unitCode, o.to);
  if (!unit) throw invalidInput('unit', `No unit with code ${o.unitCode}.`, `Không có đơn vị mã ${o.unitCode}.`);
  if (!mayReadUnit(o.actor, history, unit.id, todayDate)) {
    throw new DomainError('NOT_ALLOWED', 'This unit is outside your organisation scope.', 'Đơn vị này nằm ngoài phạm vi tổ chức mà bạn được phân quyền.', { field: 'unit' });
  }
  const nameDate = unit.validTo !== null && unit.validTo < o.to ? unit.validTo : o.to < unit.validFrom ? unit.validFrom : o.to;
  return {
    history, unit, unitName: nameOn(unit, nameDate).name, memberIds: rollupMembers(history, unit.id).members.map((m) => m.unitId),
    fromDay, toDay, today: toEpochDay(todayDate),
  };
}

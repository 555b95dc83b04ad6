import type { Actor } from '../../domain/auth/actor.js';
import { memberDayRanges } from '../../domain/index766/member-day-ranges.js';
import { childrenIndex, nameOn } from '../../domain/org/org-queries.js';
import type { OrgHistory, OrgLevel, OrgUnit } from '../../domain/org/org-types.js';
import { rollupMembers, type Rollup } from '../../domain/org/rollup-members.js';
import { fromEpochDay, toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import type { KeyedRange } from '../../store/repositories/index766.repository.js';
import type { AppContext } from '../app-context.js';
import { previousPeriod } from '../../domain/statistics/previous-period.js';
import { REPORT_ROLES, resolveReportScope } from '../statistics/resolve-report-scope.js';

/** Who may read the index: every officer role (a citizen may not), each within their unit subtree. */
export const INDEX_ROLES: Actor['roles'] = REPORT_ROLES;
/** Units ranked under the one asked for (Decision 766/QĐ-TTg scores agencies and localities; districts before 2025-07-01). */
const RANKED_LEVELS: readonly OrgLevel[] = ['department', 'district', 'commune'];

export type Index766Target = { unit: OrgUnit; name: string; nameEn: string | null; role: 'self' | 'child'; rollup: Rollup; memberIds: Set<string> };
export type Index766Period = { from: LocalDate; to: LocalDate; fromDay: number; toDay: number };
export type PreparedIndex766 = {
  history: OrgHistory;
  unit: OrgUnit;
  period: Index766Period;
  previous: Index766Period;
  today: LocalDate;
};

/** Checks the request as reports do (role, dates, at most 5 years, a unit inside the actor's scope) and adds the previous period. */
export async function prepareIndex766(ctx: AppContext, o: { actor: Actor; unit: string; from: string; to: string }): Promise<PreparedIndex766> {
  const scope = await resolveReportScope(ctx, { actor: o.actor, unitCode: o.unit, from: o.from, to: o.to });
  const from = fromEpochDay(scope.fromDay);
  const to = fromEpochDay(scope.toDay);
  const previous = previousPeriod(from, to);
  return {
    history: scope.history, unit: scope.unit, today: fromEpochDay(scope.today),
    period: { from, to, fromDay: scope.fromDay, toDay: scope.toDay },
    previous: { ...previous, fromDay: toEpochDay(previous.from), toDay: toEpochDay(previous.to) },
  };
}

/** The unit itself and its direct departments, districts and communes on `to`, each with its roll-up members. */
export function index766Targets(history: OrgHistory, unit: OrgUnit, to: LocalDate, withChildren: boolean): Index766Target[] {
  const target = (u: OrgUnit, role: Index766Target['role']): Index766Target => {
    const rollup = rollupMembers(history, u.id);
    return { unit: u, ...nameOn(u, to), role, rollup, memberIds: new Set(rollup.members.map((m) => m.unitId)) };
  };
  const children = withChildren ? (childrenIndex(history, to).get(unit.id) ?? []).map((id) => history.units.get(id)!).filter((u) => RANKED_LEVELS.includes(u.level)) : [];
  children.sort((a, b) => RANKED_LEVELS.indexOf(a.level) - RANKED_LEVELS.indexOf(b.level) || a.code.localeCompare(b.code));
  return [target(unit, 'self'), ...children.map((u) => target(u, 'child'))];
}

/** The day ranges of every target's roll-up members within a period, keyed by the target's id. */
export function keyedRanges(history: OrgHistory, targets: Index766Target[], period: Index766Period): KeyedRange[] {
  return targets.flatMap((t) => memberDayRanges(history, t.rollup, period.fromDay, period.toDay)
    .map((r) => ({ key: t.unit.id, ...r })));
}

import { DomainError } from '../errors.js';
import { ancestorsOn, subtreeOn } from '../org/org-queries.js';
import { isValidOn, type OrgHistory } from '../org/org-types.js';
import type { LocalDate } from '../shared/local-date.js';
import type { Actor } from './actor.js';

/** 'all' for a system administrator, else the set of unit ids the actor may see and act on. */
export type AccessScope = 'all' | Set<string>;

/**
 * The actor's scope on `today`: the subtree of their unit; the PAR standing agency works for the whole province, so its
 * scope is the subtree of the province containing its unit; an account whose unit has ended has an empty scope (Decree 118/2025/ND-CP, Art. 9 on the provincial PAR
 * standing agency; Decision 766/QĐ-TTg on provincial monitoring).
 */
export function accessScope(actor: Actor, history: OrgHistory, today: LocalDate): AccessScope {
  if (actor.roles.includes('system_admin')) return 'all';
  const unit = actor.unitId ? history.units.get(actor.unitId) : undefined;
  // A unit that has ended (merged, dissolved) grants nothing until an administrator moves the account.
  if (!actor.unitId || !unit || !isValidOn(unit, today)) return new Set();
  let root = actor.unitId;
  if (actor.roles.includes('par_agency')) root = [actor.unitId, ...ancestorsOn(history, actor.unitId, today)].at(-1)!;
  return subtreeOn(history, root, today);
}

/** Fails with NOT_ALLOWED unless every unit is inside the scope. */
export function requireInScope(scope: AccessScope, unitIds: string[]): void {
  if (scope === 'all') return;
  const outside = unitIds.filter((id) => !scope.has(id));
  if (outside.length === 0) return;
  throw new DomainError('NOT_ALLOWED', 'This unit is outside your organisation scope.', 'Đơn vị này nằm ngoài phạm vi tổ chức mà bạn được phân quyền.', { unitIds: outside });
}

/** Fails with NOT_ALLOWED unless the actor holds one of the roles. */
export function requireRole(actor: Actor, roles: Actor['roles']): void {
  if (actor.roles.some((role) => roles.includes(role))) return;
  throw new DomainError('NOT_ALLOWED', 'Your role does not allow this action.', 'Vai trò của bạn không được phép thực hiện thao tác này.', { requiredRoles: roles });
}

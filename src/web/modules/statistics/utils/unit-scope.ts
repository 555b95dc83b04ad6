import type { OrgUnit, RoleCode, User } from '../../../api/types';

/** Levels a report can be asked for (the province, its agencies and its localities). */
const REPORT_LEVELS = new Set(['province', 'department', 'service_centre', 'district', 'commune', 'other']);

/** Roles whose scope is the whole province (the PAR standing agency and administrators). */
const PROVINCE_ROLES: readonly RoleCode[] = ['par_agency', 'system_admin'];

/**
 * The unit a user's statistics open on: the province for the PAR standing agency and administrators, the user's own
 * unit otherwise; codes are those valid today (`units`).
 */
export function defaultReportUnit(user: Pick<User, 'unitId' | 'unitCode' | 'roles'>, units: readonly OrgUnit[]): OrgUnit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  const own = (user.unitId ? byId.get(user.unitId) : undefined) ?? units.find((u) => u.code === user.unitCode);
  if (user.roles.some((r) => PROVINCE_ROLES.includes(r))) {
    for (let u = own; u; u = u.parentId ? byId.get(u.parentId) : undefined) if (u.level === 'province') return u;
    return units.find((u) => u.level === 'province') ?? own;
  }
  return own;
}

/** The units of the picker: `root` and every unit below it today, the root first, then by level and name. */
export function unitsUnder(root: OrgUnit | undefined, units: readonly OrgUnit[], compare: (a: string, b: string) => number): OrgUnit[] {
  if (!root) return [];
  const children = new Map<string, OrgUnit[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: OrgUnit[] = [];
  const walk = (u: OrgUnit) => { if (REPORT_LEVELS.has(u.level)) out.push(u); for (const c of children.get(u.id) ?? []) walk(c); };
  walk(root);
  const levelOrder = ['province', 'department', 'service_centre', 'other', 'district', 'commune'];
  const [first, ...rest] = out;
  return [first!, ...rest.sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || compare(a.name, b.name))];
}

import type { OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import { isValidOn } from '../../domain/org/org-types.js';
import { subtreeOn } from '../../domain/org/org-queries.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import type { SeedUser } from './seed-users.js';

/** The password of every demo account: `<username>-demo-2025` (listed in README; demo starts only). */
export const demoPassword = (username: string) => `${username}-demo-2025`;

/** One demo account per role, placed in the demo province's units valid today. */
export function demoUsers(history: OrgHistory, provinceId: string, today: LocalDate): SeedUser[] {
  const inProvince = [...subtreeOn(history, provinceId, today)].map((id) => history.units.get(id)!).filter((u) => isValidOn(u, today));
  const pick = (test: (u: OrgUnit) => boolean) => inProvince.find(test)?.id ?? provinceId;
  const departments = inProvince.filter((u) => u.level === 'department').sort((a, b) => a.code.localeCompare(b.code));
  const homeAffairs = pick((u) => u.level === 'department' && /\.SNV$/i.test(u.code));
  const justice = pick((u) => u.level === 'department' && /\.STP$/i.test(u.code)) ?? departments[0]?.id;
  const user = (username: string, displayName: string, unitId: string, roles: SeedUser['roles']): SeedUser =>
    ({ username, displayName, password: demoPassword(username), unitId, roles });
  return [
    user('admin', 'Quản trị hệ thống', provinceId, ['system_admin']),
    user('sonoivu', 'Nguyễn Thị Nội Vụ', homeAffairs, ['par_agency', 'unit_officer']),
    user('lanhdao', 'Trần Văn Lãnh Đạo', provinceId, ['leader']),
    user('canbo', 'Lê Thị Cán Bộ', justice, ['unit_officer']),
    user('motcua', 'Phạm Văn Một Cửa', pick((u) => u.level === 'service_centre'), ['desk_officer']),
    user('canboxa', 'Hoàng Thị Cấp Xã', pick((u) => u.level === 'commune'), ['unit_officer', 'desk_officer']),
    user('congdan', 'Đỗ Văn Công Dân', provinceId, ['citizen']),
  ];
}

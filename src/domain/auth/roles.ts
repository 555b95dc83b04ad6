/** Roles of cchc users (Decree 118/2025/ND-CP, Arts. 6–9: one-stop desk, competent agencies, PAR standing agency). */
export const ROLES = ['system_admin', 'par_agency', 'leader', 'unit_officer', 'desk_officer', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

export type RoleInfo = { code: Role; nameVi: string; nameEn: string; description: string };

/** What each role is for, shown to administrators. */
export const ROLE_INFO: RoleInfo[] = [
  { code: 'system_admin', nameVi: 'Quản trị hệ thống', nameEn: 'System administrator', description: 'Manages users, roles, the organisation tree and reads the audit log for the whole installation.' },
  { code: 'par_agency', nameVi: 'Cơ quan thường trực CCHC (Sở Nội vụ)', nameEn: 'PAR standing agency (Department of Home Affairs)', description: 'Runs administrative reform for the whole province: organisation changes, calendars, PAR plans and indexes.' },
  { code: 'leader', nameVi: 'Lãnh đạo', nameEn: 'Leader', description: 'Approves and oversees the work of their unit and the units below it.' },
  { code: 'unit_officer', nameVi: 'Cán bộ, công chức đơn vị', nameEn: 'Unit officer', description: 'Handles dossiers and tasks of their unit and the units below it.' },
  { code: 'desk_officer', nameVi: 'Cán bộ Bộ phận Một cửa', nameEn: 'One-stop desk officer', description: 'Receives dossiers and delivers results at the one-stop desk.' },
  { code: 'citizen', nameVi: 'Người dân, doanh nghiệp', nameEn: 'Citizen or business', description: 'Submits and tracks their own dossiers and feedback.' },
];

/** Whether a set of roles includes any of `wanted`. */
export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((role) => wanted.includes(role));
}

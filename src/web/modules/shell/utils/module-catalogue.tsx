import {
  ApartmentOutlined, AuditOutlined, BarChartOutlined, BookOutlined, BulbOutlined, CalendarOutlined, CloudUploadOutlined,
  CommentOutlined, DashboardOutlined, FileAddOutlined, FileSearchOutlined, FolderOpenOutlined, KeyOutlined, ProjectOutlined,
  ScheduleOutlined, SettingOutlined, TeamOutlined, TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RoleCode } from '../../../api/types';

export type ModuleId =
  | 'dashboard' | 'dossiers' | 'procedures' | 'calendar' | 'statistics' | 'plans' | 'parIndex'
  | 'feedback' | 'initiatives' | 'org' | 'users' | 'audit' | 'tokens' | 'calendarSchedules'
  | 'dossierIntake' | 'lookup' | 'submission';

export type ModuleEntry = {
  id: ModuleId;
  path: string;
  icon: ReactNode;
  /** False while the module is only described (a page that says what it will do). */
  built: boolean;
  /** How many `module.<id>.fN` lines the catalog holds for a module not built yet. */
  features: number;
  /** Only holders of one of these roles see it. */
  roles?: readonly RoleCode[];
  group?: 'admin';
  /** Shown under this module's entry in the menu (the module then opens as a submenu). */
  parent?: ModuleId;
  /** Visitors may open it without signing in (public data). */
  public?: boolean;
};

/** Who edits the holiday schedules and office hours: the PAR standing agency and administrators. */
export const CALENDAR_EDITORS: readonly RoleCode[] = ['system_admin', 'par_agency'];

/** Who works with the dossier queue and dossier pages (the server's dossier routes say the same). */
export const DOSSIER_OFFICERS: readonly RoleCode[] = ['desk_officer', 'unit_officer', 'leader', 'par_agency', 'system_admin'];

/** Who reads the statistics and the Decision 766 index (the server's report and index routes say the same). */
export const STATISTICS_READERS: readonly RoleCode[] = ['par_agency', 'leader', 'unit_officer', 'desk_officer', 'system_admin'];

/** The modules of cchc, in menu order (Vietnamese first: Tổng quan, Hồ sơ TTHC, …, Quản trị). */
export const MODULES: readonly ModuleEntry[] = [
  { id: 'dashboard', path: '/', icon: <DashboardOutlined />, built: false, features: 4 },
  { id: 'dossiers', path: '/dossiers', icon: <FolderOpenOutlined />, built: true, features: 0, roles: DOSSIER_OFFICERS },
  { id: 'dossierIntake', path: '/dossiers/new', icon: <FileAddOutlined />, built: true, features: 0, roles: ['desk_officer'], parent: 'dossiers' },
  { id: 'submission', path: '/nop-ho-so', icon: <CloudUploadOutlined />, built: true, features: 0, roles: ['citizen'] },
  { id: 'lookup', path: '/tra-cuu', icon: <FileSearchOutlined />, built: true, features: 0, public: true },
  { id: 'procedures', path: '/procedures', icon: <BookOutlined />, built: false, features: 4 },
  { id: 'calendar', path: '/calendar', icon: <CalendarOutlined />, built: true, features: 0, public: true },
  { id: 'calendarSchedules', path: '/calendar/schedules', icon: <ScheduleOutlined />, built: true, features: 0, roles: CALENDAR_EDITORS, parent: 'calendar' },
  { id: 'statistics', path: '/statistics', icon: <BarChartOutlined />, built: true, features: 0, roles: STATISTICS_READERS },
  { id: 'plans', path: '/plans', icon: <ProjectOutlined />, built: false, features: 4 },
  { id: 'parIndex', path: '/par-index', icon: <TrophyOutlined />, built: false, features: 4 },
  { id: 'feedback', path: '/feedback', icon: <CommentOutlined />, built: false, features: 4 },
  { id: 'initiatives', path: '/initiatives', icon: <BulbOutlined />, built: false, features: 4 },
  { id: 'org', path: '/org', icon: <ApartmentOutlined />, built: true, features: 0, public: true },
  { id: 'users', path: '/admin/users', icon: <TeamOutlined />, built: true, features: 0, roles: ['system_admin'], group: 'admin' },
  { id: 'audit', path: '/admin/audit', icon: <AuditOutlined />, built: true, features: 0, roles: ['system_admin'], group: 'admin' },
  { id: 'tokens', path: '/admin/tokens', icon: <KeyOutlined />, built: true, features: 0, group: 'admin' },
];

export const ADMIN_GROUP_ICON = <SettingOutlined />;

/** Paths a visitor may open without signing in. */
export const PUBLIC_PATHS: readonly string[] = MODULES.filter((entry) => entry.public).map((entry) => entry.path);

export const moduleById = (id: ModuleId): ModuleEntry => MODULES.find((entry) => entry.id === id)!;

/** The module whose path is the longest prefix of `pathname` (for the selected menu item and page title). */
export function moduleForPath(pathname: string): ModuleEntry | undefined {
  return MODULES.filter((entry) => entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
